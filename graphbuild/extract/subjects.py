"""Who does it: the subject of a predicate, inherited through coordination ("X tried, but
failed"), control and raising ("X tried to shoot"), relative clauses ("operatives who tried"),
participles ("fighters seeking to drive") and existentials ("there is no control").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.antecedents import (
    antecedent,
    called_an_act,
    caused_by_clause,
    clause_on_a_time,
    number_clash,
    verb_number,
)
from graphbuild.extract.control import prepositional_controller
from graphbuild.extract.coordination import stranded_subject
from graphbuild.extract.far_participles import according_speaker
from graphbuild.extract.fronted import without_fronted_appositive
from graphbuild.extract.misattached import dated_participle_noun, relative_before_conjunct
from graphbuild.extract.participle_doers import doer_above, state_consequence
from graphbuild.extract.participles import (
    consequence_of_act,
    counted_absolute,
    in_participle_objects,
    named_before_comma,
    participle_after_noun,
    setting_of_participle,
    source_of_participle,
    speaker_of_participle,
    time_participle,
    with_absolute,
)
from graphbuild.extract.phrase_participles import fronted_document
from graphbuild.extract.phrases import MAX_DEPTH, TokenSpan, ancestors, conjuncts_after, noun_span, trim
from graphbuild.extract.qualifiers import MEANS_VERBS, SUBJ_DEPS, is_infinitive
from graphbuild.extract.restrictive import restricting_clause
from graphbuild.extract.subordinated import subordinated_subject
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, conjunct_indices, has_child, token_table

# Relative and question words: they stand for an antecedent, never for themselves.
WH_WORDS = frozenset({"who", "which", "that", "whom", "whose", "what", "where", "when"})


# A relative clause modifies a noun; the parser sometimes hangs one on a verb, which it cannot be about.
CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def subjects(verb: Token, lexicons: Lexicons) -> list[Token]:
    """Subjects of a verb, inherited through coordination, control, participles and relatives.

    Inherits through at most ``MAX_DEPTH`` verbs, with a loop: chains can be a thousand deep.
    """
    conjunct = None  # the first coordinated verb passed on the way up
    for _ in range(MAX_DEPTH + 1):
        found = children_with(verb, SUBJ_DEPS)
        if has_child(verb, ("expl",)):
            # existential: "there is no control in the north" -> the thing that is, is the subject
            return conjuncts_after(children_with(verb, ("attr", "dobj"))[:1])
        if setting_of_participle(verb) is not None:
            verb = verb.head.head  # "was in Bern attempting to ...": whoever was there attempts
            continue
        speaker = speaker_of_participle(verb, lexicons) if not found else None
        if speaker is not None:
            verb = speaker  # "said that X was Y, pledging …": the speaker pledges
            continue
        if source_of_participle(verb) is not None:
            return []  # "a document from Wikileaks detailing symbols": the document's, not Wikileaks'
        lent = (
            with_absolute(verb)
            or named_before_comma(verb)
            or stranded_subject(verb)
            or subordinated_subject(verb)
            or fronted_document(verb, lexicons)
        )
        if (lent := lent or according_speaker(verb, lexicons)) is not None:
            return [lent]  # "…, with the next country, Spain, reporting 400 cases": Spain reports
        found = [gerund_subject(s, verb) for s in without_fronted_appositive(found)]
        if found:
            if any(c.dep_ == "csubj" for c in found) and any(c.dep_ == "nsubj" for c in found):
                return []  # "Killing all the officials would have ...": the gerund's object misparsed
            if verb.dep_ == "relcl" and len(found) == 1 and found[0].lower_ in WH_WORDS:
                # "operatives who tried" -> operatives; "A who will waste ... and B which will give":
                # a conjunct after the relative clause is not what the clause is about
                noun = antecedent(verb, lexicons)
                if noun.pos_ in CLAUSE_HEADS:
                    return []  # "grown … with over 1,000 in Poland which are…": hung on a verb, a misparse
                if clause_on_a_time(verb, noun, lexicons):
                    return []  # "took it in April 1964, which transformed him": the taking did
                if called_an_act(found[0], verb, lexicons):
                    return []  # "a stabbing in Lund, which was called an attack": the stabbing, said before
                if caused_by_clause(found[0], verb, lexicons):
                    return []  # "X hit a wall in the race, which prompted …": the crash, not the race
                if _singular_verb(verb) and _plural(noun):
                    return []  # "through kiosks, vendors and shops, which is outrageous": about the clause
                if found[0].lower_ != "who" and number_clash(verb, noun):
                    return []  # "leaks in a pipe which were fixed": not the pipe's, and unclear whose
                return [noun, *(c for c in conjuncts_after([noun])[1:] if c.i < verb.left_edge.i)]
            if conjunct is not None and _number_clash(conjunct, verb, found):
                return []  # "the inquiry is ongoing and are continuing to ...": not the inquiry's act
            if conjunct is not None and _tensed_after_modal(conjunct, verb):
                return []  # "hoped the ship could serve as a hotel and had told X": not the ship's act
            if conjunct is not None and _after_relative_clause(conjunct, verb):
                return []  # "a student who had torn papers and punched a teacher": the student's act
            return [s for s in conjuncts_after(found) if not in_participle_objects(s, found)]
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            conjunct = conjunct or verb
            verb = relative_before_conjunct(verb) or head  # coordinated verbs share a subject
        elif verb.dep_ == "xcomp" and head.pos_ == "VERB" and _controller(verb) is not None:
            # object control: "the judge told her to rest" -> she rests, not the judge
            return conjuncts_after([_controller(verb)])
        elif verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            verb = head  # control and raising: "X tried to shoot down" -> X shoot down
        elif verb.dep_ == "xcomp" and head.dep_ == "acomp":
            verb = head.head  # "Coke has been able to improve" -> Coke improve
        elif verb.dep_ == "relcl":
            noun = antecedent(verb, lexicons)  # "a site used by", relative with the subject gap
            return [] if noun.pos_ in CLAUSE_HEADS or clause_on_a_time(verb, noun, lexicons) else [noun]
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and (_time_spent(head) or doer_above(verb, lexicons)):
            verb = head.head  # "Kampusch is spending time receiving care", "had trouble finding": hers
        elif verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = antecedent(verb, lexicons)  # participle: "fighters seeking to", "missiles looted from"
            return [] if clause_on_a_time(verb, noun, lexicons) else [noun]  # "after ten minutes trapped"
        elif verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("VERB", "AUX"):
            if counted_absolute(verb) or time_participle(verb):
                return []  # "killed 21 people, most being nationals": most of them, not the killer
            if consequence_of_act(verb, lexicons) or state_consequence(verb, lexicons):
                return []  # "Acme hid a spill, resulting in a lawsuit", "X is away, meaning …": not X
            if (dated := dated_participle_noun(verb)) is not None:
                return [dated]  # "recalled the heaters, first sold in 2011": the heaters were sold
            verb = head  # "..., warning them": the main clause's subject
        else:
            return []
    return []


# Verbs whose object is time spent doing what the gerund after it says ("spent years fighting").
SPENDING_VERBS = frozenset({"spend", "waste"})


def _time_spent(noun: Token) -> bool:
    """``noun`` is the object of a verb of spending time: the gerund on it is the spender's act."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in SPENDING_VERBS


