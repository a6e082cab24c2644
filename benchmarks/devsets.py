"""Our own development and held-out sets of Wikinews articles, drawn once with a fixed seed.

The sets are lists of article ids (the text stays in ``../shared/corpora``); the gold files in
``tests/data/`` annotate them by id. Rules may be tuned while looking at the ``*-dev`` sets only;
the ``*-heldout`` sets are read by the annotators, never by whoever writes rules, and their figures
are quoted beside the dev figures.

    python benchmarks/devsets.py                       # list the sets and their sizes
    python benchmarks/devsets.py entities-heldout --out /tmp/heldout.jsonl   # the articles, to build
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import sys
from pathlib import Path

# GRAPHBUILD_SHARED as in tests/conftest.py, so the sets also load from a worktree or a clone elsewhere
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpora"
CORPUS = SHARED / "wikinews-en.jsonl"
CONFLICT = SHARED / "wikinews-en-conflict-200.jsonl"
SEED = 20261203
MAX_CHARS = 3000  # short enough to annotate every entity, fact and date by hand


def origin(article_id: str) -> int:
    """Which of the corpus's three origins an id comes from (see its README)."""
    if article_id.startswith("wikinews:pageid:"):
        return 2
    if article_id.startswith("wikinews:cd2022:"):
        return 3
    return 1


@functools.cache
def _corpus() -> tuple[dict, ...]:
    with CORPUS.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


