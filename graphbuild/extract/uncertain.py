"""Clauses whose modality comes from around them: an open question ("do not know whether …"), a
clause on a hedged noun ("an alleged meeting to settle …"), and the clause whose modality a
subordinate clause shares ("are expected to join when their lists are updated")."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.narrated_modals import ranked_infinitive
from graphbuild.extract.phrases import MAX_DEPTH, ancestors
from graphbuild.extract.scope import sentence_before_semicolon
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, token_table

# The modality of a clause left open: "we do not know whether the bomb was planted", "it is unclear
# whether …", "whether or not …". Neither stated nor denied.
UNCERTAIN = "uncertain"
# Conjunctions opening a question or an indirect question's clause.
_QUESTION_MARK = "whether"
# "if" opens an indirect question only in a verb's complement ("asked if …", "wonders if …").
_QUESTION_DEPS = frozenset({"ccomp", "csubj"})
# Links of a clause that can be an indirect question ("explain how …", "asked about what …").
_WH_QUESTION_DEPS = frozenset({"ccomp", "csubj", "pcomp", "dobj"})
# Tags of a question word: "how", "why", "where" (WRB); "what", "who" (WP); "which" (WDT).
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# Verbs that carry a story on: an infinitive after them is the next thing done ("proceeded to
# explain that X": explained), no purpose; "went on to" has its own particle (``purpose``).
_CONTINUING_VERBS = frozenset({"continue", "proceed"})
# Conjunctions opening a time clause: it happens when its main clause does, so shares its modality.
TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "till", "whenever"})
# The modality of "be" before an infinitive: arranged or expected ("the trials are to be held before
# a tribunal", "she was to ask for an election"), not done.
PLANNED = "planned"
# Infinitives after "be" that plan nothing: "is to blame" says who is at fault.
_UNPLANNED_INFINITIVES = frozenset({"blame"})
# Links of a predicate adjective: "it is unlikely" (acomp), "it is considered unlikely" (oprd).
_PREDICATE_DEPS = ("acomp", "oprd")
# Links from a noun up to the verb it is an argument of ("serve as a hotel": hotel, as, serve).
_NOUN_ARGUMENT_DEPS = frozenset({"pobj", "prep", "dobj", "attr", "appos", "conj", "oprd"})
# Links inside a noun phrase through which a clause reaches the noun a hedging adjective qualifies
# ("an alleged meeting between A and B to settle …": B, between, meeting).
_NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "appos", "compound"})


def question_clause(verb: Token, lexicons: Lexicons | None = None) -> Token | None:
    """The clause opened by "whether" (or "if" in a verb's complement) that ``verb``'s clause is or
    is inside: an open question. A relative clause inside it describes something known ("whether
    the man who fled was armed"), so the search stops there."""
    for top in (verb, *ancestors(verb)):
        marks = [m.lower_ for m in children_with(top, ("mark",))]
        if _QUESTION_MARK in marks or (top.dep_ in _QUESTION_DEPS and "if" in marks):
            return top
        if _modal_question(top) or (lexicons is not None and _open_question(top, lexicons)):
            return top
        if top.dep_ == "relcl" or sentence_before_semicolon(top):
            return None
    return None


def _modal_question(top: Token) -> bool:
    """An indirect question opened by a question word about what could or would be ("did not
    explain how he could harm himself", "told him what weapon would cause most damage"): asked,
    not stated. Without a modal the question takes its clause as known ("explained how the fire
    started"), and a clause of time or place ("when he could") is no question; nor is a relative
    pronoun before the verb it hangs from ("which he said would allow him to ...")."""
    first = top.doc[top.left_edge.i]
    return (
        top.dep_ in _WH_QUESTION_DEPS
        and first.tag_ in _WH_TAGS
        and first.i > top.head.i
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children)
    )


def _open_question(top: Token, lexicons: Lexicons) -> bool:
    """A question about what will or could be, hung by the parser as an adverbial clause on "it is
    unclear" ("it's unclear when operations will return to normal", ``open_question_adjectives``):
    left open, not foretold. Without a modal the question takes its clause as known ("it is unclear
    why the fire started": it started)."""
    first = top.doc[top.left_edge.i]
    host = top.head
    adjectives = [host, *children_with(host, _PREDICATE_DEPS)]
    return (
        top.dep_ == "advcl"
        and first.tag_ in _WH_TAGS
        and first.i > host.i
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children)
        and any(a.lower_ in lexicons.terms("open_question_adjectives") for a in adjectives)
    )


def purpose(verb: Token) -> bool:
    """An infinitive of purpose ("to ensure that ...") or of wanting ("wants to show that ..."); not
    one that carries a story on ("went on to say that ...", "proceeded to explain that ..."): the
    subject said it, it did not aim at it."""
    if not is_infinitive(verb) or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    head = verb.head
    going_on = head.lemma_.lower() == "go" and has_child(head, ("prt", "advmod"), ("on",))
    return verb.dep_ == "acl" or not (going_on or head.lemma_.lower() in _CONTINUING_VERBS)