def gerund_subject(subject: Token, verb: Token) -> Token:
    """The subject of a gerund clause is the noun right before the gerund: "the anniversary of the
    human race becoming a space-faring species" is about the race becoming so, and the parse that
    makes the anniversary its subject reads the "of" phrase's object as the whole clause's."""
    if verb.tag_ != "VBG" or subject.pos_ != "NOUN" or has_child(verb, ("aux",)):
        return subject
    for prep in subject.children:
        objects = children_with(prep, ("pobj",))
        if prep.lower_ == "of" and objects and objects[0].right_edge.i + 1 == verb.i:
            return objects[0]
    return subject


def doubtful_subject(verb: Token) -> bool:
    """A subject the parse lends but grammar doubts: the noun an infinitive completes ("the
    chance to defend himself": the chance defends nothing), the patient of a passive main
    clause lent to a participle ("the convoy was attacked using bombs": it used nothing)."""
    top = _controlling_verb(verb)
    if top.dep_ == "acl" and _complement_infinitive(top):
        return True  # also through the infinitives it governs: "the ability to continue to attack"
    if verb.dep_ == "relcl" and any(
        c.dep_ == "det" and c.lower_ in ("any", "no") for c in verb.head.children
    ):
        return True  # "nor any vote in the College that elects the President": no such vote
    if _relative_on_a_modifier(verb):
        return True  # "an earthquake with magnitude 6.3 that struck": the earthquake struck
    if _infinitive_with_for(verb):
        return True  # "it is easier for our kids to buy cannabis": an appraisal, no act
    head = verb.head
    if _trailing_passive_infinitive(verb.head if verb.dep_ == "xcomp" else verb):
        return True  # "committed to holding a trial, expected to begin in May": the trial begins
    if participle_after_noun(_controlling_verb(verb)):
        return True  # "had a new range of shoes, named Stride": the range is named, not its maker
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBG", "VBN")
        and verb.i > head.i
        and not any(c.dep_ in (*SUBJ_DEPS, "mark") for c in verb.children)  # "while meeting ..., he was"
        and has_child(head, ("nsubjpass", "auxpass"))
    )


