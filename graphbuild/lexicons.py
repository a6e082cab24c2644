"""Lazy, cached loaders for the data files in ``ontology/``.

Domain knowledge (weapon names, armed groups, role nouns, reporting verbs, boilerplate markers)
lives in plain text files so it can be reviewed and extended without touching code. Nothing is
read at import time; each file is read once per process and folder.

File formats (``#`` starts a comment, blank lines are ignored):

- ``lexicons/<name>.txt``: one term per line; ``a | b | c`` lists synonyms, the first canonical.
- ``lexicons/<name>.patterns``: one Python regular expression per line (case-insensitive).
- ``gazetteer/<Type>.<Subtype>.txt``: entries of that entity type, synonyms as above.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from graphbuild.errors import OntologyError
from graphbuild.model import ENTITY_TYPES


def ontology_dir(override: str | Path | None = None) -> Path:
    """The ontology folder: an explicit override, the source checkout's, else the installed copy."""
    if override:
        folder = Path(override)
        if not folder.is_dir():
            raise OntologyError(f"ontology folder {folder} does not exist; pass an existing --ontology DIR")
        return folder
    checkout = Path(__file__).resolve().parent.parent / "ontology"
    if (checkout / "graphbuild.ttl").is_file():
        return checkout
    installed = Path(str(resources.files("graphbuild") / "ontology"))
    if installed.is_dir():
        return installed
    raise OntologyError(
        "graphbuild's ontology folder is missing; reinstall graphbuild or pass --ontology DIR"
    )


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise OntologyError(f"cannot read {path}: {e.strerror}; reinstall graphbuild or fix the file") from e
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def _synonyms(line: str) -> list[str]:
    return [part.strip() for part in line.split("|") if part.strip()]


@dataclass(frozen=True)
class GazetteerEntry:
    """One named thing from a curated list: its canonical name, synonyms and type."""

    name: str
    synonyms: tuple[str, ...]
    type: str
    subtype: str


@dataclass(eq=False)
class Lexicons:
    """Access to one ontology folder's data files, each read on first use (hashable by identity)."""

    root: Path
    _cache: dict[str, object] = field(default_factory=dict, repr=False)
    # ``terms`` by lexicon name, apart from ``_cache``: rules ask for them 100,000 times per 60
    # articles, and one dict lookup costs less than building a key and looking it up twice
    _terms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def terms(self, name: str) -> frozenset[str]:
        """Every term of ``lexicons/<name>.txt`` (all synonyms), lower-cased."""
        found = self._terms.get(name)
        if found is None:
            path = self.root / "lexicons" / f"{name}.txt"
            found = self._terms[name] = frozenset(
                syn.lower() for line in _lines(path) for syn in _synonyms(line)
            )
        return found

    def synonyms(self, name: str) -> dict[str, str]:
        """Lower-cased synonym -> canonical form, for ``lexicons/<name>.txt``."""
        key = f"syn:{name}"
        if key not in self._cache:
            table: dict[str, str] = {}
            for line in _lines(self.root / "lexicons" / f"{name}.txt"):
                syns = _synonyms(line)
                for syn in syns:
                    table.setdefault(syn.lower(), syns[0])
            self._cache[key] = table
        return self._cache[key]  # type: ignore[return-value]

    def synonym_sets(self, name: str) -> tuple[tuple[str, ...], ...]:
        """Each line of ``lexicons/<name>.txt`` as a tuple of synonyms, canonical first."""
        key = f"sets:{name}"
        if key not in self._cache:
            path = self.root / "lexicons" / f"{name}.txt"
            self._cache[key] = tuple(tuple(_synonyms(line)) for line in _lines(path))
        return self._cache[key]  # type: ignore[return-value]

    def patterns(self, name: str) -> tuple[re.Pattern[str], ...]:
        """Compiled case-insensitive patterns of ``lexicons/<name>.patterns``."""
        key = f"pat:{name}"
        if key not in self._cache:
            path = self.root / "lexicons" / f"{name}.patterns"
            compiled = []
            for line in _lines(path):
                try:
                    compiled.append(re.compile(line, re.IGNORECASE))
                except re.error as e:
                    raise OntologyError(f"bad pattern {line!r} in {path}: {e}; fix or remove the line") from e
            self._cache[key] = tuple(compiled)
        return self._cache[key]  # type: ignore[return-value]

    def gazetteer(self) -> tuple[GazetteerEntry, ...]:
        """Every entry of ``gazetteer/*.txt``, typed by the file name ``<Type>.<Subtype>.txt``."""
        if "gazetteer" not in self._cache:
            entries = []
            for path in sorted((self.root / "gazetteer").glob("*.txt")):
                type_, _, subtype = path.stem.partition(".")
                if type_ not in ENTITY_TYPES or not subtype:
                    raise OntologyError(
                        f"gazetteer file {path.name} must be named <Type>.<Subtype>.txt,"
                        f" <Type> one of {', '.join(ENTITY_TYPES)}"
                    )
                for line in _lines(path):
                    syns = _synonyms(line)
                    entries.append(GazetteerEntry(syns[0], tuple(syns), type_, subtype))
            self._cache["gazetteer"] = tuple(entries)
        return self._cache["gazetteer"]  # type: ignore[return-value]


@functools.cache
def load_lexicons(root: str | None = None) -> Lexicons:
    """The lexicons of an ontology folder (the bundled one by default), shared per process."""
    folder = ontology_dir(root)
    if not (folder / "lexicons").is_dir():
        raise OntologyError(f"no lexicons in {folder}; pass --ontology DIR or reinstall graphbuild")
    return Lexicons(folder)


@functools.lru_cache(maxsize=8)
def given_names(lexicons: Lexicons) -> frozenset[str]:
    """Every given name of ``lexicons/{male,female}_given_names.txt``, made once per lexicons object:
    the union of 42,000 names took 2-20 ms per document when made per Doc (``group_mentions``,
    ``_ner_mentions``)."""
    return lexicons.terms("male_given_names") | lexicons.terms("female_given_names")


@functools.lru_cache(maxsize=8)
def compass_points(lexicons: Lexicons) -> frozenset[str]:
    """The points of the compass, for a bearing ("26 km south-southwest of X") or the side of a place
    a position is measured from ("20 km west of X", "just north-east of X"): each compass adjective
    of ``compass_words`` less its "-ern" ("western", "north-eastern"), so "central", which places a
    part, is none. Made once per lexicons object."""
    return frozenset(w.removesuffix("ern") for w in lexicons.terms("compass_words") if w.endswith("ern"))


def without_accents(word: str) -> str:
    """A word without its accents ("andrés" -> "andres"), as the given-name lists spell names."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