# Verbs whose object is a means, so their infinitive is the subject's purpose, not the object's act:
# "the police used their powers to crack down" (the police crack down, the powers do nothing).
MEANS_VERBS = frozenset({"use", "employ", "spend", "invest", "uphold", "enforce", "exploit", "harness"})
# Adjectives with which "make" is a verb of ensuring ("to make sure that X", "to make certain X").
_ENSURING_ADJECTIVES = frozenset({"sure", "certain"})


def aimed_at(clause: Token, lexicons: Lexicons) -> bool:
    """A content clause of an infinitive of purpose or wanting ("to ensure that the court hands down
    ..."): aimed at, not done. Not that of an infinitive of saying its subject does ("would like to
    note that X", "was keen to stress that X"): the speaker states X; but "did not mean to say that
    X" and "declined to confirm that X" deny the saying, and "asked the agency to confirm that X" only
    asks it; but "used the site to say that X" said it (the object is the means, not the one asked)."""
    verb = clause.head
    if (
        verb.lower_ in _ENSURING_ADJECTIVES
        and verb.dep_ in ("ccomp", "acomp", "oprd")
        and verb.head.lemma_ == "make"
    ):
        verb = verb.head  # "to make sure the law is not used as a shield": aimed at, as "to ensure" is
    if not purpose(verb):
        return False
    head = verb.head
    means = head.lemma_.lower() in MEANS_VERBS
    asked = not means and any(o.i < verb.i for o in children_with(head, ("dobj",)))
    denied = has_child(head, ("neg",)) or head.lemma_.lower() in lexicons.terms("negative_implicatives")
    return verb.lemma_.lower() not in lexicons.terms("assertion_verbs") or asked or denied


def governing_verb(noun: Token) -> Token | None:
    """The verb whose argument ``noun`` is, through prepositions and coordination: "could serve as
    a hotel" gives "serve" for "hotel"."""
    t = noun
    for _ in range(MAX_DEPTH):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if t.dep_ not in _NOUN_ARGUMENT_DEPS:
            return None
        t = head
    return None


def _time_clause(verb: Token) -> bool:
    """An adverbial clause of a time to come: "when their lists are updated", "once the deal is
    signed". One in the past tense dates a known event ("a murder she allegedly committed when she
    was 17": she was 17), so it takes no modality from its main clause."""
    opening = [c for c in verb.children if c.i < verb.i and c.dep_ in ("mark", "advmod")]
    if verb.dep_ != "advcl" or not opening or opening[0].lower_ not in TIME_MARKS:
        return False
    return not _past_tense(verb)


def _past_tense(verb: Token) -> bool:
    """The clause is in the past: the verb or one of its auxiliaries is a past form ("was held")."""
    return any(t.tag_ == "VBD" for t in (verb, *children_with(verb, ("aux", "auxpass"))))


def future_of(chain: list[Token], lexicons: Lexicons) -> str | None:
    """``will`` for a clause in the future ("will be sentenced", "won't attend"), ``planned`` for
    "be" with an infinitive ("are to be tried", "was to request"), on a verb or the verbs it hangs
    from (``chain``, as ``clause_chain`` gives it), or on the main clause a participle trails ("will
    return home, bringing her trip down to five days"): none has happened yet."""
    future = lexicons.synonyms("future_auxiliaries")
    table = token_table(chain[0].doc)
    for t in [*chain, *_trailed(chain[0])]:
        for c in table.children[t.i]:
            if table.dep[c] == "aux" and table.lower[c] in future:
                return future[table.lower[c]]
        if (_planned(t) and not ranked_infinitive(t, lexicons)) or _arranged(t, lexicons):
            return PLANNED
    return None


def _trailed(verb: Token) -> list[Token]:
    """The main clause a participle clause trails, with the verbs that clause hangs from by control
    or coordination ("will fly to Rome and then return home, cutting …": return, fly)."""
    if verb.dep_ != "advcl" or not _trailing_participle(verb):
        return []
    chain = [verb.head]
    while len(chain) <= MAX_DEPTH and chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _arranged(verb: Token, lexicons: Lexicons) -> bool:
    """An infinitive after a "be" word that arranges it: "are set to be buried", "is due to open",
    "is poised to announce" (``arranged_frames``). Not "due to" the cause, which has no infinitive."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and is_infinitive(verb)
        and head.lower_ in lexicons.terms("arranged_frames")
        and (has_child(head, ("auxpass",)) or head.dep_ == "acomp")
    )


def _planned(verb: Token) -> bool:
    """An infinitive a bare "be" takes: "are to be conducted", "was to request". Not "is yet to"
    (not done: a negation), nor "is hard to say" (the adjective's), nor "is to blame"."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and is_infinitive(verb)
        and verb.lemma_.lower() not in _UNPLANNED_INFINITIVES
        and not has_child(head, ("acomp", "attr"))
        and not has_child(head, ("advmod",), ("yet",))
    )


