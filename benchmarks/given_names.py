"""Write the given-name gender lists in ``ontology/lexicons/`` from nomquamgender's name table.

Coreference needs to know that "Andrew Leung" is not "she" and "Peggy Whitson" is not "he". The
names come from nomquamgender (MIT; Van Buskirk et al. 2022: given names with their counts and
share of women across 36 sources); its table is 22 MB of JSON and takes two seconds to read, so the
build reads this script's compact extract instead: the common names (``MIN_COUNT`` uses) whose
share of one gender is at least ``MIN_SHARE``. Names used by both (Jean, Andrea, Kim, Lee) are in
neither list, so they constrain nothing. The table's shares carry noise that weighs most on the
commonest names (George 0.066 women, Harriet 0.945): the very common ones (``COMMON_COUNT`` uses)
whose share is at least ``COMMON_SHARE`` go to ``*_given_names_common.txt``, which only pronoun
agreement reads (a wider list would make more words look like a person's name elsewhere).
``tests/test_lexicons.py`` checks the files are what this script writes.

    python benchmarks/given_names.py            # rewrite the four lists
    python benchmarks/given_names.py --check    # exit 1 if they differ
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LISTS = {
    "male": ROOT / "ontology" / "lexicons" / "male_given_names.txt",
    "female": ROOT / "ontology" / "lexicons" / "female_given_names.txt",
    "male_common": ROOT / "ontology" / "lexicons" / "male_given_names_common.txt",
    "female_common": ROOT / "ontology" / "lexicons" / "female_given_names_common.txt",
}
MIN_COUNT = 100  # uses in the sources: rarer names are noise (typos, surnames, handles)
MIN_SHARE = 0.97  # one gender's share: Bill (0.981 men) is in, Hillary (0.922 women) and Lula are not
COMMON_COUNT = 50_000  # uses: a name this common is rarely a typo, a surname or a handle
COMMON_SHARE = 0.93  # one gender's share among those: George and Harriet are in, Alex (0.907) is not
PER_LINE = 12  # names per line, "|"-separated as in every word list
_NAME = re.compile(r"^[a-z]+(?:-[a-z]+)?$")


def name_table() -> dict[str, list]:
    """nomquamgender's table (name -> [sources, count, share of women, uncertainty]), read without
    importing the package (its import loads pandas and the table at once)."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed: pip install -e '.[test]'")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return json.loads((folder / "name_data.json").read_text(encoding="utf-8"))


def given_names(table: dict[str, list]) -> dict[str, list[str]]:
    """The names of each gender, sorted, and the common ones of each that miss ``MIN_SHARE``."""
    out: dict[str, list[str]] = {key: [] for key in LISTS}
    for name, (_sources, count, share_women, *_rest) in table.items():
        if count < MIN_COUNT or not _NAME.match(name):
            continue
        for share, suffix in ((MIN_SHARE, ""), (COMMON_SHARE, "_common")):
            if suffix and count < COMMON_COUNT:
                break
            if share_women >= share:
                out[f"female{suffix}"].append(name)
                break
            if share_women <= 1 - share:
                out[f"male{suffix}"].append(name)
                break
    return {key: sorted(names) for key, names in out.items()}


def render(key: str, names: list[str]) -> str:
    share, count = (COMMON_SHARE, COMMON_COUNT) if key.endswith("_common") else (MIN_SHARE, MIN_COUNT)
    stricter = " (and not in the stricter list)" if key.endswith("_common") else ""
    header = (
        f"# Given names used for {'men' if key.startswith('male') else 'women'} in at least "
        f"{share:.0%} of {count}+ uses{stricter}: "
        "written by benchmarks/given_names.py from\n"
        "# nomquamgender 0.1.4 (MIT, https://github.com/ianvanbuskirk/nomquamgender). Do not edit by hand.\n"
    )
    lines = [" | ".join(names[i : i + PER_LINE]) for i in range(0, len(names), PER_LINE)]
    return header + "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the lists differ from the table")
    args = parser.parse_args()
    names = given_names(name_table())
    stale = []
    for gender, path in LISTS.items():
        text = render(gender, names[gender])
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{len(names[gender])} {gender} names -> {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python benchmarks/given_names.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
