"""Negation, modality and attribution of a clause: facts about a fact, never reasons to drop it."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from graphbuild.extract.accused_acts import accused_act
from graphbuild.extract.control import prepositional_controller
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.ensured import ensuring_make
from graphbuild.extract.hedged_appositions import hedging_words
from graphbuild.extract.held_views import ALLEGED, hearsay_of, wished_by_subject
from graphbuild.extract.narrated_modals import narrates
from graphbuild.extract.neg_raising import denied_opinion, raised_denial
from graphbuild.extract.not_denials import NOT_ONLY, bounding_comparative, denying_no
from graphbuild.extract.phrases import MAX_DEPTH, ancestors, quote_ids
from graphbuild.extract.requested import bare_demand, wished_content, wished_description
from graphbuild.extract.scope import content_clause
from graphbuild.extract.supposed import CONDITIONAL, supposed
from graphbuild.extract.tensed_conjuncts import first_participle, own_tense
from graphbuild.extract.uncertain import (
    MEANS_VERBS,
    UNCERTAIN,
    aimed_at,
    future_of,
    hearsay_subject,
    hedging_adjective,
    is_infinitive,
    modality_host,
    question_clause,
    time_host,
    weighing_adjective,
)
from graphbuild.lemmas import known_verb
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, token_table

# Links through which a clause inherits the qualifiers of the clause above it.
_CHAIN_DEPS = frozenset({"xcomp", "conj"})
# Children that give a conjoined verb a clause of its own: its own auxiliary, negation or subject.
_OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "neg"}) | SUBJ_DEPS
# Links from a reporting verb to the content it reports.
CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# Words that open a noun's content clause ("reports that ...", "no sign whether ...").
# The modality of a purpose ("to ensure that the court hands down ..."): aimed at, not done.
INTENDED = "intended"
# The modality of words inside a quotation whose speaker the sentence does not name.
QUOTED = "quoted"
# Verbs whose object does the infinitive: it happens ("forced him to resign"), so no modality.
IMPLICATIVE_VERBS = frozenset({"force", "compel", "help", "lead", "cause", "get", "make", "let"})
# Nouns that, after "no" in a prepositional phrase, deny the clause: "is in no way", "by no means",
# "under no circumstances", "on no account" (not "in no time", which is a speed).
NEGATING_PHRASE_NOUNS = frozenset({"way", "means", "sense", "circumstance", "account"})
# Causative verbs whose object's participle is the outcome of the cause: "had the videos removed",
# "got the prisoner released". The outcome happened only as far as the causing did.
CAUSATIVE_VERBS = frozenset({"have", "get"})
# Verbs whose infinitive happened: "managed to have the ban lifted" lifted it.
REALISING_VERBS = frozenset({"manage", "succeed"})
# Verbs of permission: denied ("did not let X run", "will not allow X to sell"), what they would
# have permitted did not happen.
PERMISSION_VERBS = frozenset({"let", "allow", "permit"})


def clause_chain(verb: Token, *, shared_only: bool = True) -> list[Token]:
    """``verb`` and the verbs it hangs from by control or coordination.

    With ``shared_only``, only those whose auxiliaries it shares: control ("did not try to shoot")
    and coordination without an auxiliary or subject of its own ("could rise and fall"), not after "but"
    ("did not censor the story but limited it"). At most ``MAX_DEPTH`` verbs above.
    """
    chain = [verb]
    head = verb
    while len(chain) <= MAX_DEPTH and head.dep_ in _CHAIN_DEPS and head.head is not head:
        if head.head.pos_ not in ("VERB", "AUX"):
            copula = _predicate_copula(head)
            if copula is None:
                break
            chain.extend((head.head, copula))  # "have not been able to make contact": through "able"
            head = copula
            continue
        if (
            shared_only
            and head.dep_ == "conj"
            and (
                has_child(head, _OWN_CLAUSE_DEPS)
                or own_tense(head)  # "did not receive X and notified Y": "notified" has its own tense
                or any(c.i < head.i for c in children_with(head.head, ("cc",), ("but", "yet")))
            )
        ):
            break
        head = head.head
        chain.append(head)
    return chain


def _predicate_copula(verb: Token) -> Token | None:
    """The copula of the predicate adjective whose infinitive ``verb`` is ("have not been able to
    make", "would be willing to sell", "if he is able to save"): its auxiliaries and conditions are
    the infinitive's too."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    copula = adjective.head
    return copula if copula is not adjective and copula.pos_ in ("VERB", "AUX") else None


# Determiners that deny their noun's clause ("no proof", "neither side"), and subjects that do it alone.
NO = frozenset({"no", "neither"})
NO_ONE = frozenset({"none", "neither"})


def is_negated(verb: Token, lexicons: Lexicons, relation: Collection[int] = ()) -> bool:
    """``not``/``never`` on the verb or a controlling verb, ``no`` on its object ("no proof"), a
    controlling verb that says it did not happen ("failed to", "refused to"), or
    a clause its speaker denies ("denied that …", "no evidence that …", "rejected claims that …").
    A controlling verb among the ``relation``'s token indices says so itself: "X | declined to hear |
    Y" is stated, not negated.
    """
    top = content_clause(verb, lexicons)  # "does not believe the bridge is safe": believes it is not
    raised = top is not None and raised_denial(top, lexicons) and top in clause_chain(verb)
    if raised or is_denied(verb, lexicons):
        return True
    cause = causing_verb(verb)
    if cause is not None and is_negated(cause, lexicons):
        return True  # "did not have the videos removed", "failed to get him released"
    permitter = _permitting_verb(verb)
    if permitter is not None and negates(permitter):
        return True  # "the ruling will not let her run": she does not run
    wished = verb.dep_ == "ccomp" and verb.i > verb.head.i and has_child(verb, SUBJ_DEPS)
    wisher = verb.head if wished else None
    if wisher is not None and wisher.lemma_.lower() in lexicons.terms("intent_verbs") and negates(wisher):
        return True  # "I do not want the city to be included": not wanted
    negators = lexicons.terms("negators")
    unrealised = lexicons.terms("negative_implicatives")
    table = token_table(verb.doc)
    dep, lower = table.dep, table.lower
    capacities = lexicons.terms("capacity_adjectives")
    for t in clause_chain(verb):
        if t.pos_ == "ADJ" and t.lower_ not in capacities:
            break  # "was not afraid to speak": the "not" is the attitude's, and she spoke
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in unrealised and t.head.i not in relation:
            return True  # "failed to shoot down X", "refused to reveal X": it did not happen
        if t.dep_ == "xcomp" and yet_to(t.head):
            return True  # "has yet to confirm X": it has not confirmed it
        for c in table.children[t.i]:
            if dep[c] == "neg" and c + 1 < len(lower) and lower[c + 1] in NOT_ONLY:
                continue  # "is not just on X", "not only in X": it is there, and elsewhere too
            if dep[c] == "neg" or (dep[c] in ("advmod", "det") and lower[c] in negators and c < t.i):
                return True
            limit = bounding_comparative(verb.doc[c])  # not "an area no further than 100 km"
            no_before = any(lower[d] == "no" and d == c - 1 for d in table.children[c])
            if dep[c] == "advmod" and no_before and not limit:
                return True  # "can no longer be protected", "no more"
        if negating_phrase(t):
            return True  # "is in no way an admission", "will under no circumstances join"
    return any(
        (
            dep[c] in ("dobj", "attr", "nsubj", "nsubjpass")
            and any(dep[d] == "det" and lower[d] in NO and denying_no(verb.doc[d]) for d in table.children[c])
        )
        or (dep[c] in ("nsubj", "nsubjpass") and lower[c] in NO_ONE)  # "None of the twelve had received X"
        for c in table.children[verb.i]
    )


def stated_refusal(verb: Token, relation: Collection[int], lexicons: Lexicons) -> list[str]:
    """The lemmas of a verb of not doing that controls ``verb`` from inside its relation ("declined
    to hear", "failed to stop"), each with its "to": the relation states the refusal, so its lemma
    names it too and it negates nothing ("X | declined to hear | Y" is "decline to hear", not "hear")."""
    unrealised = lexicons.terms("negative_implicatives")
    return [
        word
        for t in reversed(clause_chain(verb)[1:])
        if t.i in relation and t.lemma_.lower() in unrealised
        for word in (t.lemma_.lower(), "to")
    ]


def denied_conjunct(obj: Token) -> bool:
    """ "has a delegate but no governor or senator": a conjunct with no determiner of its own is
    denied by the "no" (or "neither") of the nearest conjunct before it that has one."""
    if obj.dep_ != "conj" or has_child(obj, ("det",)):
        return False
    before = obj.head
    while not has_child(before, ("det",)) and before.dep_ == "conj" and before.head is not before:
        before = before.head
    return has_child(before, ("det",), ("no", "neither"))


def yet_to(head: Token) -> bool:
    """ "has yet to", "is yet to": a "have"/"be" with "yet" before an infinitive says it has not
    happened (yet)."""
    return head.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children
    )


