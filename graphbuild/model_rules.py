"""Exact, faster stand-ins for the two rule components of spaCy's English pipelines.

The attribute ruler and the rule lemmatizer hold the GIL and cost about a sixth of a build's
parse: the ruler runs a Matcher of ~180 patterns and sets each match's attributes through a Span
and a Token, the lemmatizer makes a Token per word and recomputes every base form. Both answers
depend only on a few token attributes, so they can be looked up: the ruler's single- and
two-token patterns are indexed by tag and lower-case form, and the lemmatizer's answer is memoised
by (form, part of speech, morphology), the key of spaCy's own cache. The attributes set are the
same, token for token; a pipeline whose rules use anything else keeps spaCy's code
(``speed_up_rules`` leaves it alone).

The components keep their class's name, settings and serialisation: only ``__call__`` differs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# The token attributes a pattern may test here, as Matcher pattern keys, and the table column of each.
PATTERN_ATTRS = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "TAG": TAG,
    "POS": POS,
    "DEP": DEP,
    "IS_SPACE": IS_SPACE,
}
# The attributes a rule may set that are written as whole columns; others (TAG, DEP) token by token.
COLUMN_ATTRS = (POS, MORPH, LEMMA)
# Memoised lemmas kept at most, so a corpus of many words cannot grow the memo without bound.
MEMO_LIMIT = 500_000

Check = Callable[[object], bool]


@dataclass(frozen=True)
class _Pattern:
    """One pattern of the ruler: its number (the order rules apply in), the checks of each token,
    and which matched token gets the rule's attributes."""

    number: int
    tokens: tuple[tuple[tuple[int, Check], ...], ...]
    target: int


def _check(spec: object) -> Check | None:
    """A test of one attribute value: equality or a Matcher ``IN``/``NOT_IN``/``REGEX``; else None."""
    if isinstance(spec, (str, bool)):
        return lambda value, spec=spec: value == spec
    if isinstance(spec, dict) and len(spec) == 1:
        [(kind, arg)] = spec.items()
        if kind == "IN" and isinstance(arg, list):
            members = frozenset(arg)
            return lambda value: value in members
        if kind == "NOT_IN" and isinstance(arg, list):
            members = frozenset(arg)
            return lambda value: value not in members
        if kind == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return lambda value: isinstance(value, str) and search(value) is not None
    return None


