"""Participles after a phrase that may be their doer as well as the parse's: a passive one set off
after a fronted phrase ("In the new manifesto, released on Saturday, the party said …"), a speech
participle after words ("drew attention to comments by X, asserting …"), one of content after
the one a letter was sent to ("sent letters to neighbours containing photographs"), and a naming
participle after a name ("a friend, Ann Lee, also known as Red")."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.antecedents import personal
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import TIME_ENTITIES
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child

# Links that give a participle a clause of its own ("while meeting", "having left").
OWN_CLAUSE_DEPS = frozenset({*SUBJ_DEPS, "mark", "aux", "auxpass"})
# Adverbs between a comma and its participle leave it set off (", also known as", ", later found").
SET_OFF_ADVERBS = frozenset({"advmod", "neg"})
# Participles that give a name ("also known as X", "called X", "nicknamed X").
NAMING_PARTICIPLES = frozenset({"know", "call", "name", "nickname", "dub"})
# Links of the name a naming participle gives ("called Red", "dubbed the Iron Lady").
GIVEN_NAME_DEPS = ("oprd", "attr")
# Prepositions that name who said words ("comments by X", "a report from X").
AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
# Verbs of answering words: what the participle says after them is the answer, the subject's.
ANSWER_VERBS = frozenset({"respond", "reply", "react", "answer", "retort"})
# Prepositions of the one something is sent or given to ("sent letters to neighbours").
RECIPIENT_LINKS = frozenset({"dative", "prep"})


def fronted_phrase_noun(verb: Token) -> Token | None:
    """The noun of a clause-opening prepositional phrase right before a passive participle set off
    by commas ("In the new manifesto, released on Saturday, the party said …", "According to the
    lawsuit, filed in May, …"): a reduced relative after that noun, before the main subject, is
    first about the noun. None otherwise (a time keeps the participle: "On Monday, charged with
    fraud, he …")."""
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > head.i or has_child(verb, OWN_CLAUSE_DEPS):
        return None
    subjects = children_with(head, SUBJ_DEPS)
    after = verb.right_edge.i + 1
    if not subjects or subjects[0].i < verb.i or after >= len(verb.doc) or verb.doc[after].text != ",":
        return None
    before = _before_comma(verb)
    if before is None or before.ent_type_ in TIME_ENTITIES:
        return None
    noun = before
    while noun.dep_ in ("compound", "amod", "flat"):
        noun = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != before.i:
        return None
    prep = noun.head
    while prep.head.dep_ == "prep" and prep.head != head:
        prep = prep.head  # "According to the lawsuit": "to" under "According"
    if prep.head != head or prep.left_edge.i != verb.sent.start:
        return None
    return noun


def fronted_document(verb: Token, lexicons: Lexicons) -> Token | None:
    """The document of "In the new manifesto, released on Saturday, the party said …": a text is
    what is released, filed or signed, so the participle is the document's. None otherwise."""
    noun = fronted_phrase_noun(verb)
    return noun if noun is not None and noun.lemma_.lower() in lexicons.terms("document_nouns") else None


def fronted_phrase_participle(verb: Token, lexicons: Lexicons) -> bool:
    """A passive participle after a fronted phrase whose noun is no document or person ("At the
    meeting, held in Lund, the board voted …"; "On the ground, surrounded by police, the man gave
    up"): it is about that noun as often as about the main subject, so no doer is stated."""
    noun = fronted_phrase_noun(verb)
    return noun is not None and fronted_document(verb, lexicons) is None and not personal(noun, lexicons)


def speech_after_words(verb: Token, lexicons: Lexicons) -> bool:
    """A speech participle set off right after a prepositional phrase about words someone else said
    ("drew attention to comments by Ann Lee, asserting that …", "pointed to a report from the
    agency, saying …"): those words may assert it as well as the main subject, so grammar cannot
    tell who speaks. Words that are the verb's object ("rejected the UN's report, saying …") leave
    the speech to the subject, who answers them."""
    head = verb.head
    speech = lexicons.terms("reporting_verbs") | lexicons.terms("speech_acts")
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < head.i or verb.lemma_.lower() not in speech:
        return False
    before = _before_comma(verb)
    if before is None or has_child(verb, OWN_CLAUSE_DEPS) or head.lemma_.lower() in ANSWER_VERBS:
        return False  # "responded to X's comments, saying …": the one who answers speaks
    words = _said_words(lexicons)
    return any(
        w.i > head.i
        and w.lemma_.lower() in words
        and w.dep_ == "pobj"
        and _authored(w)
        and w.right_edge.i == before.i
        and head in w.ancestors
        for w in verb.doc[head.i + 1 : before.i + 1]
    )


def _authored(words: Token) -> bool:
    """Whether the words name who said them ("comments by X", "a report from X", "X's remarks");
    "his remarks" are the subject's own, most likely."""
    return any(
        (c.dep_ == "poss" and c.tag_ != "PRP$") or (c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS)
        for c in words.children
    )


def _said_words(lexicons: Lexicons) -> frozenset[str]:
    """Nouns of words said or written: remarks and texts (``utterance_nouns``, ``document_nouns``)."""
    return lexicons.terms("utterance_nouns") | lexicons.terms("document_nouns")


def content_after_recipient(verb: Token, lexicons: Lexicons) -> bool:
    """A participle on the one a text was sent to ("sent letters to neighbours containing photos",
    "letters were sent to staff giving details"): it may tell what the text holds as well as what
    the recipient does, so grammar cannot tell whose it is and no fact is stated."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i < noun.i or has_child(verb, OWN_CLAUSE_DEPS):
        return False
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in RECIPIENT_LINKS:
        return False
    sent = [c for c in to.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < to.i]
    return any(c.lemma_.lower() in _said_words(lexicons) for c in sent)


def named_by_participle(verb: Token) -> Token | None:
    """The name a naming participle set off right after it gives a second name to ("asked a
    friend, Ann Lee, also known as Red, to sing"; "died on Thanksgiving, also known as Turkey
    Day"): a name given after "Name," is that name's, wherever the parse hung it. None otherwise."""
    if (
        verb.tag_ != "VBN"
        or verb.dep_ not in ("advcl", "acl")
        or verb.lemma_.lower() not in NAMING_PARTICIPLES
    ):
        return None
    given = [o for p in children_with(verb, ("prep",), ("as",)) for o in children_with(p, ("pobj",))]
    given = [g for g in given or children_with(verb, GIVEN_NAME_DEPS) if g.pos_ == "PROPN"]
    if has_child(verb, OWN_CLAUSE_DEPS) or not given:
        return None  # "named after Ann Lee": a namesake; "named three proteins": no name
    name = _before_comma(verb)
    while name is not None and (name.dep_ in ("compound", "flat") or _of_object(name)):
        name = name.head if name.dep_ != "pobj" else name.head.head  # "Sons of Iraq": Sons
    if name is None or name.pos_ != "PROPN" or name.i >= verb.i or name == verb.head:
        return None
    return name


def _of_object(token: Token) -> bool:
    """Whether ``token`` is the object of an "of" inside a name ("Sons of Iraq")."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "PROPN"


def unclear_phrase_doer(verb: Token, lexicons: Lexicons) -> bool:
    """A participle whose doer a phrase before it makes unclear (``fronted_phrase_participle``,
    ``speech_after_words``, ``content_after_recipient``)."""
    return (
        fronted_phrase_participle(verb, lexicons)
        or speech_after_words(verb, lexicons)
        or content_after_recipient(verb, lexicons)
    )


def _before_comma(verb: Token) -> Token | None:
    """The word before the comma that sets ``verb`` off, past adverbs of the verb (", also known");
    a "when" opens a clause of its own (", when asked about")."""
    i = verb.i - 1
    while (
        i > 0
        and verb.doc[i].head == verb
        and verb.doc[i].dep_ in SET_OFF_ADVERBS
        and verb.doc[i].tag_ == "RB"
    ):
        i -= 1
    if i < 1 or verb.doc[i].text != ",":
        return None
    return verb.doc[i - 1]