def negates(token: Token) -> bool:
    """``not``/``never`` on a verb (or "in no way"), ``no`` on a noun."""
    return (
        has_child(token, ("neg",)) or has_child(token, ("det",), ("no", "neither")) or negating_phrase(token)
    )


def negating_phrase(verb: Token) -> bool:
    """A prepositional phrase "in no way", "by no means", "under no circumstances" on ``verb``."""
    return any(
        (obj.lower_ in NEGATING_PHRASE_NOUNS or obj.lemma_.lower() in NEGATING_PHRASE_NOUNS)
        and has_child(obj, ("det",), ("no",))
        for prep in children_with(verb, ("prep",))
        for obj in children_with(prep, ("pobj",))
    )


def denied_adverbs(verb: Token) -> list[int]:
    """Adverbs after a denied verb ("entered illegally"): what a denial denies, so kept in the relation."""
    return [c.i for c in children_with(verb, ("advmod",)) if c.i > verb.i and c.lower_.endswith("ly")]


def is_denied(verb: Token, lexicons: Lexicons) -> bool:
    """Whether the clause of ``verb`` is declared false or unfounded by the clause above it.

    "X denied that Y", "X rejected claims that Y", "there is no evidence that Y", "X found no
    sign that Y": Y's triple stays, negated (and attributed to X when X reported it).
    """
    top = content_clause(verb, lexicons)
    if top is None:
        return False
    governor = top.head
    denials = lexicons.terms("denial_verbs")
    if governor.pos_ in ("VERB", "AUX"):
        return governor.lemma_.lower() in denials and not negates(governor)
    if governor.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = governor.lemma_.lower()
    holder = governor.head  # the verb the noun is an argument of
    evidence = noun in lexicons.terms("evidence_nouns")
    if evidence and (negates(governor) or (governor.dep_ in ("dobj", "attr") and negates(holder))):
        return True  # "no evidence that …", "did not find any sign that …"
    held_by_denial = governor.dep_ in ("dobj", "nsubjpass") and holder.lemma_.lower() in denials
    return (evidence or noun in lexicons.terms("hearsay_nouns")) and held_by_denial


