"""Participles the parse gives a subject of their own, or hangs where their subject is not: after
a setting ("was in Bern attempting"), after a source ("a document from Wikileaks detailing"), and
after an absolute "with" phrase ("…, with the next country, Spain, reporting 400")."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.antecedents import personal
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrase_participles import named_by_participle
from graphbuild.extract.phrases import TIME_ENTITIES
from graphbuild.extract.qualifiers import MEANS_VERBS
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child

# Prepositions of a setting ("in Bern", "on Twitter", "at the summit") after which a participle
# tells what the clause's subject did there.
SETTING_PREPOSITIONS = frozenset({"in", "on", "at"})


def setting_of_participle(verb: Token) -> Token | None:
    """The place or medium of "X was in Bern attempting to ...", "X posted a video on Twitter saying
    ...": the parse reads "Bern attempting" as a gerund with its own subject, but a participle after
    a setting tells what the clause's subject did there; Bern attempts nothing. None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in SETTING_PREPOSITIONS:
        return None
    if prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return _subject_after(verb, prep)


def source_of_participle(verb: Token) -> Token | None:
    """The source in "a document from Wikileaks detailing symbols": the parse reads "Wikileaks
    detailing" as a gerund with its own subject, but a participle after "noun from Source" tells
    what the noun does; Wikileaks details nothing. None otherwise. The noun's phrase holds the
    participle, so no subject is read at all."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "from" or prep.head.pos_ != "NOUN":
        return None
    return _subject_after(verb, prep)


def _subject_after(verb: Token, prep: Token) -> Token | None:
    """The one noun subject the parse gave the gerund ``verb``, when it opens ``prep``'s phrase
    ("in Bern attempting", "from Wikileaks detailing")."""
    found = children_with(verb, ("nsubj",))
    if len(found) != 1 or found[0].pos_ not in ("PROPN", "NOUN") or found[0].left_edge.i != prep.i + 1:
        return None
    return found[0]


def with_absolute(verb: Token) -> Token | None:
    """The noun of an absolute "with" phrase ("X had the most cases, with the next country, Spain,
    reporting 400"): the participle right after "with NOUN" says what that noun does, wherever the
    parse hung it (on the main verb, whose subject then reports, or on an earlier noun). A comma
    between them is allowed only to close an apposition: in "left with a smile, saying" the
    participle is the main subject's again. None otherwise."""
    if (
        verb.tag_ != "VBG"
        or verb.dep_ not in ("advcl", "acl", "pcomp")
        or has_child(verb, (*SUBJ_DEPS, "aux"))
    ):
        return None
    doc = verb.doc
    end = verb.i - 1
    comma = end >= 0 and doc[end].text == ","
    for prep in doc[verb.sent.start : verb.i]:
        if prep.lower_ != "with" or prep.dep_ != "prep":
            continue
        for noun in children_with(prep, ("pobj",)):
            words = [t.i for t in noun.subtree if not t.is_punct]
            if comma and not (has_child(noun, ("appos",)) and max(words) == end - 1):
                continue
            if not comma and max(words) != end:
                continue
            if noun.pos_ in ("NOUN", "PROPN"):
                return noun
    return None


def speaker_of_participle(verb: Token, lexicons: Lexicons) -> Token | None:
    """The verb whose subject does what a speech participle says, where the parse hangs it on
    something that cannot speak: on a reported clause ("the chief said that the slums were
    lawless, pledging more raids": the chief pledges) or on the object of a verb of judging ("X
    condemns the arrest calling the charges baseless": X calls them so). None otherwise."""
    said = [verb, *children_with(verb, ("xcomp",))]  # "…, going on to say that": says it
    lemmas = {w.lemma_.lower() for w in said}
    speech = lexicons.terms("reporting_verbs") | lexicons.terms("speech_acts")
    if verb.tag_ != "VBG" or not lemmas & speech:
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.dep_ == "ccomp" and _after_comma(verb):
        reporting = head.head
        return reporting if reporting.lemma_.lower() in lexicons.terms("reporting_verbs") else None
    if (
        verb.dep_ == "acl"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in lexicons.terms("document_nouns")
    ):
        noun = head
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head
        judging = noun.head
        if noun.dep_ == "dobj" and judging.lemma_.lower() in lexicons.terms("judging_verbs"):
            return judging
    return None


def _after_comma(token: Token) -> bool:
    """Whether a comma comes right before the token, a closing quotation mark aside ('…," pledging')."""
    i = token.i - 1
    while i > 0 and token.doc[i].is_quote:
        i -= 1
    return i >= 0 and token.doc[i].text == ","


def in_participle_objects(conjunct: Token, found: list[Token]) -> bool:
    """A subject conjunct right after a participle phrase that takes an object ("one boat carrying
    eight pirates and some of the money capsized", "protesters wearing masks, and helmets
    gathered"): it goes on with the participle's objects, whatever the parse says; no doer."""
    if conjunct in found:
        return False
    doc = conjunct.doc
    for first in found:
        for acl in first.subtree:  # also on an "of" object: "thousands of protesters wearing …"
            if acl.dep_ != "acl" or acl.i < first.i or acl.tag_ not in ("VBG", "VBN"):
                continue
            if not has_child(acl, ("dobj",)) or conjunct in acl.subtree:
                continue
            between = doc[acl.right_edge.i + 1 : conjunct.left_edge.i]
            if acl.right_edge.i < conjunct.i and all(t.is_punct or t.dep_ == "cc" for t in between):
                return True
    return False


# Quantifiers that stand for a part of a group named before: "most", "five" (of them).
PART_WORDS = frozenset(
    {"most", "some", "many", "all", "both", "none", "several", "few", "half", "each", "others"}
)


def counted_absolute(verb: Token) -> bool:
    """A participle right after a quantifier of its own ("most being nationals", "two having
    died") is an absolute clause whose subject is that part of a group, which the parse left as
    a modifier: no main-clause subject is lent to it."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None
        and before.head.i == verb.i
        and before.dep_ not in SUBJ_DEPS
        and (before.lower_ in PART_WORDS or before.tag_ == "CD")
    )


# Participles of pure consequence, with the preposition they take: a clause-final "resulting in"
# or "leading to" tells what the main clause's event brought about.
CONSEQUENCE_PARTICIPLES = {"result": "in", "lead": "to"}
# NER types of doers: a person or body acts, but an act, not its doer, results in something.
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def consequence_of_act(verb: Token, lexicons: Lexicons) -> bool:
    """ "Acme addressed a spill in 2006, resulting in a lawsuit", "the officers ran to the school,
    leading to a gunfight": the spill or the run led to it, not Acme or the officers. A thing as
    subject ("the device failed, resulting in flames") stays: it is the event's bearer."""
    subject = consequence_subject(verb)
    return subject is not None and (subject.ent_type_ in AGENT_ENTITIES or personal(subject, lexicons))


def consequence_subject(verb: Token) -> Token | None:
    """The main clause's subject when ``verb`` is a clause-final participle of pure consequence
    (``CONSEQUENCE_PARTICIPLES``); None for any other verb."""
    prep = CONSEQUENCE_PARTICIPLES.get(verb.lemma_.lower())
    if prep is None or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    if has_child(verb, ("dobj",)) or not any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children):
        return None
    head = verb.head
    while not children_with(head, SUBJ_DEPS) and head.dep_ == "conj":
        head = head.head  # "X met Y and left, leading to …": the first verb holds the subject
    found = children_with(head, SUBJ_DEPS)
    return found[0] if found else None


