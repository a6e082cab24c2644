"""Which named thing a bare definite description may mean by its head noun alone.

``referents.head_named`` gives "the court" to the one name before it that ends in "court". A
person's name is never such a name ("Tom Hill" is no "the hill"), while a name NER left as a common
noun phrase still is one when a proper word in it says which ("the Oktyabrskaya station … the
station", "the North Dinajpur district … the district"; not "Iraqi police", whose adjective only
says whose). A bare "the state" or "the district" (``lexicons/area_levels.txt``) means the one
administrative area of that level the article named before it ("a cyclone hit West Bengal … the
storm hit the state"): two leave it open.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import TokenTable, token_table
from graphbuild.resolve.entities import LocalEntity, name_head

PERSON = ("Actor", "Person")
AREA = ("Region", "AdminArea")
PROPER_NOUN = "PROPN"
# NER's label of a people's or creed's adjective ("Iraqi"), which says whose, not which one.
PEOPLE_ENT = "NORP"
SINGULAR_TAG = "NN"
INTRODUCING = frozenset({"a", "an"})
DEFINITE = "the"


def head_candidate(entity: LocalEntity, lemma: str, span: Span) -> bool:
    """Whether ``entity``'s name may be what a bare "the <lemma>" repeats: a name of two words or
    more ending in that noun, no person's, and when built on a common noun (``generic``) one whose
    words before the head hold a proper noun that is no people's adjective."""
    if (entity.type, entity.subtype) == PERSON or len(entity.name.split()) < 2:
        return False
    if name_head(entity.name) != lemma:
        return False
    if not entity.generic:
        return True
    doc = span.doc
    return any(
        doc[i].pos_ == PROPER_NOUN and doc[i].ent_type_ != PEOPLE_ENT
        for start, end in entity.token_spans
        if end <= span.start
        for i in range(start, end - 1)
    )


def introduced(table: TokenTable, i: int, determiners: set[str], named: int) -> bool:
    """Whether the indefinite noun at ``i`` brings in the thing a name first written at ``named``
    then names ("a temple in Janakpur … the Ram Janaki temple … the temple"): no definite use of the
    noun between takes it up first ("an Australian court. The court ruled … the U.S. Supreme Court")."""
    if not determiners or not determiners <= INTRODUCING or i >= named:
        return False
    lemma = table.lemma_lower[i]
    return not any(
        table.lemma_lower[j] == lemma and any(table.lower[c] == DEFINITE for c in table.children[j])
        for j in range(i + 1, named)
    )


def area_named(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one administrative area named before a bare "the state" / "the district" of its level;
    an area whose name ends in a noun of another level ("North Dinajpur district") is not one, and
    of several the one written with the very noun ("Florida … Kandahar Province … the province") is."""
    table = token_table(span.doc)
    words = [i for i in range(span.start, span.end) if not table.is_punct[i]]
    levels = lexicons.synonyms("area_levels")
    if len(words) != 2 or table.lower[words[0]] != DEFINITE or table.tag[words[1]] != SINGULAR_TAG:
        return None
    noun = table.lower[words[1]]
    level = levels.get(noun)
    if level is None:
        return None
    found: dict[str, tuple[LocalEntity, set[str]]] = {}
    for i, e in owner.items():
        if i < span.start and (e.type, e.subtype) == AREA and not e.generic and e.key not in found:
            found[e.key] = (e, _level_words(e, span))
    fitting = [(e, said) for e, said in found.values() if {levels.get(w, level) for w in said} == {level}]
    exact = [e for e, said in fitting if noun in said]
    if len(exact) == 1:
        return exact[0]
    return fitting[0][0] if len(fitting) == 1 else None


def _level_words(area: LocalEntity, span: Span) -> set[str]:
    """The words that may say an area's level: its name's last word, the last word of each mention
    before ``span`` and the word right after one ("the Norrby district", NER taking only "Norrby")."""
    doc = span.doc
    words = {name_head(area.name)}
    words |= {doc[i].lower_ for _, end in area.token_spans if end < span.start for i in (end - 1, end)}
    return words


__all__ = ["area_named", "head_candidate", "introduced"]
