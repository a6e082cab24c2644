"""The class of a named body against a definite description's head noun ("the court", "the union").

``lexicons/class_heads.txt`` groups head nouns into classes; a description of one class does not
refer back to a name of another. A name's class is its head's ("Supreme Court"), else the last
class noun among the words before its "of"/"for" phrase ("University Hospital Coventry" is a
hospital, "Department for Work and Pensions" a department: what follows the class noun says which
one, a place or a remit), else the class noun written just before a mention of it ("the journal X").
An armed group with no class noun of its own is a group: "the agency" or "the company" is another body.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import people_word
from graphbuild.resolve.entities import LocalEntity, name_head
from graphbuild.resolve.mentions import EntityMention

# Where a name's own words end and the phrase saying which one begins ("Ministry of Health",
# "Centre for Disease Control").
_REMIT = re.compile(r" (?:of|for) ")


def other_class(
    doc: Doc,
    mention: EntityMention,
    entity: LocalEntity,
    classes: dict[str, str],
    lexicons: Lexicons | None = None,
) -> bool:
    """Whether a named entity is of another kind than a description's head noun says, or (with
    ``lexicons``: ``lexicons/institution_heads.txt``) another kind of body by its own head noun:
    "the Constitutional Council … the electoral commission" are two bodies."""
    if people_word(entity, doc):
        return True
    institutions = lexicons.synonyms("institution_heads") if lexicons is not None else {}
    if other_institution(doc[mention.end - 1].lower_, entity, institutions):
        return True
    wanted = classes.get(doc[mention.end - 1].lower_)
    if entity.subtype == "ArmedGroup" and wanted == classes.get("group"):
        return False  # "the National Defence Army … the group": an armed group is a group
    has = name_class(doc, entity, classes)
    if has is None and entity.subtype == "ArmedGroup":
        has = classes.get("group")  # "al-Shabaab … the agency": an armed group is no agency nor firm
    if wanted == classes.get("media") and has == classes.get("company"):
        return False  # "ABS-CBN Corporation … the network": a broadcaster's name may be a company's
    return wanted is not None and has is not None and wanted != has


def other_institution(head: str, entity: LocalEntity, institutions: dict[str, str]) -> bool:
    """Whether a description's head and a name's own head are two kinds of body ("commission",
    "Council"); a head of no kind on either side says nothing."""
    said, named = institutions.get(head), institutions.get(name_head(entity.name))
    return said is not None and named is not None and said != named


def name_class(doc: Doc, entity: LocalEntity, classes: dict[str, str]) -> str | None:
    """The class a name's head noun gives it ("Supreme Court"), else the last class noun of its own
    words ("University Hospital Coventry"), else the class noun written before it: a lowercase
    first word of the name or the noun right before a mention of it ("the journal Climate
    Letters", "airline Mahan Air"), which the name is an instance of."""
    has = classes.get(name_head(entity.name)) or own_class(entity.name, classes)
    if has is not None:
        return has
    first = entity.name.split()[0] if entity.name.split() else ""
    if first.islower() and first in classes:
        return classes[first]
    for start, end in entity.token_spans:
        before = doc[start - 1] if start > 0 else None
        if before is None or before.pos_ != "NOUN" or not before.is_lower or before.lower_ not in classes:
            continue
        # one phrase, not "told the newspaper Hamas would …": the noun and the name head each other
        if doc[start:end].root.head.i == before.i or start <= before.head.i < end:
            return classes[before.lower_]
    return None


def own_class(name: str, classes: dict[str, str]) -> str | None:
    """The class of the last capitalised class noun before a name's "of"/"for" phrase: "University
    Hospital Coventry" -> hospital, "Department for Work and Pensions" -> department."""
    words = _REMIT.split(name, maxsplit=1)[0].split()
    own = [classes[w.lower()] for w in words if w[:1].isupper() and w.lower() in classes]
    return own[-1] if own else None


__all__ = ["name_class", "other_class", "other_institution", "own_class"]