def _compile(ruler: AttributeRuler) -> tuple[dict, dict, list] | None:
    """The ruler's patterns indexed by tag, by lower-case form and the rest; None if one uses a
    feature this does not reproduce (an operator, another attribute, another predicate)."""
    by_tag: dict[str, list[_Pattern]] = {}
    by_lower: dict[str, list[_Pattern]] = {}
    rest: list[_Pattern] = []
    for number in range(len(ruler.attrs)):
        _, alternatives = ruler.matcher.get(str(number))
        for pattern in alternatives:
            tokens = []
            for spec in pattern:
                checks = []
                for key, value in spec.items():
                    check = _check(value)
                    if key not in PATTERN_ATTRS or check is None:
                        return None
                    checks.append((PATTERN_ATTRS[key], check))
                tokens.append(tuple(checks))
            index = ruler.indices[number]
            target = index if index >= 0 else len(tokens) + index
            if not tokens or not 0 <= target < len(tokens):
                return None
            compiled = _Pattern(number, tuple(tokens), target)
            first = pattern[0]
            if isinstance(first.get("TAG"), str):
                by_tag.setdefault(first["TAG"], []).append(compiled)
            elif isinstance(first.get("LOWER"), str):
                by_lower.setdefault(first["LOWER"], []).append(compiled)
            else:
                rest.append(compiled)
    return by_tag, by_lower, rest


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its patterns looked up by tag and form instead of run by a Matcher."""

    def __call__(self, doc: Doc) -> Doc:
        key = (len(self.attrs), id(self.matcher))
        if getattr(self, "_gb_key", None) != key:
            self._gb_index, self._gb_key = _compile(self), key
        if self._gb_index is None:
            return super().__call__(doc)
        try:
            self._apply(doc, *self._gb_index)
            return doc
        except Exception as e:  # as spaCy's components report their errors
            return self.get_error_handler()(self.name, self, [doc], e)

    def _apply(self, doc: Doc, by_tag: dict, by_lower: dict, rest: list) -> None:
        n = len(doc)
        strings = doc.vocab.strings
        table = doc.to_array([ORTH, LOWER, TAG, POS, DEP, IS_SPACE])
        names: dict[int, str] = {}

        def text(column: int) -> list[str]:
            return [
                names[h] if h in names else names.setdefault(h, strings[h]) for h in table[:, column].tolist()
            ]

        columns: dict[int, list] = {
            ORTH: text(0),
            LOWER: text(1),
            TAG: text(2),
            POS: text(3),
            DEP: text(4),
            IS_SPACE: [bool(v) for v in table[:, 5].tolist()],
        }
        tags, lowers = columns[TAG], columns[LOWER]
        hits: dict[int, list[int]] = {}  # token -> numbers of the rules that set it
        for start in range(n):
            for pattern in (*by_tag.get(tags[start], ()), *by_lower.get(lowers[start], ()), *rest):
                if start + len(pattern.tokens) > n:
                    continue
                if all(
                    check(columns[attr][start + offset])
                    for offset, checks in enumerate(pattern.tokens)
                    for attr, check in checks
                ):
                    hits.setdefault(start + pattern.target, []).append(pattern.number)
        if not hits:
            return
        values = doc.to_array(list(COLUMN_ATTRS))
        one_by_one = []
        for i, numbers in hits.items():
            for number in sorted(numbers):  # later rules win, as in spaCy's sorted matches
                for attr, value in self.attrs[number].items():
                    if attr in COLUMN_ATTRS:
                        values[i, COLUMN_ATTRS.index(attr)] = value
                    else:
                        one_by_one.append((i, attr, value))
        doc.from_array(list(COLUMN_ATTRS), values)
        for i, attr, value in one_by_one:
            if attr == TAG:
                doc[i].tag = value
            elif attr == DEP:
                doc[i].dep = value
            else:
                raise ValueError(f"attribute {attr} cannot be set here")


class MemoisedEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer with its answers memoised per (form, part of speech, morphology)."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_gb_memo", {})
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        tables = self.lookups
        self.lookups = self._indexed_lookups()  # while this Doc's new words are looked up
        try:
            table = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = table[:, 3].copy()
            strings = doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
                if lemma and not self.overwrite:
                    continue
                key = (orth, pos, morph)
                found = memo.get(key)
                if found is None:
                    found = memo[key] = strings.add(self.lemmatize(doc[i])[0])
                lemmas[i] = found
            doc.from_array([LEMMA], lemmas.astype(numpy.uint64).reshape(-1, 1))
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)
        finally:
            self.lookups = tables

    def _indexed_lookups(self) -> Lookups:
        """The lemmatizer's tables with each part of speech's word index a set, not a list: spaCy
        asks ``form in index`` of a list of up to 57,000 words for every new word (~80 µs each)."""
        key = id(self.lookups)
        cached = self.__dict__.get("_gb_lookups")
        if cached is not None and cached[0] == key:
            return cached[1]
        indexed = Lookups()
        for name in self.lookups.tables:
            table = self.lookups.get_table(name)
            if name == "lemma_index":
                indexed.add_table(name, {pos: frozenset(words) for pos, words in table.items()})
            else:
                indexed.set_table(name, table)
        self.__dict__["_gb_lookups"] = (key, indexed)
        return indexed


def speed_up_rules(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler and English rule lemmatizer for the stand-ins above, in
    place (their class only: patterns, tables and settings stay). Other components are left alone."""
    for _, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            component.__class__ = IndexedAttributeRuler
        elif type(component) is EnglishLemmatizer and component.mode == "rule":
            component.__class__ = MemoisedEnglishLemmatizer
