"""Short forms of people's full names in one document: a surname or the first words stand for the one
person named in full (``Mubarak`` -> ``Hosni Mubarak``), a given name for the one person it opens
(``Don`` -> ``Don Imus``), and a family name written first for the one person it opens (``Li`` ->
``Li Keqiang``). Used by ``resolve.canonical`` within a document and ``resolve.merge`` across them.
"""

from __future__ import annotations

from graphbuild.lexicons import without_accents
from graphbuild.resolve.entities import LocalEntity, normalise
from graphbuild.resolve.mentions import EntityMention


def salient_full_name(
    name: str, full_names: ShortForms, by_key: dict[str, LocalEntity]
) -> LocalEntity | None:
    """The person a short form refers back to. When it fits several people ("Guy": a mathematician
    named throughout, his son named once, or not yet), the one named so far at least
    ``SALIENCE_RATIO`` times as often as any other is the one the article is about; else the one
    full name ``short_form_of`` allows."""
    matches = full_names.get(folded_words(name), [])
    if len({(f.split()[0], f.split()[-1]) for f in matches}) > 1:
        named = [by_key.get(f"Actor:{normalise(f)}") for f in matches]
        counts = sorted(((e.mentions if e else 0, i) for i, e in enumerate(named)), reverse=True)
        (top, best), (second, _) = counts[0], counts[1]
        if top and top >= SALIENCE_RATIO * second:
            return named[best]
    full = short_form_of(name, full_names)
    return by_key.get(f"Actor:{normalise(full)}") if full is not None else None


def family_name_first(
    name: str, people: list[str], given: frozenset[str], by_key: dict[str, LocalEntity]
) -> LocalEntity | None:
    """The person named in full whose first word ``name`` alone is when that word is no given name:
    a family name written first, as Chinese, Korean and Vietnamese names are ("Li" after "Li
    Keqiang", "Xi" after "Xi Jinping"); only when one person of the text has it."""
    words = folded_words(name)
    if len(words) != 1 or words[0] in given:
        return None
    return _one_named_by_first_word(words[0], people, by_key, length=2)


def given_name_of(
    name: str, people: list[str], given: frozenset[str], by_key: dict[str, LocalEntity]
) -> LocalEntity | None:
    """The person named in full so far whose first word ``name`` alone is, when it is a given name
    (``lexicons/{male,female}_given_names.txt``) and one person of the text has it ("Don" after
    "Don Imus"; not with "Bill Gwatney" and "Bill Clinton" both named)."""
    words = folded_words(name)
    if len(words) != 1 or words[0] not in given:
        return None
    return _one_named_by_first_word(words[0], people, by_key)


def _one_named_by_first_word(
    word: str, people: list[str], by_key: dict[str, LocalEntity], length: int | None = None
) -> LocalEntity | None:
    """The one person whose full name (of ``length`` words, if given) starts with ``word``; spellings
    of one name that share its last word count once ("Don Imus", "Don J. Imus")."""
    fitting: dict[str, str] = {}
    for full in people:
        words = folded_words(full)
        if words[0] == word and (length is None or len(words) == length):
            fitting[words[-1]] = full
    return by_key.get(f"Actor:{normalise(next(iter(fitting.values())))}") if len(fitting) == 1 else None


def full_person_names(mentions: list[EntityMention]) -> list[str]:
    """Names of people given in two or more words, longest first."""
    names = {m.name for m in mentions if m.subtype == "Person" and len(m.name.split()) > 1}
    return sorted(names, key=lambda n: (-len(n.split()), n))


ShortForms = dict[tuple[str, ...], list[str]]
# How many times as often as any other fitting person the one a shared surname refers to is named.
SALIENCE_RATIO = 2


def short_forms(full_names: list[str]) -> ShortForms:
    """Each short form a full name can be written as (its last words, its first two or more, or its
    first and last word),
    mapped to the full names it may stand for, in the order given: one lookup per name later,
    not a scan of every person in the corpus."""
    index: ShortForms = {}
    for full in full_names:
        words = folded_words(full)
        keys = {words[-k:] for k in range(1, len(words))} | {words[:k] for k in range(2, len(words))}
        if len(words) > 2 and full[:1].isupper():
            keys.add((words[0], words[-1]))  # without the middle names: "Robert Mugabe"
        for key in keys:
            index.setdefault(key, []).append(full)
    return index


def short_form_of(name: str, full_names: list[str] | ShortForms) -> str | None:
    """The one full name ``name`` is a short form of: its last words, or its first two or more.

    ``full_names`` is a list of names or, when many names are looked up, ``short_forms`` of it.
    """
    words = folded_words(name)
    if not words:
        return None
    index = full_names if isinstance(full_names, dict) else short_forms(full_names)
    matches = index.get(words, [])
    longest = [f for f in matches if len(f.split()) == max((len(x.split()) for x in matches), default=0)]
    # spellings of one name ("Robert Mugabe", "Robert Gabriel Mugabe") share first and last words;
    # "John F. Kennedy" and "Robert F. Kennedy" are two people "Kennedy" may stand for
    first_last = {(f.split()[0], f.split()[-1]) for f in longest}
    if len(longest) == 1 or len(first_last) == 1:
        return longest[0]
    return None


def folded_words(name: str) -> tuple[str, ...]:
    """A name's words as a short form is matched: a particle's case and a letter's diacritics vary
    between mentions ("De Maiziere" for "Thomas de Maiziere", "Brudzinski" for "Joachim Brudziński")."""
    return tuple(without_accents(name).lower().split())


__all__ = [
    "SALIENCE_RATIO",
    "ShortForms",
    "family_name_first",
    "folded_words",
    "full_person_names",
    "given_name_of",
    "salient_full_name",
    "short_form_of",
    "short_forms",
]
