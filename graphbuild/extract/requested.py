"""Clauses asked for, demanded, sought or hoped: the asker's wish, not a fact, whatever modal they
carry ("is calling for an inquiry be held", "to elect MPs who will speak out", "hoped that the ban
would be lifted")."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.uncertain import is_infinitive, purpose
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child

# Links from a verb of asking to the clause it asks for, as the parser gives them without a "that"
# ("calling for an inquiry be held": an ``advcl`` opened by "for"; "demanded the minister resign").
_DEMANDED_DEPS = frozenset({"ccomp", "advcl"})


def bare_demand(verb: Token, lexicons: Lexicons) -> str | None:
    """The lemma of the verb of asking or demanding (``request_verbs``) whose content ``verb`` is,
    when that content has a subject of its own and stands in the bare form with no tense or modal
    ("is calling for an arms embargo be imposed", "demanded the minister resign"): the mandative
    subjunctive without its "that" says what is demanded, not what is done."""
    head = verb.head
    if (
        verb.dep_ not in _DEMANDED_DEPS
        or head.i > verb.i
        or head.lemma_.lower() not in lexicons.terms("request_verbs")
    ):
        return None
    subjects = children_with(verb, ("nsubj", "nsubjpass"))
    if not subjects or has_child(verb, ("aux",)):
        return None  # "asked them to stay" has its "to", "urged that he will" its modal
    passive = children_with(verb, ("auxpass",))
    # the bare form, or a plural-looking present after a singular common noun ("the minister resign")
    plain = verb.tag_ == "VB" or (verb.tag_ == "VBP" and subjects[0].tag_ == "NN")
    bare = all(b.tag_ == "VB" for b in passive) if passive else plain
    return head.lemma_.lower() if bare else None


# The modal by which a relative clause forecasts what its noun will do ("MPs who will speak out");
# not "would", which already weighs it ("fight a plan that would see homes built").
_FUTURE_MODALS = frozenset({"will"})
# Determiners of a noun already known to the reader: what it will do is said of a real thing.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def wished_description(verb: Token) -> Token | None:
    """The infinitive of purpose or wanting whose indefinite object a relative clause with "will"
    or "would" describes ("to elect MPs who will speak out", "wants to hire lawyers who will fight
    the ban"): such a noun is only sought, so what it will do is as wanted as the seeking, not a
    forecast of a real thing's act. Not a known thing ("to meet the man who will lead"), nor one
    set off by a comma."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "dobj" or not has_child(verb, ("aux",), _FUTURE_MODALS):
        return None
    if verb.doc[max(verb.left_edge.i - 1, 0)].text == "," or has_child(noun, ("det",), _DEFINITE):
        return None
    if has_child(noun, ("poss",)):
        return None  # "to help his friends who will ...": known people
    seeking = noun.head
    first = seeking
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "to build a party and to elect MPs": the first infinitive's link
    return seeking if purpose(first) and is_infinitive(seeking) else None


def wished_content(verb: Token, top: Token | None, lexicons: Lexicons) -> str | None:
    """The lemma of the verb of wishing (``wish_verbs``) whose "that" clause ``top`` (the content
    clause above ``verb``) is: "hoped that the ban would be lifted" is a hope before it is a
    "would". Not a conjunct with a modal of its own ("hopes the ship will be released but cannot
    continue shipments": the "cannot" is the hoper's own word, hung on the wrong verb)."""
    if top is None or top.dep_ != "ccomp" or top.i < top.head.i or not has_child(top, ("nsubj", "nsubjpass")):
        return None
    t = verb
    while t.i != top.i and t.head is not t:
        if t.dep_ == "conj" and has_child(t, ("aux", "auxpass", "nsubj", "nsubjpass")):
            return None
        t = t.head
    wish = top.head.lemma_.lower()
    return wish if wish in lexicons.terms("wish_verbs") and top.head.pos_ == "VERB" else None