def modality_of(verb: Token, lexicons: Lexicons) -> str | None:
    """A modal auxiliary ("could"), a hedging verb ("believed to", "appears to") over the clause,
    or a hearsay noun carrying it ("reports that …": ``alleged``)."""
    modals = lexicons.terms("modals")
    hedges = lexicons.terms("hedges")
    hearsay = lexicons.terms("hearsay_adverbs")
    weighing = hedging_words(lexicons)  # "reportedly burned", "probably started"
    asked = question_clause(verb, lexicons)  # before its modal: "whether the court can accept X" asks
    if asked is not None and not _joined_below(verb, asked):
        return UNCERTAIN  # "we do not know whether the bomb was planted": an open question
    top = content_clause(verb, lexicons)  # weighed before its own modal: "unlikely that X will give up"
    weighed = weighing_adjective(top, lexicons) if top is not None and not _joined_below(verb, top) else None
    if weighed is not None:
        return weighed  # "it is unlikely that the ministers were unaware": weighed, not stated
    if not _joined_below(verb, top or verb) and (wish := wished_content(verb, top, lexicons)) is not None:
        return wish  # "hoped that the ban would be lifted": hoped, before its "would"
    if (seeking := wished_description(verb)) is not None:
        return modality_of(seeking, lexicons) or INTENDED  # "to elect MPs who will speak out": sought
    table, quotes = token_table(verb.doc), quote_ids(verb.doc)
    intents, likelihoods = lexicons.terms("intent_verbs"), lexicons.terms("likelihood_adjectives")
    for t in clause_chain(verb):
        if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and t.head.lower_ in likelihoods:
            return t.head.lower_  # "voters would be likely to reject it": weighed, before its "would"
        for c in table.children[t.i]:
            if table.dep[c] == "aux" and table.lower[c] in modals and not narrates(t, verb.doc[c], lexicons):
                return table.lower[c]  # not "could be felt", "who would later become": told as fact
            if table.dep[c] == "advmod" and table.lower[c] in weighing and quotes[c] in (0, quotes[t.i]):
                return table.lower[c]  # "reportedly burned"; not '"[maybe]," she told X': her word
        asked = _controlled_by(t)
        if asked in lexicons.terms("request_verbs"):
            return asked  # "would ask everyone to respect X": asked for, before the asker's "would"
    for t in clause_chain(verb):
        if (demanded := bare_demand(t, lexicons)) is not None:
            return demanded  # "is calling for an inquiry be held": demanded, not held
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in hedges:
            return t.head.lower_  # "X is believed to ...", "X appears to ..."
        if t.dep_ == "advcl" and _hedged_as(t, hedges):
            return t.head.lower_  # "girls who were reported as kidnapped": so reported, not known
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in intents:
            return t.head.lemma_.lower()  # "is considering supplying arms": no supply yet
        controlled = _controlled_by(t)
        if controlled is not None:
            return controlled  # "instruct jurors not to play games": asked of them, not done
    timed = time_host(verb)  # "claim it will fade when the public has got used to it": as sure as the fading
    shared = modality_of(timed, lexicons) if timed is not None else None
    if shared is not None:
        return shared
    if top is not None and top.dep_ == "ccomp" and top.head.lemma_.lower() in lexicons.terms("claim_verbs"):
        return ALLEGED  # "X claimed that Y": Y is X's word, not a fact
    if top is not None and top.dep_ == "ccomp":
        hedge = [c for c in top.head.children if c.dep_ == "advmod" and c.lower_ in hearsay]
        if hedge:
            return hedge[0].lower_  # "the video reportedly shows officers pin her arms"
        if _subjunctive(top):
            return top.head.lemma_.lower()  # "insists that the budget include X": a demand, not a fact
    if top is not None and top.dep_ == "ccomp" and top.head.lemma_.lower() in intents:
        return top.head.lemma_.lower()  # "ask that their privacy be respected": a request
    if top is not None and top.dep_ == "ccomp" and _reported_by_nobody(top.head, lexicons):
        return wished_by_subject(top.head, lexicons) or ALLEGED  # "claims were made that Y"
    if top is not None and top.dep_ == "ccomp" and (seeming := _hedged_infinitive(top.head, hedges)):
        return seeming  # "seemed to indicate that it had changed its mind": hedged, not aimed at
    if top is not None and top.dep_ == "ccomp" and aimed_at(top, lexicons):
        return INTENDED  # "monitors the case to ensure the court hands down a fair verdict"
    maker = ensuring_make(top) if top is not None else None
    if maker is not None and modality_of(maker, lexicons) is not None:
        return INTENDED  # "he would make sure advantages were not given": aimed at, not done
    if supposed(verb, clause_chain(verb), lexicons):
        return CONDITIONAL  # "if the rule is adopted, firms will …", "anyone who has information"
    cause = causing_verb(verb)
    if cause is not None:
        return modality_of(cause, lexicons) or _unrealised_cause(cause)
    host = modality_host(verb) or denied_opinion(verb, lexicons)  # "expected to join when …": as expected
    shared = modality_of(host, lexicons) if host is not None else None
    shared = shared or hedging_adjective(verb, lexicons) or hearsay_of(verb, lexicons)
    shared = shared or accused_act(verb, lexicons)  # "accused of fraud and selling arms": alleged
    return shared or future_of(clause_chain(verb), lexicons)  # "will be sentenced": planned, not done


