"""Two articles' people who share a surname are not one person when their given names disagree.

Across documents a surname alone ("Taylor") says little: "John Albert Taylor" of one article and
"Elizabeth Taylor" of another are two people. ``merge`` asks ``contradicts`` before joining two
people's nodes through an alias or a short form: their full names' given names must agree, a one-word
name alone never joins two people each named in full, a bare given name ("Karen") joins no one named
in full elsewhere, and a surname-only person written just after a lone given name (NER split
'Elizabeth "Liz" Taylor') is that given name's person, not another article's.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from graphbuild.lexicons import Lexicons, given_names
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.short_names import folded_words


@dataclass
class PersonNames:
    """What one person node's articles call it: its names of two or more words, and for a node named
    by one word only, the lone given names written just before it (``split_given_names``)."""

    full: set[str] = field(default_factory=set)
    hints: set[str] = field(default_factory=set)

    def add(self, other: PersonNames) -> None:
        self.full |= other.full
        self.hints |= other.hints


@functools.lru_cache(maxsize=8)
def clash_given_names(lexicons: Lexicons) -> frozenset[str]:
    """Given names of one gender (``lexicons/*_given_names.txt``) and the commonest a little less
    one-sided (``*_given_names_common.txt``: George, Karen); never a title or role ("Governor").
    Made once per lexicons object; the functions below take it as ``given``."""
    common = lexicons.terms("male_given_names_common") | lexicons.terms("female_given_names_common")
    titles = {t.lower() for t in lexicons.terms("titles") | lexicons.terms("role_nouns")}
    return frozenset((given_names(lexicons) | common) - titles)


def given_name(name: str) -> str | None:
    """The first word of a name of two or more words, folded; None for a one-word name."""
    words = folded_words(name)
    return words[0] if len(words) > 1 else None


def given_names_clash(one: str, other: str, given: frozenset[str]) -> bool:
    """Whether two full names open with different given names (both in
    ``lexicons/*_given_names.txt``, so a title left in a name, "Executive Carrie Lam", is none, nor
    is an initial: "J. Taylor" may be "John Taylor")."""
    first, second = given_name(one), given_name(other)
    if first is None or second is None or first in folded_words(other) or second in folded_words(one):
        return False  # "Commodore Frank Bainimarama" and "Frank Bainimarama": a rank before the name
    return first in given and second in given


def split_given_names(local: LocalEntity, entities: list[LocalEntity], given: frozenset[str]) -> set[str]:
    """Lone given names of a document's people written just before the one-word ``local``
    (``SPLIT_GAP`` tokens at most): the front half of one name NER split ('Elizabeth "Liz" Taylor')."""
    starts = {start for start, _ in local.token_spans}
    found: set[str] = set()
    for other in entities:
        words = folded_words(other.name)
        if other is local or other.subtype != "Person" or len(words) != 1 or words[0] not in given:
            continue
        if any(0 <= start - end <= SPLIT_GAP for _, end in other.token_spans for start in starts):
            found.add(words[0])
    return found


# Tokens between a given name and the surname NER cut from it: a quoted nickname ('"Liz"') is three.
SPLIT_GAP = 3


def local_names(local: LocalEntity, entities: list[LocalEntity], given: frozenset[str]) -> PersonNames:
    """A local person's part of its node's ``PersonNames``."""
    if local.subtype != "Person" or local.generic:
        return PersonNames()
    if given_name(local.name) is not None:
        return PersonNames(full={local.name})
    return PersonNames(hints=split_given_names(local, entities, given))


def contradicts(source: PersonNames, target: PersonNames, key: str, given: frozenset[str]) -> bool:
    """Whether joining two articles' people through ``key`` (an alias or short form) joins two people:
    full names with different given names, a one-word key between two people each named in full, a
    lone given name that is no surname of the other ("Karen" of one article, "Karen Marsh" of
    another), or a one-word-named person split from a given name none of the other's names opens."""
    if any(given_names_clash(a, b, given) for a in source.full for b in target.full):
        return True
    words = folded_words(key)
    if len(words) == 1 and source.full and target.full:
        return True
    if len(words) == 1 and not source.full and target.full and _bare_given_name(words[0], target.full, given):
        return True
    for bare, named in ((source, target), (target, source)):
        if (
            not bare.full
            and bare.hints
            and named.full
            and not bare.hints & {given_name(n) for n in named.full}
        ):
            return True
    return False


def _bare_given_name(word: str, full_names: set[str], given: frozenset[str]) -> bool:
    """Whether ``word`` is a given name that ends none of ``full_names``: it stands for the person the
    other article calls by it, not for a surname shared with one named in full."""
    return word in given and all(folded_words(n)[-1] != word for n in full_names)


__all__ = [
    "SPLIT_GAP",
    "PersonNames",
    "clash_given_names",
    "contradicts",
    "given_name",
    "given_names_clash",
    "local_names",
    "split_given_names",
]