# Prepositions whose object describes the noun they hang on ("an attack on a bank", "a quake
# with magnitude 6.3"): a relative clause after that object is as likely about the noun.
MODIFIER_PREPOSITIONS = frozenset({"with", "on"})


def _relative_on_a_modifier(verb: Token) -> bool:
    """A relative clause with the subject gap on the object of "with" or "on" that modifies a noun
    ("a quake with magnitude 6.3 that struck", "a test on the woman, which returned"): it is as
    often about the noun before the preposition as about the nearest one, the parse's; grammar
    cannot tell, so no fact. A name keeps it ("an influence on Ann Lee, who wrote"). Likewise a
    gerund ("a notice on the front page explaining the situation": the notice explains)."""
    relative = verb.dep_ == "relcl" and any(
        c.lower_ in WH_WORDS and c.dep_ in SUBJ_DEPS for c in verb.children
    )
    gerund = verb.dep_ == "acl" and verb.tag_ == "VBG"
    if not (relative or gerund):
        return False
    noun = verb.head
    prep = noun.head
    if noun.pos_ != "NOUN" and noun.ent_type_ not in ("DATE", "TIME"):
        return False
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in MODIFIER_PREPOSITIONS
        and prep.dep_ == "prep"
        and (prep.head.pos_ in ("NOUN", "PROPN", "PRON") or (gerund and _object_before(prep)))
    )


def _object_before(prep: Token) -> bool:
    """ "posted a notice on the page explaining …": the verb's object stands before the preposition."""
    return any(c.dep_ == "dobj" and c.i < prep.i for c in prep.head.children)


def _controlling_verb(verb: Token) -> Token:
    """The verb at the top of a chain of open complements ("to continue to be able to attack" ->
    "continue") and of coordinated verbs without a subject of their own ("the willingness of donors
    to fund and support": "support" as "fund"), whose subject every verb of the chain inherits."""
    for _ in range(MAX_DEPTH):
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ in CLAUSE_HEADS and not has_child(verb, SUBJ_DEPS):
            verb = head
            continue
        if verb.dep_ != "xcomp":
            break
        if head.pos_ in CLAUSE_HEADS:
            verb = head
        elif head.dep_ == "acomp":
            verb = head.head
        else:
            break
    return verb