def time_host(verb: Token) -> Token | None:
    """The main clause of a time clause to come that ``verb`` is, or is joined to by "and" ("will
    fade when more bars have opened and the public has got used to it"): the time is as sure as
    the main clause, whoever claims it."""
    clause = verb
    for _ in range(MAX_DEPTH):
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause.head if _time_clause(clause) else None


def _trailing_participle(verb: Token) -> bool:
    """A participle clause after its main clause, with no subject or conjunction of its own ("will
    return home, bringing her trip down to five days"): what follows from the main clause."""
    return verb.tag_ == "VBG" and verb.i > verb.head.i and not has_child(verb, ("nsubj", "nsubjpass", "mark"))


def modality_host(verb: Token) -> Token | None:
    """The clause whose modality ``verb``'s clause shares when it has none of its own: the main
    clause of a time clause or of a purpose ("are expected to join when their lists are updated",
    "could hire guards to protect the site"), the verb taking the noun an infinitive qualifies
    ("could serve as a hotel to house fans"), the copula of a predicate noun a clause describes
    ("may have been a second gunman, a man dressed in black")."""
    if verb.dep_ == "advcl" and (_time_clause(verb) or is_infinitive(verb)):
        return verb.head
    if verb.dep_ not in ("relcl", "acl"):
        return None
    if is_infinitive(verb):
        return governing_verb(verb.head)  # "would be the second country to legalise"
    noun = verb.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    if _predicate_noun(noun):
        return noun.head  # "could be the man who robbed the bank": the robbery is supposed too
    return None


def _predicate_noun(noun: Token) -> bool:
    """A noun a copula predicates: "could be the man", or an apposition to it the parser hangs on
    the copula itself ("may have been a second gunman, a man dressed in black")."""
    head = noun.head
    if noun.dep_ == "dep":
        return head.lemma_.lower() == "be" and has_child(head, ("attr",))
    return noun.dep_ == "attr" and head.pos_ in ("VERB", "AUX")


def hedging_adjective(verb: Token, lexicons: Lexicons) -> str | None:
    """The hedging adjective of the noun a clause qualifies, looking up through the noun's phrase:
    "an alleged meeting between A and B to settle …" (``alleged``), "a planned law to ban …"."""
    if not _noun_does(verb):
        return None
    hedging = lexicons.terms("hedging_adjectives")
    noun = verb.head
    for _ in range(MAX_DEPTH):
        adjectives = [c.lower_ for c in children_with(noun, ("amod",)) if c.lower_ in hedging]
        if adjectives:
            return adjectives[0]
        if noun.dep_ not in _NOUN_PHRASE_DEPS or noun.head.i == noun.i or noun.head.pos_ in ("VERB", "AUX"):
            return None
        noun = noun.head
    return None


def weighing_adjective(clause: Token, lexicons: Lexicons) -> str | None:
    """The adjective weighing an extraposed clause: "it is highly unlikely that the ministers were
    unaware" (``unlikely``), "it is possible that …", "it is important that the bank keeps …", "it
    is considered unlikely that …". The parser hangs the clause on the adjective or on the copula."""
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    adjectives = [head] if head.dep_ in _PREDICATE_DEPS else children_with(head, _PREDICATE_DEPS)
    weighing = lexicons.terms("likelihood_adjectives")
    if not _past_tense(clause):
        weighing = weighing | lexicons.terms("necessity_adjectives")  # "it is vital that X keeps": asked
    for adjective in adjectives:
        copula = adjective.head
        if adjective.lower_ in weighing and any(
            c.lower_ == "it" for c in children_with(copula, ("nsubj", "nsubjpass", "expl"))
        ):
            return adjective.lower_
    return None


def _noun_does(verb: Token) -> bool:
    """An infinitive saying what the noun is for ("a meeting to settle …", "a plan to sell …"): as
    hedged as the noun. Not what others do to it ("an alleged kingpin wanted by the US"), nor a
    relative clause describing who it is ("a potential candidate who fled the country")."""
    return verb.dep_ in ("acl", "relcl") and is_infinitive(verb)


def is_infinitive(verb: Token) -> bool:
    """A verb with its own infinitive "to" ("to defeat", "to ensure")."""
    table = token_table(verb.doc)
    return any(table.dep[c] == "aux" and table.tag[c] == "TO" for c in table.children[verb.i])


def hearsay_subject(verb: Token, lexicons: Lexicons) -> bool:
    """A verb whose subject is a hearsay noun, with the content in a clause after it: "claims were
    made that X", "reports emerged that X", "rumours spread that X": X is only claimed. Not a verb
    of saying or finding ("reports say that X", "the report found/showed that X"): the report is the
    source, and X is its account."""
    lemma = verb.lemma_.lower()
    if any(lemma in lexicons.terms(name) for name in ("reporting_verbs", "ruling_verbs", "evidence_verbs")):
        return False
    hearsay = lexicons.terms("hearsay_nouns")
    return any(s.lemma_.lower() in hearsay for s in children_with(verb, ("nsubj", "nsubjpass")))
