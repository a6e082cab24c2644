"""A verb's further arguments: prepositional, clausal and bare-noun adjuncts, conditions, an
object's predicative ("called X a non-starter") and what makes a preposition no argument of the
fact (an absolute "with" clause) or part of its relation ("was down by")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from graphbuild.extract.conditional_clauses import CONDITION_MARKS, condition_span
from graphbuild.extract.control import controlled_infinitive
from graphbuild.extract.facts import ExtraArgument
from graphbuild.extract.light_objects import light_noun
from graphbuild.extract.not_denials import NOT_ONLY
from graphbuild.extract.participles import setting_of_participle
from graphbuild.extract.phrases import (
    TokenSpan,
    clause_span,
    completed_span,
    coordinated_span,
    noun_span,
    quote_ids,
    trim,
)
from graphbuild.extract.restrictive import restricted_span
from graphbuild.extract.subjects import WH_WORDS
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, token_table

# Prepositional attachments of a verb, including the passive agent ("by Y").
PREP_DEPS = frozenset({"prep", "agent"})
# Bare noun adjuncts of time or extent ("last year", "three times").
NOUN_ADJUNCT_DEPS = frozenset({"npadvmod", "tmod"})


@dataclass(frozen=True)
class Adjunct:
    """A further argument of a verb: its preposition (if any), head word and phrase."""

    marker: Token | None
    head: Token
    span: TokenSpan
    role: str = ""
    agent: bool = False  # a passive's "by" naming who did it, not how ("by phone")

    def argument(self) -> ExtraArgument:
        return ExtraArgument(self.span, self.marker.i if self.marker is not None else None, self.role)


def adjuncts_of(
    verb: Token,
    lexicons: Lexicons,
    *,
    deps: frozenset[str] = PREP_DEPS,
    fixed: frozenset[str] = frozenset(),
    means: frozenset[str] = frozenset(),
    speech: bool = False,
) -> list[Adjunct]:
    """Prepositional, clausal-prepositional and bare-noun adjuncts of the verb, in sentence order.

    Idioms in ``fixed`` ("at pains", "in order") are no adjuncts; "as" with an adjective is one
    ("described X as very talented"). A passive's "by" with a bare noun of ``means`` ("by phone")
    is no agent, and comes after the "by" that is (see ``means_last``). After a verb of ``speech``
    a quotation opened by a preposition is what was said ('tweeted "For fairness"'), no adjunct.
    """
    out: list[Adjunct] = []
    doc, table, quotes = verb.doc, token_table(verb.doc), quote_ids(verb.doc)
    for c in table.children[verb.i]:
        if table.dep[c] in deps:
            child, agent = doc[c], table.dep[c] == "agent"
            objs = children_with(child, ("pobj",))
            if objs and f"{child.lower_} {objs[0].lower_}" in fixed:
                continue
            if contrasted(child):
                continue  # "went to schools, not to the army": the army got none
            if child.lower_ == "according":
                continue  # "according (to) the witnesses": a source of the clause, no adjunct of its verb
            if speech and quotes[c] and not quotes[verb.i] and c > 0 and doc[c - 1].is_quote:
                continue  # 'tweeted "For fairness"': a quotation opening, no preposition of the verb
            if objs and objs[0].lower_ not in WH_WORDS:
                # "pushing for language that would restrict X": an unspecific noun keeps the clause
                # that says which one (``restrictive``), as a direct object does
                restricted = restricted_span(objs[0], coordinated_span(objs[0]), lexicons)
                own = controlled_span(child, objs[0], restricted)
                span = absolute_span(child, objs[0], completed_span(objs[0], own))
                out.append(Adjunct(child, objs[0], span, agent=agent and not is_means(objs[0], means)))
            elif not objs:
                pcomp = children_with(child, ("pcomp",))
                adjective = (
                    [a for a in children_with(child, ("amod", "acomp")) if a.pos_ == "ADJ"]
                    if child.lower_ == "as"
                    else []
                )
                setting = setting_of_participle(pcomp[0]) if pcomp else None
                degree = degree_phrase(child) if not pcomp else None
                if degree is not None:  # "put the toll at as high as 16": the amount is the object
                    out.append(Adjunct(child, degree, (child.i + 1, child.right_edge.i + 1), agent=agent))
                elif setting is not None:  # "was in Bern attempting to ...": in Bern
                    out.append(Adjunct(child, setting, noun_span(setting), agent=agent))
                elif pcomp:
                    out.append(Adjunct(child, pcomp[0], clause_span(pcomp[0]), agent=agent))
                elif adjective:
                    out.append(Adjunct(child, adjective[0], clause_span(adjective[0]), agent=agent))
        elif table.dep[c] == "dative" or (
            table.dep[c] in NOUN_ADJUNCT_DEPS
            and table.pos[c] in ("NOUN", "PROPN", "NUM")
            and not measures_mark(doc[c])
        ):
            out.append(Adjunct(None, doc[c], noun_span(doc[c])))
    return means_last(out)


def measures_mark(noun: Token) -> bool:
    """A bare noun right before the conjunction of the clause it hangs on ("the attack comes a week
    before the city holds its festival"): it measures how far apart the two events are, so it is no
    time of the clause's own event ("holds the festival" for "a week")."""
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    return after is not None and after.dep_ == "mark" and after.head.i == noun.head.i


def is_means(noun: Token, means: frozenset[str]) -> bool:
    """A bare noun of a means of contact or transport ("by phone", "by video link", "by road"):
    how something was done; with a determiner it may be a doer ("hit by a car")."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    words = {noun.lower_, noun.lemma_.lower(), *(f"{c} {noun.lower_}" for c in compounds)}
    return not words.isdisjoint(means)


def means_last(adjuncts: list[Adjunct]) -> list[Adjunct]:
    """ "was contacted by phone by the lawyer": the passive's agent is chosen before the means."""
    agents = [a for a in adjuncts if a.agent]
    means = [a for a in adjuncts if a.marker is not None and a.marker.dep_ == "agent" and not a.agent]
    if not agents or not means:
        return adjuncts
    return [a for a in adjuncts if a not in means] + means


def idiom_words(verb: Token, lexicons: Lexicons) -> list[int]:
    """Words of a verb idiom that join the relation, no object nor argument: a light verb's noun
    ("took part", "pay tribute"; ``lexicons/light_verbs.txt``) or the preposition and noun that
    complete the verb ("came to an end", "came into force"; ``lexicons/verb_idioms.txt``)."""
    lemma = verb.lemma_.lower()
    for c in children_with(verb, ("dobj",)):
        if has_child(c, ("compound",)) or any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.children):
            continue  # "took Cameron's place", "take the death toll to 73": a thing ("made their way": idiom)
        if light_noun(lemma, c, lexicons.terms("light_verbs")):
            return [c.i]
    for prep in children_with(verb, ("prep",)):
        objs = children_with(prep, ("pobj",))
        if not objs or has_child(objs[0], ("acl", "relcl", "conj")) or has_child(objs[0], ("prep",), ("of",)):
            continue  # "came to the end of the road": a place, not the idiom
        if f"{lemma} {prep.lower_} {objs[0].lemma_.lower()}" in lexicons.terms("verb_idioms"):
            return list(range(prep.i, objs[0].i + 1))
    return []