def _trailing_passive_infinitive(verb: Token) -> bool:
    """A passive participle with an infinitive ("expected to", "set to") after the clause's object:
    a reduced relative on that object that the parse hung on the verb, not said of the subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < verb.head.i:
        return False
    if not any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children):
        return False
    head = verb.head
    between = head.doc[head.i + 1 : verb.i]
    return any(t.dep_ in ("dobj", "pobj") for t in between) and any(t.text == "," for t in between)


def _after_relative_clause(conjunct: Token, verb: Token) -> bool:
    """A verb the parse coordinated with ``verb``'s clause across a relative clause with no comma
    to close it ("X taped a student who had torn papers and punched a teacher"): it goes on with
    the relative clause, whose subject is not ``verb``'s. After a comma the relative clause is
    closed ("entered the centre, which treats patients, and shot a nurse"; likewise a closing quote
    or bracket) and the main clause goes on."""
    doc = conjunct.doc
    joins = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.left_edge.i]
    if not joins or doc[joins[-1].i - 1].is_punct:
        return False  # a comma, or a closing quote or bracket, ends the relative clause
    return any(
        t.lower_ in ("who", "which") and t.dep_ in SUBJ_DEPS and t.head.i != verb.i
        for t in doc[verb.i + 1 : joins[-1].i]
    )


def _tensed_after_modal(conjunct: Token, verb: Token) -> bool:
    """A verb with a tense of its own cannot share a modal ("could serve … and had previously told"):
    the parse joined it to the clause under the modal; it goes on the clause above."""
    if conjunct.head.i != verb.i or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    own = [c for c in conjunct.children if c.dep_ in ("aux", "auxpass") and c.i < conjunct.i]
    return any(c.tag_ in FINITE_TAGS for c in own)  # "cut" after "would fund … but": no tense told


# Penn tags of a verb with a tense of its own (past, present).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _number_clash(conjunct: Token, verb: Token, found: list[Token]) -> bool:
    """Coordinated verbs that share a noun subject agree in number: when one is marked singular
    ("is", "has") and the other plural ("are", "were"), the parse hung the second on the wrong
    clause, and the subject it lends is not the second's."""
    if not all(s.pos_ in ("NOUN", "PROPN") for s in found):
        return False  # "I am … and have": the form of a verb after "I" or "you" tells no number
    one, other = verb_number(conjunct), verb_number(verb)
    return one is not None and other is not None and one != other


def disagreeing_subject(verb: Token, subjs: list[Token]) -> bool:
    """ "Two men charged after the body was dumped into a river": a plural noun as the verb's own
    subject while the verb is marked singular is the parse's misreading; the verb has another
    subject. Not a measure ("Ten years is long") nor a noun singular in sense ("politics is")."""
    if verb_number(verb) != "singular":
        return False
    if not has_child(verb, ("aux", "auxpass")) and not verb.lower_.endswith("s"):
        return False  # "posts divulge" tagged VBZ: the form says nothing singular
    return any(
        s.head.i == verb.i
        and s.tag_ == "NNS"
        and s.is_lower  # "Byers does not oppose": a name the tagger took for a plural
        and s.ent_type_ not in MEASURE_ENTITIES
        and not s.lower_.endswith(SINGULAR_ENDINGS)
        and not has_child(s, ("conj",))
        for s in subjs
    )


# Endings of words that look plural but are not: "politics is", "the fall-out southwards has".
SINGULAR_ENDINGS = ("ics", "wards")
# Entity types of a measure, which takes a singular verb in the plural ("ten years is long").
MEASURE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def _singular_verb(verb: Token) -> bool:
    """A present or past verb marked singular ("is", "was", "costs"), itself or by its auxiliary."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBZ" or w.lower_ == "was" for w in words)


def _plural(noun: Token) -> bool:
    """A plural noun phrase: a plural common noun, or coordinated nouns ("A, B and C"); not a name,
    whose form says nothing of its number ("France Televisions, which employs")."""
    if noun.pos_ == "PROPN":
        return False
    return noun.tag_ == "NNS" or has_child(noun, ("conj",))


def _infinitive_with_for(verb: Token) -> bool:
    return is_infinitive(verb) and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _complement_infinitive(acl: Token) -> bool:
    """An infinitive completing its noun ("the chance to defend", "a plan to build"), not saying
    what the noun does; except after a ranking ("the second country to legalise", "the largest
    storm to reach"), where the noun is the doer."""
    if not is_infinitive(acl):
        return False
    return not any(ranks(c) for c in acl.head.children)


def ranks(token: Token) -> bool:
    """An ordinal or a superlative that ranks a noun among others of its kind ("second", "largest")."""
    return token.tag_ in ("JJS", "RBS") or token.lower_ in RANKING_WORDS or token.ent_type_ == "ORDINAL"


# Words that rank a noun, so its infinitive says what the noun does ("the only man to finish").
RANKING_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only", "next", "latest"})


def _controller(xcomp: Token) -> Token | None:
    """The object of the verb that governs an infinitive, when that object is who acts in it.

    ``told her to rest``, ``urged voters to stay``: the object, not the subject, rests and stays;
    so does the object of a controlling preposition (``called on voters to stay``).
    Verbs of promising keep subject control (``promised voters to cut taxes``), and so do verbs
    whose object is a means (``used its powers to crack down``: the powers crack down on nothing).
    """
    head = xcomp.head
    means = head.lemma_ in MEANS_VERBS and (xcomp.tag_ != "VBG" or head.lemma_ in SPENDING_VERBS)
    if head.lemma_ in SUBJECT_CONTROL_VERBS or means:  # but "used data showing X": the data show it
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < xcomp.i]
    return objects[0] if objects else prepositional_controller(xcomp)


