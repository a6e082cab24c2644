"""Participles whose doer the parse cannot show: one hung on a noun it does not follow ("gave
the team a point to lift it past Mora, finishing third"), one after a relative clause ("the dam
broke under water which made the walls crack, flooding the valley"), and the speech participle
after an "according to" source ("…, according to a spokesman, adding that …")."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.antecedents import personal
from graphbuild.extract.as_clauses import comment_clause
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.participle_doers import clause_read_as_noun
from graphbuild.extract.phrase_participles import unclear_phrase_doer
from graphbuild.extract.phrases import TIME_ENTITIES
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, tensed

# Modifiers that are clauses: a participle after one may go on with its subject.
CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Links of a noun that is its clause's subject; a noun as the root stands for a subject whose verb
# the parse missed ("The attack involved X, rendering it idle" read as a noun phrase).
SUBJECT_LINKS = frozenset({*SUBJ_DEPS, "ROOT"})
# Links that give a participle a clause of its own ("while meeting", "having left").
OWN_CLAUSE_DEPS = frozenset({*SUBJ_DEPS, "mark", "aux", "auxpass"})
# Conjunctions that open a clause of background ("while the men held them").
BACKGROUND_MARKS = frozenset({"while", "whilst"})


def far_participle(verb: Token, lexicons: Lexicons) -> bool:
    """An active participle the parse hung on a noun from which a clause of the noun's modifiers
    separates it: "provided assistance to the group, who were in the city, strafing the area",
    "gave them a point to lift them past Mora, finishing third". The clause's own subject or last
    noun is as likely its doer as the parse's noun, or the main clause's subject, and grammar
    cannot tell which, so the fact is not stated. A bare prepositional phrase leaves the participle
    to the noun ("a minister in the cabinet facing charges"); a subject keeps it ("the attack, which
    hit servers, rendering them idle"), and so does a person before a thing ("officers who
    answered a call, carrying rifles")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i < noun.i or noun.dep_ in SUBJECT_LINKS:
        return False  # the subject's: its modifier, or the clause's whose subject it is
    if noun.pos_ not in ("NOUN", "PROPN") or has_child(verb, OWN_CLAUSE_DEPS):
        return False
    nearer = _word_before(verb)
    if nearer is None or nearer.i <= noun.i or nearer.ent_type_ in TIME_ENTITIES:
        return False
    clauses = [t for t in verb.doc[noun.i + 1 : nearer.i + 1] if t.dep_ in CLAUSE_DEPS]
    if not any(nearer.i <= c.right_edge.i < verb.i and noun in c.ancestors for c in clauses):
        return False
    return not (personal(noun, lexicons) and not personal(nearer, lexicons))


def _word_before(token: Token) -> Token | None:
    """The word before ``token``, past commas, quotation marks and brackets."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_punct:
        i -= 1
    return token.doc[i] if i >= 0 else None


def according_speaker(verb: Token, lexicons: Lexicons) -> Token | None:
    """The source of "…, according to a police spokesman, adding that one had a rifle": a speech
    participle right after an "according to" phrase goes on with that source's words; the parse
    hangs it on the main verb, whose subject said nothing. None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or has_child(verb, OWN_CLAUSE_DEPS):
        return None
    if verb.lemma_.lower() not in lexicons.terms("reporting_verbs"):
        return None
    for according in children_with(verb.head, ("prep",), ("according",)):
        for to in children_with(according, ("prep",), ("to",)):
            sources = children_with(to, ("pobj",))
            before = _word_before(verb)
            if sources and before is not None and before.i == according.right_edge.i:
                return sources[0]
    return None


def participle_after_relative(verb: Token) -> bool:
    """A clause-final participle after a comma that closes a relative clause ("the mine collapsed
    under water which made the beams buckle, blocking the exits"): the parse hangs it on the main
    verb, but it may as well go on with the relative clause's event, so grammar cannot tell whose
    act it is and the fact is not stated."""
    head = verb.head
    if not _set_off_event_participle(verb):
        return False
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    before = doc[verb.i - 2]
    clauses = [a for a in (before, *before.ancestors) if a.dep_ == "relcl" and a.right_edge.i == before.i]
    # a tensed clause only: not an infinitive the parse took for a relative clause ("coordination to
    # mount attacks, earning …": a purpose of the main clause, whose subject earns)
    return any(a.i > head.i and head in a.ancestors and tensed(a) for a in clauses)


def participle_after_subordinate(verb: Token) -> bool:
    """A participle set off after a "while" clause ("the bombs went off while the men held them,
    causing deaths"): the parse hangs it on the clause's verb, but a "while" clause tells the
    background the main event happened against, and the main event is as likely what the participle
    tells the consequence of, so grammar cannot tell whose act it is. A ", while" of contrast opens a
    clause of its own ("the team wept, while the fans sang, waving flags"), and a clause of time ("a
    day after a mob attacked the office, killing two") is itself the event, and keeps its participle;
    so does a participle before the subordinate clause's end."""
    head = verb.head
    if not _set_off_event_participle(verb) or head.dep_ != "advcl" or head.i < head.head.i:
        return False
    marks = children_with(head, ("mark",), BACKGROUND_MARKS)
    if not marks or not has_child(head, SUBJ_DEPS) or _after_comma(marks[0]):
        return False  # ", while fans sang, waving flags": a contrast, a clause of its own
    return _after_comma(verb)


def _set_off_event_participle(verb: Token) -> bool:
    """An "-ing" participle after its head verb, with no clause of its own, that reports no speech
    ("…, ruling that the law was void": an event says nothing; the subject does)."""
    return not (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.i < verb.head.i
        or has_child(verb, OWN_CLAUSE_DEPS)
        or has_child(verb, ("ccomp",))
    )


def _after_comma(token: Token) -> bool:
    """Whether a comma comes right before the token."""
    return token.i > 0 and token.doc[token.i - 1].text == ","


def unknown_doer(verb: Token, lexicons: Lexicons) -> bool:
    """A participle whose doer the parse cannot show (``far_participle``, ``participle_after_relative``,
    ``participle_doers.clause_read_as_noun``, ``participle_after_subordinate``,
    ``phrase_participles.unclear_phrase_doer``), and the gap of an "as" clause of comment
    (``as_clauses.comment_clause``)."""
    return (
        far_participle(verb, lexicons)
        or participle_after_relative(verb)
        or clause_read_as_noun(verb)
        or participle_after_subordinate(verb)
        or unclear_phrase_doer(verb, lexicons)
        or comment_clause(verb)
    )