def idiom_adjuncts(verb: Token, idiom: list[int], fixed: frozenset[str], lexicons: Lexicons) -> list[Adjunct]:
    """The prepositions the noun of a verb idiom takes ("got in touch with X", "drew level with X",
    "was in place for X"): the verb's, as the idiom is one predicate, which they complete."""
    if not idiom:
        return []
    return adjuncts_of(verb.doc[idiom[-1]], lexicons, deps=frozenset({"prep"}), fixed=fixed)


# Words that open a degree phrase standing for an amount ("at as high as 16", "by up to 5%").
DEGREE_DEPS = frozenset({"advmod", "amod", "quantmod", "npadvmod"})


def degree_phrase(prep: Token) -> Token | None:
    """The number a preposition without object governs through a degree phrase ("put the toll at
    as high as 16", "rose by as much as 5%"): the phrase is the amount, the preposition's object."""
    if not has_child(prep, tuple(DEGREE_DEPS)):
        return None
    return next((t for t in prep.subtree if t.i > prep.i and t.like_num), None)


def controlled_span(prep: Token, noun: Token, span: TokenSpan) -> TokenSpan:
    """``span`` with the infinitive the noun is called on to do ("called on | residents to stay
    indoors"; ``control.PREPOSITIONAL_CONTROL``): without it the call reads as a visit."""
    infinitive = controlled_infinitive(prep, noun)
    if infinitive is None or infinitive.right_edge.i < span[1]:
        return span
    return trim(noun.doc, span[0], infinitive.right_edge.i + 1)