@functools.cache
def sets() -> dict[str, tuple[str, ...]]:
    """Set name -> article ids; disjoint, deterministic, outside the slices tuned on so far."""
    rows = _corpus()
    with CONFLICT.open(encoding="utf-8") as fh:
        conflict = [json.loads(line)["id"] for line in fh if line.strip()]
    tuned = set(conflict)
    rng = random.Random(SEED)
    short = [r for r in rows if len(r["text"]) <= MAX_CHARS and r["id"] not in tuned]
    by_origin = {o: [r["id"] for r in short if origin(r["id"]) == o] for o in (1, 2, 3)}
    for ids in by_origin.values():
        rng.shuffle(ids)
    o1, o2, o3 = by_origin[1], by_origin[2], by_origin[3]
    # edges: key facts of conflict articles (the slice issue 13 names), not the 20 typed before
    typed_before = set(conflict[::10])
    edge_pool = [i for i in conflict if i not in typed_before]
    rng.shuffle(edge_pool)
    return {
        "entities-dev": tuple(o1[0:10] + o2[0:10]),
        "entities-heldout": tuple(o1[10:30] + o2[10:30]),
        "time": tuple(o1[30:45]),  # origin 1 carries publication dates
        "precision": tuple(o1[45:55] + o2[30:40] + o3[0:10]),
        "edges": tuple(edge_pool[:20]),
        # drawn after the first precision set was judged and tuned on: read only by annotators
        "precision-fresh": tuple(o1[55:65] + o2[40:50] + o3[10:20]),
        # drawn after precision-fresh was judged (and so became a set to study): read only by annotators
        "precision-fresh2": tuple(o1[65:75] + o2[50:60] + o3[20:30]),
        # drawn after precision-fresh2's blind samples were judged and their error kinds studied
        "precision-fresh3": tuple(o1[75:85] + o2[60:70] + o3[30:40]),
        # drawn after precision-fresh3's blind samples were judged and their error kinds studied
        "precision-fresh4": tuple(o1[85:95] + o2[70:80] + o3[40:50]),
        # drawn after precision-fresh4's blind samples were judged and their error kinds studied
        "precision-fresh5": tuple(o1[95:105] + o2[80:90] + o3[50:60]),
        # drawn after precision-fresh5's blind samples were judged and their error kinds studied
        "precision-fresh6": tuple(o1[105:115] + o2[90:100] + o3[60:70]),
        # drawn after precision-fresh6's blind samples were judged and their error kinds studied
        "precision-fresh7": tuple(o1[115:125] + o2[100:110] + o3[70:80]),
        # drawn after precision-fresh7's blind samples were judged and their error kinds studied
        "precision-fresh8": tuple(o1[125:135] + o2[110:120] + o3[80:90]),
        # drawn after precision-fresh8's blind samples were judged and their error kinds studied
        "precision-fresh9": tuple(o1[135:145] + o2[120:130] + o3[90:100]),
        # drawn after precision-fresh9's blind samples (stop 32) were judged and so became a set to study
        "precision-fresh10": tuple(o1[145:155] + o2[130:140] + o3[100:110]),
        # drawn after precision-fresh10's blind samples (stop 33) were judged and so became a set to study
        "precision-fresh11": tuple(o1[155:165] + o2[140:150] + o3[110:120]),
        # drawn after precision-fresh11's blind samples (stop 34) were judged and so became a set to study
        "precision-fresh12": tuple(o1[165:175] + o2[150:160] + o3[120:130]),
        # drawn after precision-fresh12's blind samples (stop 35) were judged and so became a set to study
        "precision-fresh13": tuple(o1[175:185] + o2[160:170] + o3[130:140]),
        # drawn after precision-fresh13's blind samples (stop 36) were judged and so became a set to study
        "precision-fresh14": tuple(o1[185:195] + o2[170:180] + o3[140:150]),
        # drawn after precision-fresh14's blind samples (stop 37's first half) were judged, so studied;
        # origin 1 has only 200 short articles, so its last 5 and 15 of origin 2
        "precision-fresh15": tuple(o1[195:200] + o2[180:195] + o3[150:160]),
        # drawn after precision-fresh15's blind samples (stop 37) were judged, so studied; origin 1 is
        # used up, so 15 of origin 2 and 15 of origin 3
        "precision-fresh16": tuple(o2[195:210] + o3[160:175]),
        # drawn after precision-fresh16's before- and after-sheets were judged (stop 38's first half),
        # before any rule written from its rows
        "precision-fresh17": tuple(o2[210:225] + o3[175:190]),
        # drawn after precision-fresh17's blind samples (stop 38) were judged, so studied; before any
        # rule or confidence weight written from its rows
        "precision-fresh18": tuple(o2[225:240] + o3[190:205]),
        # drawn after the rules written from fresh17's rows (stop 39), before fresh18's after-sheet:
        # the second blind set of the stop, and the second blind test of the frozen confidence weights
        "precision-fresh19": tuple(o2[240:255] + o3[205:220]),
        # drawn after the rules written from fresh18 and fresh19's rows (stop 39's second half): the
        # blind sample after the stop's last rule, and a third blind test of the frozen weights
        "precision-fresh20": tuple(o2[255:270] + o3[220:235]),
        # drawn at the start of stop 40, after fresh20's blind samples were judged and before any rule
        # written from its rows: the stop's first blind set
        "precision-fresh21": tuple(o2[270:285] + o3[235:250]),
        # drawn after stop 40's last rule (two rounds, from fresh16-21's rows): the blind sample of the
        # code the stop leaves
        "precision-fresh22": tuple(o2[285:300] + o3[250:265]),
        # drawn after stop 41's last rule (one round, from fresh16-22's rows): the blind sample of the
        # code that stop leaves
        "precision-fresh23": tuple(o2[300:315] + o3[265:280]),
        # drawn at the start of stop 42, after fresh23's samples were judged and before any rule written
        # from its rows: the blind sample of the code stop 42 leaves
        "precision-fresh24": tuple(o2[315:330] + o3[280:295]),
        # drawn after fresh24's samples were judged, before stop 42's second round of rules (written from
        # fresh16-24's rows): the blind sample of the code that round leaves
        "precision-fresh25": tuple(o2[330:345] + o3[295:310]),
        # drawn after fresh25's samples were judged, before stop 42's third round of rules (from fresh16-25's
        # rows); origin 2 has only 3 short articles left, so the rest are of origin 3
        "precision-fresh26": tuple(o2[345:348] + o3[310:337]),
        # drawn at the start of stop 43, after fresh26's samples were judged and before any rule written
        # from its rows (origin 2 is used up): the blind sample of the code stop 43 leaves
        "precision-fresh27": tuple(o3[337:367]),
        # drawn after fresh27's samples were judged, before stop 43's second round of rules (from
        # fresh16-27's rows): the blind sample of the code that round leaves
        "precision-fresh28": tuple(o3[367:397]),
        # drawn after fresh28's samples were judged, before stop 43's third round of rules (from
        # fresh16-28's rows): the blind sample of the code that round leaves
        "precision-fresh29": tuple(o3[397:427]),
        # drawn at the start of stop 44, after fresh29's samples were judged and before any rule written
        # from its rows: the blind sample of the code stop 44's first round leaves
        "precision-fresh30": tuple(o3[427:457]),
        # drawn after fresh30's samples were judged, before stop 44's second round of rules (from
        # fresh16-30's rows): the blind sample of the code that round leaves
        "precision-fresh31": tuple(o3[457:487]),
        # drawn after fresh31's samples were judged, before stop 44's third round of rules (from
        # fresh16-31's rows): the blind sample of the code that round leaves
        "precision-fresh32": tuple(o3[487:517]),
        # drawn at the start of stop 45, after fresh32's samples were judged and before any rule written
        # from its rows: the blind sample of the code stop 45's first round leaves
        "precision-fresh33": tuple(o3[517:547]),
        # drawn after fresh33's samples were judged, before stop 45's second round of rules (from
        # fresh16-33's rows): the blind sample of the code that round leaves
        "precision-fresh34": tuple(o3[547:577]),
        # drawn before stop 45's third round of rules (from fresh16-33's rows; fresh34 was being
        # judged): the blind sample of the code that round leaves
        "precision-fresh35": tuple(o3[577:607]),
        # drawn at the start of stop 46, after fresh35's samples were judged and before any rule written
        # from its rows; it starts after rule-check (o3[600:660]), which rule writers read and which
        # fresh35's last 7 articles (o3[600:607]) had overlapped: the blind sample of the code stop 46's
        # first round leaves
        "precision-fresh36": tuple(o3[660:690]),
        # drawn after fresh36's samples were judged, before stop 46's second round of rules (from
        # fresh16-36's rows): the blind sample of the code that round leaves
        "precision-fresh37": tuple(o3[690:720]),
        # drawn after fresh37's samples were judged, before stop 46's third round of rules (from
        # fresh16-37's rows): the blind sample of the code that round leaves
        "precision-fresh38": tuple(o3[720:750]),
        # drawn at the start of stop 47, before any rule written from fresh38's rows: the blind sample
        # of the code stop 47's first round leaves
        "precision-fresh39": tuple(o3[750:780]),
        # drawn while fresh39 was judged, before stop 47's second round of rules (written from
        # fresh16-38's rows) was merged: the blind sample of the code that round leaves
        "precision-fresh40": tuple(o3[780:810]),
        # drawn at the start of stop 48, before any rule written from fresh39-40's rows: the blind
        # sample of the code stop 48's first round leaves
        "precision-fresh41": tuple(o3[810:840]),
        # drawn with fresh41, before any rule of stop 48: the blind sample of the code its second
        # round leaves
        "precision-fresh42": tuple(o3[840:870]),
        # drawn after fresh42 was judged, before stop 48's third round of rules (written from
        # fresh16-42's rows): the blind sample of the code that round leaves
        "precision-fresh43": tuple(o3[870:900]),
        # drawn at the start of stop 49, before any rule written from fresh43's rows: the blind sample
        # of the code stop 49's first round leaves
        "precision-fresh44": tuple(o3[900:930]),
        # drawn with fresh44, before any rule of stop 49: the blind sample of the code its second
        # round leaves
        "precision-fresh45": tuple(o3[930:960]),
        # drawn after fresh45 was built for judging, before stop 49's third round of rules (written
        # from fresh16-45's rows): the blind sample of the code that round leaves
        "precision-fresh46": tuple(o3[960:990]),
        # drawn at the start of stop 50, before any rule written from fresh46's rows: the blind sample
        # of the code stop 50's first round leaves
        "precision-fresh47": tuple(o3[990:1020]),
        # drawn with fresh47, before any rule of stop 50: the blind sample of the code its second
        # round leaves
        "precision-fresh48": tuple(o3[1020:1050]),
        # drawn at the start of stop 51, before any rule written from fresh48's rows: the blind sample
        # of the code stop 51's first round leaves
        "precision-fresh49": tuple(o3[1050:1080]),
        # drawn with fresh49, before any rule of stop 51: the blind sample of the code its second
        # round leaves
        "precision-fresh50": tuple(o3[1080:1110]),
        # drawn at the start of stop 52, before any rule written from fresh49-50's rows: the blind
        # sample of the code stop 52's first round leaves
        "precision-fresh51": tuple(o3[1110:1140]),
        # drawn with fresh51, before any rule of stop 52: a second blind sample of the code its first
        # round leaves (both were judged at the same commit)
        "precision-fresh52": tuple(o3[1140:1170]),
        # drawn after fresh51-52 were judged, before stop 52's second round of rules (written from
        # fresh16-52's rows): the blind sample of the code that round leaves
        "precision-fresh53": tuple(o3[1170:1200]),
        # drawn at the start of stop 53, before any rule written from fresh53's rows: the blind
        # sample of the code stop 53's round leaves
        "precision-fresh54": tuple(o3[1200:1230]),
        # drawn with fresh54, before any rule of stop 53: a second blind sample of the same code
        # (both are judged at the same commit)
        "precision-fresh55": tuple(o3[1230:1260]),
        # drawn after fresh54-55 were judged, before stop 53's second round of rules (written from
        # fresh16-55's rows): the blind sample of the code that round leaves
        "precision-fresh56": tuple(o3[1260:1290]),
        # never judged and never a blind set: rule writers build it with the old and the new code and
        # read a sample of what a rule changed (benchmarks/build_diff.py), to see it reaches unjudged text
        "rule-check": tuple(o3[600:660]),
    }


def articles(name: str) -> list[dict]:
    """The records of one set, in set order."""
    wanted = sets()[name]
    rows = {r["id"]: r for r in _corpus()}
    if not CONFLICT.exists():
        raise SystemExit(f"{CONFLICT} is missing")
    conflict_rows = {}
    with CONFLICT.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            conflict_rows[r["id"]] = r
    return [rows.get(i) or conflict_rows[i] for i in wanted]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", nargs="?", choices=sorted(sets()), help="the set to write")
    parser.add_argument("--out", type=Path, help="write the set's articles here as JSON Lines")
    args = parser.parse_args()
    if not args.name:
        for name, ids in sets().items():
            print(f"{name:18} {len(ids):3} articles")
        return 0
    records = articles(args.name)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(records)} articles -> {args.out}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
