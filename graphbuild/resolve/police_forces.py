"""A bare "the police" is the one police force the article named before ("Kestrel Valley Police").

"Police" is one body however its verb agrees, so the tagger reads "The police arrested two men" as a
plural noun, which ``referents.head_named`` (singular nouns only: a plural description is as often
a group) passes over while it takes "told the police" (tagged singular) to the force named. The
name's own head word says which body it is, as "the court" does for "the Supreme Court". Only one
force so named (a name, or a place's police: "the Metro Manila police"), and no police written
before with words saying whose ("Iraqi police", "the city's police") that are not the force's own,
lets the description mean it.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import token_table
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.named_heads import head_candidate
from graphbuild.resolve.plural_places import bare_plural

# Collective nouns of one body the tagger may read as plural ("The police are …").
COLLECTIVE_BODIES = frozenset({"police"})
# Words that say whose police it is, when written with the noun.
WHOSE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
PROPER_NOUN = "PROPN"
# NER labels of a place, whose police a force written in lower case may be ("Metro Manila police").
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def police_force(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one police force named before a bare "the police" the tagger made plural, or None."""
    root = bare_plural(span)
    if root is None:
        return None
    noun = token_table(span.doc).lower[root]
    if noun not in COLLECTIVE_BODIES:
        return None
    found = {e.key: e for i, e in owner.items() if i < span.start and head_candidate(e, noun, span)}
    if len(found) != 1:
        return None
    force = next(iter(found.values()))
    if not _named_force(span, force) or _other_police(span, force, owner):
        return None
    return None if _other_force(span, force, owner, lexicons) else force


def _other_force(span: Span, force: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """Whether another body with a police word in its name (``lexicons/class_heads.txt``) was named
    before: "the Kestrel Police Department" or "a Port Police officer" may be the police meant."""
    classes = lexicons.synonyms("class_heads")
    police = classes.get(token_table(span.doc).lower[span.root.i])
    if police is None:
        return False
    others = {e.key: e for i, e in owner.items() if i < span.start and e is not force}
    return any(classes.get(word) == police for e in others.values() for word in e.name.lower().split())


def _named_force(span: Span, force: LocalEntity) -> bool:
    """Whether the force is named: a name of its own ("Kestrel Valley Police"), or a place's police
    ("the Metro Manila police"), whose place word NER tags a place; not a source's name the parser
    ran into the noun ("According to the Telegraph police said")."""
    if not force.generic:
        return True
    doc = span.doc
    return any(
        doc[i].pos_ == PROPER_NOUN and doc[i].ent_type_ in PLACE_ENTS
        for start, end in force.token_spans
        if end <= span.start
        for i in range(start, end)
    )


def _other_police(span: Span, force: LocalEntity, owner: dict[int, LocalEntity]) -> bool:
    """Whether the noun was written before for police that are not the force: before the force
    was named ("Police said … a Kestrel Police officer … the police": the police met first go on), or
    with words saying whose ("Iraqi police said … Kestrel Valley Police … the police")."""
    table = token_table(span.doc)
    noun = table.lower[span.root.i]
    first = min((start for start, _ in force.token_spans), default=span.start)
    for i in range(span.start):
        if table.lower[i] != noun or owner.get(i) is force:
            continue
        if i < first or any(
            table.dep[c] in WHOSE_DEPS and owner.get(c) is not force for c in table.children[i]
        ):
            return True
    return False


__all__ = ["police_force"]