# Adverbs that make a preposition name the alternative not taken: "sued A instead of B", "flew to A
# rather than to B" say nothing was done to B.
ALTERNATIVE_ADVERBS = frozenset({"instead", "rather"})


def contrasted(prep: Token) -> bool:
    """A preposition with its own "not" ("is one for the voters, not for this court") or naming the
    alternative not taken ("sued A instead of B"): where the fact does not hold; "not only in X"
    holds in X too."""
    doc = prep.doc
    if prep.lower_ in ALTERNATIVE_ADVERBS or has_child(prep, ("advmod",), ALTERNATIVE_ADVERBS):
        return True
    nots = [c for c in prep.children if c.dep_ == "neg"]
    return any(c.i + 1 >= len(doc) or doc[c.i + 1].lower_ not in NOT_ONLY for c in nots)


def conditions_of(verb: Token) -> list[Adjunct]:
    """Clauses opened by "if"/"unless": kept as the fact's ``condition`` argument, never dropped."""
    return [
        Adjunct(None, c, condition_span(c), role="condition")
        for c in children_with(verb, ("advcl",))
        if has_child(c, ("mark",), CONDITION_MARKS)
    ]


def object_predicatives(verb: Token, direct: list[Token]) -> tuple[list[Token], list[int], list[Adjunct]]:
    """Split what an object is called or made from the object itself: with a direct object, an
    object predicative is no object of its own. Before the object it joins the relation ("shot dead
    12 people": shot dead → people); after it, it is the object's ``as`` argument ("called the
    plan a non-starter", "called X humble": called → the plan, as a non-starter)."""
    objects = [o for o in direct if o.dep_ == "dobj"]
    predicatives = [o for o in direct if o.dep_ == "oprd"]
    if not objects or not predicatives:
        return direct, [], []
    doc, first = verb.doc, objects[0]
    before = [p.i for p in predicatives if p.i < first.i and p.pos_ == "ADJ" and not list(p.children)]
    after = [p for p in predicatives if p.i > first.i]
    adjuncts: list[Adjunct] = []
    if after:
        left = min(p.left_edge.i for p in after)
        right = max(p.right_edge.i for p in after) + 1
        left, right = trim(doc, left, right)
        if right > left:
            adjuncts.append(Adjunct(None, after[0], (left, right), role="as"))
    kept = [o for o in direct if o.dep_ != "oprd"]
    return kept, before, adjuncts


# Adverbs of direction or standing that complete a verb before its preposition ("was down by 2%",
# "went up to"; "had been ahead in the series", "pressed ahead with", "came together in", "fell
# behind on"): without them the relation states another fact ("had been in the series").
DIRECTION_ADVERBS = frozenset(
    {"up", "down", "out", "off", "back", "away"}
    | {"ahead", "behind", "forward", "together", "apart", "along", "aside"}
)