# Verbs whose object does not do what their infinitive says.
SUBJECT_CONTROL_VERBS = frozenset({"promise", "vow", "pledge", "threaten"})


def generic_span(noun: Token, verb: Token) -> TokenSpan:
    """A bare plural subject keeps the clause that restricts it: "people held in contempt are
    referred to prosecutors" is said of those people, not of people. A noun with a determiner or
    a name refers on its own ("the man arrested on Friday was charged"), except before a copula,
    which equates the phrase as its relative clause restricts it."""
    own = _own_clause(noun, verb) or relative_before_conjunct(verb)
    if own is not None:
        return noun_span(noun, outside=own)  # "fires in a barn which were set": the clause is the fact
    if verb.lemma_ == "be" and restricting_clause(noun):
        return noun_span(noun, restrictive=True, outside=verb)  # "the Republicans that voted for X were …"
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return noun_span(noun)
    if any(a.i == noun.i for a in ancestors(verb)):
        return noun_span(noun)  # the fact of the restricting clause itself ("friends who want to …")
    return noun_span(noun, restrictive=True, outside=verb)


def _own_clause(noun: Token, verb: Token) -> Token | None:
    """The relative clause or participle holding ``verb`` that hangs deeper in ``noun``'s phrase
    ("two fires in a barn which were set": said of the fires): the phrase ends before it."""
    for clause in (verb, *ancestors(verb)):
        if clause.i == noun.i:
            return None
        deeper = clause.head.i != noun.i and noun.i in (a.i for a in ancestors(clause))
        if clause.dep_ in ("relcl", "acl") and deeper:  # "an excess of tablets caused by X" (antecedents)
            return clause
    return None


def with_complement(noun: Token, span: TokenSpan, verb: Token) -> TokenSpan:
    """A subject keeps the infinitive that completes it: "a will to protect the euro has led X" is
    said of that will, and "a will" alone says nothing. Not an infinitive set off by a comma, nor one
    that holds the verb itself (its own fact, whose subject is the bare noun)."""
    doc = noun.doc
    right = span[1]
    for c in noun.children:
        if (
            c.dep_ == "acl"
            and is_infinitive(c)
            and c.i > noun.i
            and c.right_edge.i < verb.i
            and c.left_edge.i == right
            and doc[c.left_edge.i - 1].text != ","
        ):
            right = c.right_edge.i + 1
    return span[0], right


def existential_span(noun: Token) -> TokenSpan:
    """The subject of an existential, up to its first preposition ("no control" in the north)."""
    left, right = noun_span(noun)
    preps = [c.i for c in children_with(noun, ("prep",)) if c.i > noun.i]
    return trim(noun.doc, left, min([right, *preps]))


# Coordinators that assert neither conjunct alone: "the primary or caucus is set for March 3".
DISJUNCTIONS = frozenset({"or"})


def disjunction(first: Token) -> bool:
    """Conjuncts joined by "or": the clause holds of one of them, not of each, so they stay one
    subject ("the next primary election or caucus is scheduled"; "caucus is scheduled" misstates it)."""
    table = token_table(first.doc)
    dep, lower, words = table.dep, table.lower, [first.i, *conjunct_indices(table, first.i)]
    return any(dep[c] == "cc" and lower[c] in DISJUNCTIONS for t in words for c in table.children[t])


def counted_coordination(first: Token, rest: list[Token]) -> bool:
    """A number on the first of coordinated bare nouns counts them all ("3,000 men and women",
    "two cars and vans"): the later ones have no determiner or modifier of their own."""
    return has_child(first, ("nummod",)) and all(
        t.pos_ == "NOUN" and all(c.dep_ in ("cc", "punct", "conj") for c in t.children) for t in rest
    )