def _hedged_infinitive(verb: Token, hedges: frozenset[str]) -> str | None:
    """The hedging verb an infinitive of saying hangs from ("seemed to indicate", "appears to show"):
    what it says is only as sure as the hedge, and no aim of anyone's."""
    hedged = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in hedges and is_infinitive(verb)
    return verb.head.lower_ if hedged else None


def causing_verb(verb: Token) -> Token | None:
    """The "have"/"get" whose outcome the participle ``verb`` is: "have the videos removed" (an
    ``acl`` on its object), "get the prisoner released" (a ``ccomp`` with its own subject)."""
    if verb.tag_ != "VBN":
        return None
    verb = first_participle(verb)  # "had equipment removed or damaged": the first's "had" is both's
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj":
        cause = head.head
    elif verb.dep_ == "ccomp" and has_child(verb, ("nsubj", "nsubjpass")):
        cause = head
    else:
        return None
    return cause if cause.lemma_.lower() in CAUSATIVE_VERBS else None


def _unrealised_cause(cause: Token) -> str | None:
    """The verb an infinitive cause hangs from, when it does not say the cause happened: "attempted
    to have the videos removed" removed none (``attempt``); "managed to have them removed" did."""
    if cause.dep_ != "xcomp" or not is_infinitive(cause) or cause.head.pos_ != "VERB":
        return None
    lemma = cause.head.lemma_.lower()
    return None if lemma in REALISING_VERBS else lemma