# Verbs of beginning and ending: with nothing but a time, their event is the main clause's.
ASPECTUAL_VERBS = frozenset({"begin", "start", "commence", "end", "finish"})


def time_participle(verb: Token) -> bool:
    """A fronted aspectual participle whose only dependents are times ("Beginning on Sept. 30, …",
    "Starting in January, …") says when the main clause holds, not what its subject did: no subject
    is lent to it. ("Forming in July, the storm …" is the storm's own act.)"""
    if verb.tag_ != "VBG" or verb.i > verb.head.i or verb.lemma_.lower() not in ASPECTUAL_VERBS:
        return False
    kept = [c for c in verb.children if not c.is_punct]
    return bool(kept) and all(_time_phrase(c) for c in kept)


def _time_phrase(token: Token) -> bool:
    """A time ("Sept. 30") or a preposition of one ("on Sept. 30")."""
    if token.ent_type_ in TIME_ENTITIES:
        return True
    objects = children_with(token, ("pobj",)) if token.dep_ == "prep" else []
    return bool(objects) and all(o.ent_type_ in TIME_ENTITIES for o in objects)


# Links of a participle's own clause that make it no reduced relative ("while meeting", "having left").
OWN_CLAUSE_DEPS = frozenset({*SUBJ_DEPS, "mark", "aux", "auxpass"})