def direction_before(verb: Token, marker: Token, relation: tuple[int | str, ...]) -> tuple[int, ...]:
    """The direction adverb of the verb just before the chosen preposition, unless ``relation``
    (the fact's parts) holds it already: "turnout was down by 1.5%" is not "turnout was by 1.5%";
    or the measure of the preposition ("500 miles from")."""
    measure = [c for c in marker.children if c.dep_ == "npadvmod" and c.i < marker.i]
    if measure:  # "hijacked 500 miles from the coast" is no "hijacked from the coast"
        words = range(measure[0].left_edge.i, marker.i)
        return tuple(i for i in words if i not in relation)
    before = marker.doc[marker.i - 1] if marker.i > 0 else None
    if before is None or before.head.i != verb.i or before.dep_ not in ("advmod", "prt"):
        return ()
    return (before.i,) if before.lower_ in DIRECTION_ADVERBS and before.i not in relation else ()


# Prepositions that open an absolute clause: "with/without" + noun + participle.
ABSOLUTE_MARKERS = frozenset({"with", "without"})


def absolute_clause(adjunct: Adjunct) -> bool:
    """ "…, with some people working without pay": a "with" set off by a comma whose noun has a
    participle of its own states a circumstance beside the clause, not what the verb relates."""
    marker = adjunct.marker
    if marker is None or marker.lower_ not in ABSOLUTE_MARKERS:
        return False
    if not (marker.is_sent_start or marker.doc[marker.i - 1].text == ","):
        return False  # "met with leaders advocating action": a reduced relative on the object
    head = adjunct.head
    if head.tag_ in PARTICIPLE_TAGS:  # parsed as a clause: "with [people working]"
        return has_child(head, ("nsubj", "nsubjpass"))
    return any(c.dep_ == "acl" and c.tag_ in PARTICIPLE_TAGS for c in head.children)


PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def absolute_span(marker: Token, noun: Token, span: TokenSpan) -> TokenSpan:
    """ "with militants controlling the north", "with 2,000 injured": the participle of an absolute
    clause says what holds of its noun, which alone ("with militants", "with 2,000") says nothing.
    A past participle makes one only after a count ("with 12 people hurt"); after another noun it
    is most often a reduced relative that only narrows it ("comply with a ruling made in May")."""
    if marker.lower_ not in ABSOLUTE_MARKERS:
        return span
    counted = noun.tag_ == "CD" or has_child(noun, ("nummod",))
    participles = [
        c
        for c in noun.children
        if c.dep_ == "acl" and c.i > noun.i and (c.tag_ == "VBG" or (c.tag_ == "VBN" and counted))
    ]
    if not participles:
        return span
    return trim(noun.doc, span[0], max(span[1], participles[-1].right_edge.i + 1))


def conjunct_adjuncts(obj: Token, adjuncts: list[Adjunct]) -> list[Adjunct]:
    """The adjuncts an object conjunct takes: not a phrase between the first conjunct and it ("earned
    a degree in law, and a medical degree": law is the first degree's field, said before the
    second one is named). The parse may make the later one a second direct object of the verb."""
    first = obj
    while first.dep_ == "conj":
        first = first.head
    if obj.dep_ == "dobj":
        first = next((c for c in obj.head.children if c.dep_ == "dobj" and c.i < obj.i), obj)
    if first is obj:
        return adjuncts
    return [a for a in adjuncts if not first.i < _start(a) < obj.left_edge.i]


def _start(adjunct: Adjunct) -> int:
    return adjunct.marker.i if adjunct.marker is not None else adjunct.span[0]


__all__ = [
    "ABSOLUTE_MARKERS",
    "DEGREE_DEPS",
    "DIRECTION_ADVERBS",
    "NOUN_ADJUNCT_DEPS",
    "PARTICIPLE_TAGS",
    "PREP_DEPS",
    "Adjunct",
    "absolute_clause",
    "absolute_span",
    "adjuncts_of",
    "conditions_of",
    "conjunct_adjuncts",
    "degree_phrase",
    "direction_before",
    "idiom_adjuncts",
    "idiom_words",
    "is_means",
    "measures_mark",
    "object_predicatives",
]
