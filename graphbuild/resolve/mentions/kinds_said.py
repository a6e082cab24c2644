"""Names whose neighbouring noun says what kind of thing they are, none an actor or a place:
"the LEC2 gene", "the diacylglycerol acyltransferase (DGAT) and ... genes" (a gene or a
protein), "in Mapudungun language" (a language), "the Australian Dollar" (a currency), "the
Gippsland Cup held at Sale", "during the Bicentennial" (an event), "languages such as Tatar and
X" (a language), "charged with X" (an offence). NER calls such names organisations or places;
``other_kind`` types them Other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.resolve.mentions.class_lists import class_noun

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# Nouns of the molecules of biology: a name they take as a modifier or apposition is a gene's.
GENE_NOUNS = frozenset({"gene", "protein", "enzyme", "allele", "receptor"})
# Nouns of tongues: "the X language", "in X dialect".
LANGUAGE_NOUNS = frozenset({"language", "dialect", "tongue"})
# NER labels of names that would otherwise be actors, places or things made.
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT"})
# Labels of peoples: a tongue NER reads as its people's name ("the Kurmanji dialect") stays a
# group, as re3d's Nationality has it.
_PEOPLE_LABELS = frozenset({"NORP"})
# Brackets a name may sit in before its noun: "the acyltransferase (DGAT) gene".
_CLOSERS = frozenset({")", "]"})
# Verbs of holding an event: "the X held at Y", "the X was staged in Y".
HOLDING_VERBS = frozenset({"hold", "stage"})
# Verbs whose object is an occasion kept: "celebrate the X", "commemorate the X".
CELEBRATING_VERBS = frozenset({"celebrate", "commemorate", "mark"})
# What a person or a place is held in or by, not an event: "X, held in custody", "held by rebels".
_HELD_BY = frozenset({"by", "agent", "custody", "captivity", "detention", "prison", "jail", "hostage"})
# Dependents of a verb of holding that make its subject the holder, not the event held.
_OBJECTS = frozenset({"dobj", "prt", "ccomp", "xcomp", "attr", "acomp"})
# Labels of names that may be held without being events: people and peoples (in custody).
_HELD_LABELS = frozenset({"PERSON", "NORP"})
# What a charge or a verdict is for: "charged with X", "convicted of X", "guilty of X" name an
# offence, never the one who committed it.
CHARGE_WORDS = {"with": frozenset({"charge"}), "of": frozenset({"convict", "accuse", "guilty", "acquit"})}
# Labels of names NER reads as people: a surname may be a currency's word ("Ezra Pound").
_PERSON_LABELS = frozenset({"PERSON"})


def said_kind(span: Span, label: str, lexicons: Lexicons) -> str:
    """The subtype of Other the noun after a name, or its last word, gives it, or ""."""
    if label not in NAME_LABELS:
        return ""  # "5.9 billion Reais", "English" (LANGUAGE): amounts and tongues NER already tells
    noun = _noun_after(span)
    if noun is not None and noun.lemma_.lower() in GENE_NOUNS:
        return "Gene"
    if noun is not None and noun.lemma_.lower() in LANGUAGE_NOUNS and label not in _PEOPLE_LABELS:
        return "Language"
    if label not in _PEOPLE_LABELS and _listed_tongue(span):
        return "Language"
    if label not in _PERSON_LABELS and _charged_with(span.root):
        return "Offence"
    if _gene_before(span):
        return "Gene"
    if label not in _HELD_LABELS and (_held(span) or _during(span.root) or _celebrated(span.root)):
        return "Event"
    if len(span) > 1 and label not in _PERSON_LABELS and span[-1].lower_ in lexicons.terms("currencies"):
        return "Currency"
    if span.text.lower() in lexicons.terms("languages") and label not in _PEOPLE_LABELS:
        return "Language"
    return ""


def _noun_after(span: Span) -> Token | None:
    """The noun the name modifies: the word after it (past a closing bracket), when the name's
    head hangs on it; or the head of the phrase the name is set in apposition or brackets to."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].text in _CLOSERS:
        i += 1
    after = doc[i] if i < len(doc) else None
    root = span.root
    if after is not None and after.pos_ == "NOUN" and (root.head.i == after.i or after.i == span.end):
        return after
    if root.dep_ in ("appos", "compound", "nmod", "conj") and root.head.pos_ == "NOUN":
        head = root.head
        return head if head.lemma_.lower() in GENE_NOUNS else None
    return None


def _listed_tongue(span: Span) -> bool:
    """``languages such as Tatar, Chuvash and X``: a name among the examples a noun of tongues
    introduces is a tongue."""
    noun = class_noun(span)
    return noun is not None and noun.lemma_.lower() in LANGUAGE_NOUNS


def _charged_with(root: Token) -> bool:
    """``charged with X``, ``convicted of X``: the object of a charge's or a verdict's preposition
    is an offence."""
    prep = root.head
    return root.dep_ == "pobj" and prep.head.lemma_.lower() in CHARGE_WORDS.get(prep.lower_, ())


def _gene_before(span: Span) -> bool:
    """``the gene ZRT4``, ``a protein called X``, ``a gene known as X``: a gene's noun right
    before the name, or with a naming participle between."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("called", "named", "dubbed") and span.start > 1:
        before = doc[span.start - 2]
    elif (
        before is not None
        and before.lower_ == "as"
        and span.start > 2
        and doc[span.start - 2].lower_ == "known"
    ):
        before = doc[span.start - 3]  # "a gene known as X"
    return before is not None and before.lemma_.lower() in GENE_NOUNS and before.pos_ == "NOUN"


def _held(span: Span) -> bool:
    """``the X held yesterday at Y``, ``the X was held in Y``: what a verb of holding holds, with
    no agent and no custody (``Gaza, held by Hamas``), is an event. The parser often hangs a
    participle right after the name on the main verb; with no subject of its own it is still
    the name's, and so is the name it takes for its subject when it has no object."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if root.dep_ == "nsubjpass" and root.head.tag_ == "VBN":
        verb = root.head
    elif root.dep_ == "nsubj" and root.head.i == span.end and _objectless(root.head):
        verb = root.head  # "the X held yesterday at Y", parsed as the X's own act of holding
    elif after is not None and after.dep_ in ("acl", "advcl") and after.tag_ in ("VBN", "VBD"):
        verb = after
    else:
        return False
    if verb.lemma_.lower() not in HOLDING_VERBS or any(
        c.dep_ == "nsubj" and c.i != root.i for c in verb.children
    ):
        return False
    words = {c.lower_ for c in verb.subtree if c.i > verb.i} | {c.dep_ for c in verb.children}
    return not words & _HELD_BY


def _celebrated(root: Token) -> bool:
    """``to celebrate the Tricentennial``, ``the Tricentennial takes place``: a proper name a verb
    of celebrating takes for its object, or the subject of "take place", is an event."""
    verb = root.head
    if root.pos_ != "PROPN":
        return False
    if root.dep_ == "dobj" and verb.lemma_.lower() in CELEBRATING_VERBS:
        return True
    place = root.dep_ == "nsubj" and verb.lemma_.lower() == "take"
    return place and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _objectless(verb: Token) -> bool:
    """A verb with no object and no particle: "held at Y", unlike "held talks" or "held on"."""
    return not any(c.dep_ in _OBJECTS for c in verb.children)


def _during(root: Token) -> bool:
    """``during the Bicentennial``: a proper name a "during" phrase takes is a time's event; a
    common head ("during the Bush administration") is left alone."""
    return root.dep_ == "pobj" and root.head.lower_ == "during" and root.pos_ == "PROPN"