def _subjunctive(clause: Token) -> bool:
    """A "that" clause in the bare form with a subject and no auxiliary ("insists that the budget
    include …", "demanded that he resign"): the mandative subjunctive states a demand, not a fact.
    (The tagger reads "include" after "the budget" as VBP: a singular noun with it is the sign.)"""
    subjects = children_with(clause, ("nsubj", "nsubjpass"))
    if not subjects or has_child(clause, ("aux", "auxpass")) or not has_child(clause, ("mark",), ("that",)):
        return False
    # the bare form, or a plural-looking present after a singular common noun ("the budget include";
    # not after a name: "Microsoft themselves admit" is British agreement)
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and subjects[0].tag_ == "NN")


def fronted_content(clause: Token) -> bool:
    """A clause before its reporting verb whose verb reports another clause after it ("X had
    lauded the jury, but he told the forewoman that ..."): a misparse, not its content."""
    verb = clause.head
    return clause.i < verb.i and any(c.i > verb.i for c in children_with(verb, ("ccomp",)))


def _hedged_as(clause: Token, hedges: frozenset[str]) -> bool:
    """ "were reported as kidnapped", "is described as injured": an "as" clause of a passive
    hedging verb is what the verb's unnamed source says of the subject."""
    head = clause.head
    passive = has_child(head, ("auxpass",))
    return passive and head.lemma_.lower() in hedges and has_child(clause, ("mark",), ("as",))


def _permitting_verb(verb: Token) -> Token | None:
    """The verb of permission whose object ``verb``'s clause is ("let her run", "allow firms to
    sell"), if any."""
    head = verb.head
    if head.i >= verb.i or head.lemma_.lower() not in PERMISSION_VERBS:
        return None  # what is permitted follows the verb that permits it
    return head if _object_clause(verb) else None


def _object_clause(verb: Token) -> bool:
    """``verb``'s clause is what its head verb asks or lets its object do: a clause with its own
    subject ("allow adults to possess", "let her run") or an infinitive after the head's object
    ("asked the agency to determine") or its controlling preposition's ("called on X to stay")."""
    if verb.dep_ == "ccomp":
        return has_child(verb, ("nsubj",))
    objects = any(c.i < verb.i for c in children_with(verb.head, ("dobj",)))
    return verb.dep_ == "xcomp" and (objects or prepositional_controller(verb) is not None)


def _controlled_by(verb: Token) -> str | None:
    """The verb asking an infinitive of its object ("allow adults to possess", "asked the agency
    to determine"): the infinitive's fact is that verb's wish, not a fact of its own."""
    head = verb.head
    if not is_infinitive(verb) or head.lemma_.lower() in IMPLICATIVE_VERBS or head.pos_ != "VERB":
        return None
    if not known_verb(head):
        return None  # "carriersincluding A and B continue to struggle": two words glued, no verb
    if not _object_clause(verb):
        return None
    lemma = head.lemma_.lower()  # "would allow adults to possess", "asked the agency to determine"
    return INTENDED if verb.dep_ == "xcomp" and lemma in MEANS_VERBS else lemma


def _reported_by_nobody(verb: Token, lexicons: Lexicons) -> bool:
    """ "It has been reported that ...", "it is claimed that ...", "reports emerged that ...":
    hearsay without a source. Not "it was found that ...", "it has been announced that ..."
    (``establishing_verbs``): made known, not rumoured."""
    established = verb.lemma_.lower() in lexicons.terms("establishing_verbs")
    impersonal = has_child(verb, ("nsubjpass", "expl"), ("it",)) and not established
    return impersonal or hearsay_subject(verb, lexicons)


def own_sentence(conj: Token) -> bool:
    """A clause with its own subject joined by ", and" to reported content, without a "that" of
    its own ("X said that A, and the ministry has fined B"): the author's, no longer the content."""
    if conj.dep_ != "conj" or not has_child(conj, SUBJ_DEPS):
        return False
    if marked_that(conj):
        return False  # "confirmed that A, and that B": both reported
    head = conj.head
    joined = [c for c in children_with(head, ("cc",)) if c.i < conj.i]
    return bool(joined) and conj.doc[joined[-1].i - 1].text == ","


def _joined_below(verb: Token, top: Token) -> bool:
    """A clause of the author's own joined by ", and" between ``verb`` and the clause ``top`` above
    it ("it is possible that A, and the ban followed B"): ``top``'s modality stops there. Not after
    "or": "whether A, or which group did B" asks both."""
    for t in (verb, *ancestors(verb)):
        if t.i == top.i:
            return False
        if own_sentence(t) and not has_child(t.head, ("cc",), ("or", "nor")):
            return True
    return False


def marked_that(verb: Token) -> bool:
    return has_child(verb, ("mark",), ("that",))
