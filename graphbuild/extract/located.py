"""Facts of a noun placed by a name after a preposition of place: ``Henry Wood Hall in Glasgow`` ->
(Henry Wood Hall, is in, Glasgow); only variants where the noun names no one thing to place."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphbuild.extract.antecedents import personal
from graphbuild.extract.facts import Fact, as_variants
from graphbuild.extract.phrases import TIME_ENTITIES, coordinated_span, noun_span, trim
from graphbuild.extract.qualifiers import is_infinitive, modality_of
from graphbuild.extract.relations import be_form
from graphbuild.extract.titles import title_piece
from graphbuild.lexicons import Lexicons
from graphbuild.model import evolve

_NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Determiners of a quantified noun ("any vote", "no vote"): it names no one thing to place.
_QUANTIFIERS = frozenset({"any", "no", "every", "each", "neither", "either"})
# Words that count a plural noun without saying which ("many people in X", "other drivers in Y"): a
# place after it marks out whom the clause is about, and places no one thing.
_VAGUE_COUNTS = frozenset({"other", "many", "several", "some", "most", "few", "numerous", "various"})
# Links of the words that make a noun one thing: "the hall", "its hall", "two halls".
_DETERMINING_DEPS = frozenset({"det", "poss", "nummod", "predet"})
# Word lists of bare nouns a place still locates: bodies of people and the heads of their names
# ("police in Baytown", "council in Leeds"), happenings, hostile acts.
_LOCATED_KINDS = ("collective_nouns", "organization_heads", "happening_nouns", "event_nouns")
# Links of a noun said of something else: a copula's complement ("X is a popular drug in Y"), an
# object's predicate ("named X the best player in Y").
_PREDICATE_DEPS = frozenset({"attr", "oprd"})


def located_facts(prep: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """Located facts; a common noun inside another's phrase ("restrictions over air travel in Europe"),
    quantified ("nor any vote in the Electoral College") only as variants. Most prepositions place
    nothing (no name after them), so the tests of doubt wait for a fact to test."""
    facts = list(_located_facts(prep, lexicons))
    if not facts:
        return
    noun = prep.head
    nested = noun.dep_ == "pobj" and noun.head.head.pos_ in _NOMINAL_POS and noun.pos_ != "PROPN"
    vague = any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in noun.children)
    doubtful = nested or vague or _bare_singular(noun, lexicons) or _crowd(noun, lexicons)
    doubtful = doubtful or _unasserted(noun, lexicons) or predicated(noun) or _post_title(noun, lexicons)
    yield from as_variants(iter(facts), doubtful or _person_acted_on(noun, lexicons))


def _post_title(noun: Token, lexicons: Lexicons) -> bool:
    """A capitalised title ("the Deputy Director General of News at the BBC", "the Chief Engineer at
    Acme"): its preposition says where the post is held, a part of the title; the post is no thing
    placed there (its holder's role fact says it)."""
    return noun.pos_ == "PROPN" and not noun.ent_type_ and noun.lemma_.lower() in lexicons.terms("role_nouns")


def predicated(noun: Token) -> bool:
    """A common noun said of something else: a copula's complement ("fentanyl is a popular drug in
    Kamloops", "it is the worst flood in Peru since 1998") or a role after "as" ("serve as holidays in
    the north", "landfall as a hurricane in the Keys"). It names a class or a role, no one thing; the
    place bounds what is said ("popular in Kamloops"), so "a popular drug is in Kamloops" says
    nothing. A name keeps its place ("the venue is Carver Hall in Leeds"), and so does a noun after
    an existential "there" ("there were nails in the bag"), which says where things are."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ in _PREDICATE_DEPS:
        return not any(c.dep_ == "expl" for c in noun.head.children)
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "as" and not _such_as(prep)


def _such_as(prep: Token) -> bool:
    """ "such as X", "as well as X": "as" lists examples or adds an item, it gives no role."""
    doc = prep.doc
    before = doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return before in ("such", "well") or any(c.lower_ == "such" for c in prep.children)


def _person_acted_on(noun: Token, lexicons: Lexicons) -> bool:
    """A person attacked (``attack_verbs``: "shooting a policeman in Leeds") or named after a noun's
    "of" ("the disappearance of Jo Smith in Swindon"): the place is where the act happened; the
    person may have left it or died there, so "the policeman is in Leeds" is no fact the sentence
    states. Other verbs keep it: "bringing the parties in Syria to talks" names which parties."""
    if not personal(noun, lexicons):
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in lexicons.terms("attack_verbs")
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"


def _bare_singular(noun: Token, lexicons: Lexicons) -> bool:
    """A singular common noun with no determiner, possessor or number ("tuna consumption in Japan",
    "arrested on suspicion of rape in London", "directing aircraft near Miami", "on sale in the US"):
    a mass noun, an activity or a word of a fixed phrase, no one thing the name places; the place
    belongs to the clause. Not a body of people ("police in Baytown", ``collective_nouns``,
    ``organization_heads``), nor a happening, which a place does locate ("severe flooding in
    Kenya", ``happening_nouns``)."""
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or any(lemma in lexicons.terms(name) for name in _LOCATED_KINDS):
        return False
    return not any(c.dep_ in _DETERMINING_DEPS for c in noun.children)


def _crowd(noun: Token, lexicons: Lexicons) -> bool:
    """A plural noun for people at large ("people in Daraa protested", "sources at the ministry said";
    ``crowd_nouns``) or one counted without saying which ("many supermarkets in the EU", "other
    drivers in the race"), with no article, possessor or number: the place marks out whom the clause
    is about, and "people are in Daraa" says nothing. Happenings keep their place ("numerous attacks
    in Iran", ``_LOCATED_KINDS``); "the people in X", "two sources at Y" pick out who."""
    if noun.tag_ not in ("NNS", "NNPS") or any(
        noun.lemma_.lower() in lexicons.terms(k) for k in _LOCATED_KINDS
    ):
        return False
    counts = [c for c in noun.children if c.dep_ in ("det", "amod") and c.lower_ in _VAGUE_COUNTS]
    if any(c.dep_ in _DETERMINING_DEPS and c not in counts for c in noun.children):
        return False
    crowd = lexicons.terms("crowd_nouns")
    return bool(counts) or noun.lemma_.lower() in crowd or noun.lower_ in crowd


def _unasserted(noun: Token, lexicons: Lexicons) -> bool:
    """A noun of a negated or existential clause ("there were not enough votes in the Senate",
    "there were more fires in Brazil"), or an event of an unrealised one ("a plan to launch attacks
    in X", "would face trial in the Senate"; ``event_nouns``, ``held_events``; a plane someone tried
    to shoot down was still where it was): its place is no plain fact."""
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    words = (noun.lemma_.lower(), noun.lower_)
    if any(w in lexicons.terms(name) for name in ("event_nouns", "held_events") for w in words) and (
        is_infinitive(clause)
        or (clause.pos_ in ("VERB", "AUX") and modality_of(clause, lexicons) is not None)
    ):
        return True  # "a plan to launch attacks in X": an event still to come took place nowhere yet
    return any(c.dep_ in ("neg", "expl") for c in clause.children)


def _located_facts(prep: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """``Henry Wood Hall in Glasgow`` -> (Henry Wood Hall, is in, Glasgow): a noun placed by a name."""
    noun = prep.head
    if noun.pos_ not in _NOMINAL_POS or prep.lower_ not in lexicons.terms("place_prepositions"):
        return
    if noun.dep_ == "appos":
        return  # "X, an official at Y": the apposition's facts say it
    pobj = [c for c in prep.children if c.dep_ == "pobj"]
    if (
        not pobj
        or pobj[0].pos_ != "PROPN"
        or prep.i < noun.i
        or title_piece(pobj[0], lexicons.terms("role_nouns"))
    ):
        return  # ("Commander in Chief": one title, no place)
    left, _ = noun_span(noun)
    subject = trim(noun.doc, left, prep.i)
    if subject[1] <= subject[0]:
        return
    relation = (be_form(noun, tensed=False), prep.i)
    fact = Fact(subject, relation, coordinated_span(pobj[0]), lemma=f"be {prep.lower_}", kind="located:in")
    # "the province at 04:32 AM": a time dates the clause, it places nothing (a variant for Open IE)
    yield evolve(fact, variant=True) if pobj[0].ent_type_ in TIME_ENTITIES else fact