def participle_after_noun(verb: Token) -> bool:
    """A participle the parse hung on the main verb though it follows a noun of that clause as a
    reduced relative does: a passive one after "noun," ("sold a house, built in 1900"; "aimed at
    ..." after "an expansion of care,") or an active one right after the noun ("came from molecules
    existing as impurities"). Either is as likely about that noun as about the subject, so grammar
    cannot tell whose act it is. Not after a date ("arrested on Monday, accused of fraud") nor a
    means ("advance the program using uranium": the doer uses it), nor an active one after a
    setting or an absolute "with" phrase."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or has_child(verb, OWN_CLAUSE_DEPS):
        return False
    doc = verb.doc
    comma = doc[verb.i - 1].text == ","
    if verb.tag_ == "VBN" and comma:
        if named_before_comma(verb) is not None:
            return False  # "the deal between Mora, led by Ana Ruiz, and …": Mora's, said by the name
        noun = doc[verb.i - 2]
    elif verb.tag_ == "VBG" and not comma and verb.lemma_.lower() not in MEANS_VERBS:
        noun = doc[verb.i - 1]
        if with_absolute(verb) is not None or _in_setting(noun):
            return False  # "with Ana Ruiz demanding", "in custody in Lund awaiting trial": the doer's
    else:
        return False
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.i > verb.head.i
        and noun.ent_type_ not in TIME_ENTITIES
        and any(a.i == verb.head.i for a in noun.ancestors)
    )


# Prepositions of a place where the doer is: a participle after their object is the doer's act.
PLACE_SETTINGS = frozenset({*SETTING_PREPOSITIONS, "outside", "inside", "near"})


def _in_setting(noun: Token) -> bool:
    """ "was at his club outside Lyon, France saying", "on hand offering DVDs": the noun is the
    object of a preposition of place (through a name's apposition or a coordination)."""
    for _ in range(MAX_SETTING_HOPS):
        if noun.dep_ not in ("appos", "conj", "compound"):
            break
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_SETTINGS


# Links walked up from a noun to the phrase a preposition governs ("Lyon, France").
MAX_SETTING_HOPS = 3


# Links climbed from the word before a comma to the name it ends: "Bank of Mora": "Mora" -> "Bank".
NAME_PARTS = frozenset({"compound", "flat"})


def named_before_comma(verb: Token) -> Token | None:
    """The name a passive participle set off by commas describes when both it and its "by" agent are
    names ("the deal between the Republic of Mora, led by Ana Ruiz, and Lund"): a reduced relative
    after "Name," is about that name, wherever the parse hung it (on the deal, or on the main verb).
    The name's "of" phrase is its own ("the Bank of Mora, run by …": the bank). None otherwise."""
    if (named := named_by_participle(verb)) is not None:
        return named  # "a friend, Ann Lee, also known as Red": Ann Lee is known so
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if has_child(verb, (*SUBJ_DEPS, "aux", "auxpass")) or not _name_agent(verb):
        return None
    noun = doc[verb.i - 2]
    while noun.dep_ in NAME_PARTS or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        noun = noun.head if noun.dep_ in NAME_PARTS else noun.head.head
    if noun.pos_ != "PROPN" or noun.ent_type_ in TIME_ENTITIES or noun.i >= verb.i or noun == verb.head:
        return None
    return noun if noun.i > verb.head.i and verb.head in noun.ancestors else None


def _name_agent(verb: Token) -> bool:
    """Whether the participle's "by" phrase names someone ("led by Prime Minister Ana Ruiz")."""
    agents = children_with(verb, ("agent",))
    return any(o.pos_ == "PROPN" for a in agents for o in children_with(a, ("pobj",)))
