"""The noun a relative clause stands for: "who" is a person, never the place or thing the parse
hung the clause on ("officers in East Harlem, New York who were responding": the officers), the
member of a group after "among", the name a description or a copula equates."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.light_nouns import idiom_subject
from graphbuild.extract.phrases import MAX_DEPTH, TIME_ENTITIES
from graphbuild.extract.thing_relatives import thing_for_which
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child


def _person_for_who(relcl: Token, lexicons: Lexicons) -> Token | None:
    """ "who" stands for a person: a relative clause the parse hung on a thing ("optimistic about
    the venture, such as Ann Tell of Acme, who said …") is about the person named between the
    thing and "who", set off by a comma. None when the noun may be a person or no person is named
    in between."""
    if not _who_clause(relcl):
        return None
    noun = relcl.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or _person_noun(noun, lexicons):
        return None
    doc = relcl.doc
    if doc[relcl.left_edge.i - 1].text != ",":
        return None  # "users on Twitter who …": a restrictive relative sits on its own noun
    names = [
        t
        for t in doc[noun.i + 1 : relcl.left_edge.i]
        if t.ent_type_ == "PERSON" and not (t.head.ent_type_ == "PERSON" and t.head.i > t.i)
    ]
    return names[-1] if names else None


def _person_before_place(relcl: Token, lexicons: Lexicons) -> Token | None:
    """ "Rai Benjamin from the United States, who finished the race", "officers in East Harlem,
    New York who were responding", "fishermen in the area, who called": "who" is no place; the
    person (a name, or a noun of persons) the place phrase modifies is who. A place named in parts
    ("East Harlem, New York") is one."""
    if not _who_clause(relcl):
        return None
    noun = relcl.head
    for _ in range(MAX_DEPTH):
        if noun.dep_ not in ("appos", "conj") or noun.head.ent_type_ not in PLACE_ENTITIES:
            break
        noun = noun.head  # "Brooklyn, New York who": the place's first part holds the phrase
    setting = _setting_noun(noun, lexicons)
    if noun.dep_ != "pobj" or not (noun.ent_type_ in PLACE_ENTITIES or setting):
        return None
    prep = noun.head
    if personal(prep.head, lexicons) or (setting and _common_noun(prep.head)):
        return prep.head  # "fishermen in the area, who": a noun no lexicon lists is still who
    # the parse hung "from X" on the verb: the name or noun just before the preposition
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before if before is not None and personal(before, lexicons) else None


def _setting_noun(noun: Token, lexicons: Lexicons) -> bool:
    """A common noun, no person, that a place preposition puts a person in ("fishermen in the
    area, who called", "staff at the plant who were hurt"): the person is who, not the setting."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and not _person_noun(noun, lexicons)
        and noun.head.lower_ in lexicons.terms("place_prepositions")
    )


def _common_noun(token: Token) -> bool:
    """A common noun that names no place: "who" after a setting may stand for it."""
    return token.pos_ == "NOUN" and token.ent_type_ not in PLACE_ENTITIES


def personal(token: Token, lexicons: Lexicons) -> bool:
    """A person's name or a noun of persons ("officers", "residents")."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "NOUN" and _person_noun(token, lexicons))


def _person_noun(noun: Token, lexicons: Lexicons) -> bool:
    """A noun that may name a person (``WHO_ANTECEDENT_LEXICONS``), by its lemma or its form."""
    forms = (noun.lemma_.lower(), noun.lower_)
    return any(f in lexicons.terms(name) for name in WHO_ANTECEDENT_LEXICONS for f in forms)


def _name_before_who(relcl: Token) -> Token | None:
    """ "X was the protégé of priest Ann Tell who was found guilty": a "who" right after a person's
    name, with no comma between, is about that name, though the parse hung the clause on the noun
    the name depends on. None when the clause sits on the name itself or no name comes just before."""
    if not _who_clause(relcl) or relcl.left_edge.i == 0:
        return None
    before = relcl.doc[relcl.left_edge.i - 1]
    if before.ent_type_ != "PERSON" or before.i == relcl.head.i or before.dep_ == "compound":
        return None
    return before


def _who_clause(relcl: Token) -> bool:
    """A relative clause whose subject is "who"/"whom": it is about a person."""
    return any(c.lower_ in PERSONAL_RELATIVES and c.dep_ in SUBJ_DEPS for c in relcl.children)


# NER types of places, which a "who" never stands for.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Relative words that stand for a person only.
PERSONAL_RELATIVES = frozenset({"who", "whom"})
# Lexicons of nouns that may name a person, whom a "who" after them stands for: posts, members,
# actors. Not person_rivals.ROLE_PERSON_LEXICONS, the nouns a pronoun may take up instead of a name.
WHO_ANTECEDENT_LEXICONS = ("role_nouns", "member_nouns", "actor_nouns")

# Prepositions that set one member in a group after "be" ("was among the victims who …").
MEMBERSHIP_PREPOSITIONS = frozenset({"among", "amongst"})

# Dependencies of a relative clause's noun that say what the clause takes "which" to be: the
# copula's attribute ("which was an attack"), an object complement ("which police deemed an
# attack": the parser gives "which" and the judge two subjects, or makes the act the object).
PREDICATED_DEPS = frozenset({"attr", "oprd", "dobj"})


def called_an_act(pronoun: Token, clause: Token, lexicons: Lexicons) -> bool:
    """ "a stabbing in Lund, which police deemed an attack", "…, which was described as an attack": a
    clause that calls "which" an armed or hostile act (``lexicons/event_nouns.txt``) says it of an
    event of the sentence, never of the place or body the parser hung the clause on. An act "which"
    does ("the army, which launched an attack") is no such call: there "which" is the verb's only
    active subject."""
    if pronoun.head.i != clause.i:
        return False
    complements = [c for c in clause.children if c.dep_ in PREDICATED_DEPS]
    complements += [
        p
        for c in clause.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not any(c.lemma_.lower() in lexicons.terms("event_nouns") for c in complements):
        return False
    doer = pronoun.dep_ == "nsubj" and clause.lemma_ != "be"
    return not doer or any(c.dep_ in SUBJ_DEPS and c.i != pronoun.i for c in clause.children)


# Dependencies of a noun that ends a complete clause: its object, a preposition's object, a
# predicate. A ", which" on such a noun may take up the whole clause instead.
CLAUSE_END_DEPS = frozenset({"dobj", "pobj", "attr", "dative", "oprd", "npadvmod"})
# Endings of nouns made from verbs ("collision", "agreement", "closure"): they name events.
EVENT_NOUN_ENDINGS = ("tion", "sion", "ment", "ure", "ance", "ence")
# Lexicons of nouns that name events, which may bring something about themselves.
EVENT_NOUN_LEXICONS = ("happening_nouns", "event_nouns", "death_nouns")


def caused_by_clause(pronoun: Token, clause: Token, lexicons: Lexicons) -> bool:
    """ "X crashed into the wall in the race, which prompted a late stop", "the minister will review
    the merger, which raises fears of ...": a ", which" that brings something about
    (``lexicons/consequence_verbs.txt``) after a complete clause takes up the event the clause
    tells, not the object ending it. A noun naming an event ("after the crash, which led to ...")
    is the cause itself, and keeps the clause."""
    doc = pronoun.doc
    if pronoun.lower_ != "which" or pronoun.head.i != clause.i or pronoun.dep_ != "nsubj":
        return False
    if pronoun.i == 0 or doc[pronoun.i - 1].text != ",":
        return False
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ not in CLAUSE_END_DEPS or _event_noun(noun, lexicons):
        return False
    lemma = clause.lemma_.lower()
    partners = [c.lemma_.lower() for c in clause.children if c.dep_ in ("prep", "dobj")]
    verbs = lexicons.terms("consequence_verbs")
    return lemma in verbs or any(f"{lemma} {p}" in verbs for p in partners)


def _event_noun(noun: Token, lexicons: Lexicons) -> bool:
    """A noun that names an event: one of the event lexicons, a verb's noun, or an "-ing" noun."""
    lemma = noun.lemma_.lower()
    if any(lemma in lexicons.terms(name) for name in EVENT_NOUN_LEXICONS):
        return True
    return noun.pos_ == "NOUN" and (lemma.endswith(EVENT_NOUN_ENDINGS) or noun.lower_.endswith("ing"))


def verb_number(verb: Token) -> str | None:
    """ "singular" or "plural" as the finite form marks it (the verb or its first auxiliary); None
    for an unmarked form: a past tense ("said"), a modal, an infinitive."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i][:1] or [verb]
    word = finite[0]
    if word.tag_ == "VBZ" or word.lower_ == "was":
        return "singular"
    if word.tag_ == "VBP" or word.lower_ == "were":
        return "plural"
    return None


def number_clash(relcl: Token, noun: Token) -> bool:
    """ "a coal mine which are thought to …": a relative pronoun that is its clause's subject agrees
    with its noun, so a verb marked plural after a singular common noun (or singular after a plural
    one) is not about that noun. Unmarked forms ("said", "could") and names tell nothing."""
    if not any(c.tag_ in ("WDT", "WP") and c.dep_ in SUBJ_DEPS for c in relcl.children):
        return False  # "which police shut down": the verb agrees with its own subject
    number = verb_number(relcl)
    return number is not None and _noun_number(noun) not in (None, number)


def _agreeing_noun(relcl: Token, noun: Token) -> Token | None:
    """ "two explosions in a coal mine which are thought to …": when the verb's number clashes with
    the noun's, the clause belongs to the noun the prepositional phrase hangs on, if that agrees."""
    if noun.dep_ != "pobj" or not number_clash(relcl, noun):
        return None
    above = noun.head.head
    return above if not number_clash(relcl, above) and _noun_number(above) is not None else None


def _noun_number(noun: Token) -> str | None:
    """A common noun's number by its tag; None for a name or coordinated nouns, whose form may not
    say it ("France Televisions", "A and B")."""
    if noun.pos_ != "NOUN" or has_child(noun, ("conj",)):
        return None
    return {"NN": "singular", "NNS": "plural"}.get(noun.tag_)


def antecedent(relcl: Token, lexicons: Lexicons) -> Token:
    """The noun a relative clause or participle modifies; through a copula to its subject ("X is a
    Y who", "X is the first to", "X are all Ys, trained in"), through a post's field to the post ("a
    minister for justice accused of"), and to the member of a group ("X was among the Ys who voted":
    X voted, not all the Ys)."""
    noun = relcl.head
    if (doer := idiom_subject(noun)) is not None:
        return doer  # "a dinner took place that raised funds": the dinner raised them
    thing = thing_for_which(relcl)
    if thing is not None:
        return thing  # "a plan proposed by Ana Ruiz, which would cap …": the plan would
    person = _person_for_who(relcl, lexicons) or _person_before_place(relcl, lexicons)
    person = person or _name_before_who(relcl)
    if person is not None:
        return person
    caused = _caused_phrase(relcl, noun, lexicons)
    if caused is not None:
        return caused
    agreeing = _agreeing_noun(relcl, noun)
    if agreeing is not None:
        return agreeing
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        return noun.head  # "Ana Ruiz, a chemist who has published 300 papers": the name published
    group = noun.head
    if noun.dep_ == "pobj" and group.lower_ in MEMBERSHIP_PREPOSITIONS and group.head.lemma_ == "be":
        member = [c for c in group.head.children if c.dep_ == "nsubj"]
        if member:
            return member[0]
    noun = _title_holder(relcl, noun, lexicons) or noun
    if noun.dep_ == "attr" and noun.head.pos_ == "AUX":
        subj = children_with(noun.head, ("nsubj",))
        named = subj and subj[0].pos_ in ("PROPN", "NOUN")
        if subj and (
            subj[0].pos_ == "PROPN"
            or _ranked_infinitive(relcl, noun)
            or (named and _set_off_participle(relcl))
        ):
            return subj[0]
    return noun


# Tags of participles: "involved", "seeking".
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def _set_off_participle(clause: Token) -> bool:
    """ "The men were all veterans, trained in Iraq": a participle set off after the predicate noun
    adds to what the copula's subject is, so it is said of the subject (of a noun, not "it": a
    pronoun lends no phrase the graph can keep)."""
    start = clause.left_edge.i
    return (
        clause.dep_ == "acl"
        and clause.tag_ in _PARTICIPLE_TAGS
        and start > 0
        and clause.doc[start - 1].text == ","
    )


# Prepositions that join a post to its field ("minister for justice", "secretary of state").
_POST_PREPOSITIONS = frozenset({"for", "of"})


def _title_holder(clause: Token, noun: Token, lexicons: Lexicons) -> Token | None:
    """ "a minister for justice accused of bribery": a bare singular noun after a post's "for" or
    "of" is the post's field, a part of its title, so the participle after it is about the post."""
    prep = noun.head
    post = prep.head
    field = noun.tag_ in ("NN", "NNP") and not noun.ent_type_  # "for justice", "for Justice"; no name
    bare = field and not any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children)
    return (
        post
        if clause.dep_ == "acl"
        and clause.tag_ in _PARTICIPLE_TAGS
        and bare
        and noun.dep_ == "pobj"
        and prep.lower_ in _POST_PREPOSITIONS
        and post.lemma_.lower() in lexicons.terms("role_nouns")
        else None
    )


# Words that rank a noun among others ("the first", "the only"), like a superlative (tag JJS).
_RANKING_WORDS = frozenset({"first", "last", "only", "next"})


def _ranked_infinitive(relcl: Token, noun: Token) -> bool:
    """ "The browser is the first of its kind not to run on X": a ranked predicate noun with an
    infinitive says what the copula's subject does (or does not), whatever the subject is."""
    ranked = noun.lower_ in _RANKING_WORDS or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANKING_WORDS) for c in noun.children
    )
    return ranked and has_child(relcl, ("aux",), ("to",))


# Nouns a relative clause modifies as its time, manner, reason or place ("the day he left
# Paris", "the way she spoke"): the gap is an adverbial one, never the verb's object.
ADVERBIAL_ANTECEDENTS = frozenset(
    {"time", "day", "year", "week", "month", "night", "morning", "hour", "moment", "period", "season"}
    | {"way", "reason", "place", "point", "extent", "date"}
)
# Tags of relative pronouns ("who", "which", "that"): a clause with one as its subject has no gap.
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# What makes the gap something else than the verb's object: an object or clause of its own, a
# predicate ("the man he became"), a passive.
_FILLED_DEPS = ("dobj", "attr", "oprd", "acomp", "ccomp", "xcomp", "auxpass", "nsubjpass", "csubj")


def object_gap(relcl: Token, lexicons: Lexicons) -> list[Token]:
    """The noun a relative clause with no relative pronoun, or with a "that" that is not its
    subject, leaves out as its verb's object ("the inspiration he drew from the coach", "the shame
    that I feel over it"): the clause states (he, drew, the inspiration), and without the noun
    its first preposition would read as the object ("he | drew from | the coach"). Not after a
    noun that takes a content clause (``hearsay_nouns``, ``evidence_nouns``): "reports he had
    left" may be no relative clause at all."""
    noun, doc = relcl.head, relcl.doc
    if (
        relcl.dep_ != "relcl"
        or relcl.pos_ != "VERB"
        or relcl.lemma_ == "be"
        or noun.pos_ not in ("NOUN", "PROPN")
    ):
        return []
    verbs = (lexicons.terms("intransitive_verbs"), lexicons.terms("objectless_verbs"))
    if any(relcl.lemma_.lower() in words for words in verbs) or has_child(relcl, _FILLED_DEPS):
        return []
    if noun.lemma_.lower() in ADVERBIAL_ANTECEDENTS or noun.ent_type_ in ("DATE", "TIME"):
        return []
    if any(noun.lemma_.lower() in lexicons.terms(name) for name in ("hearsay_nouns", "evidence_nouns")):
        return []  # "allegations he paid for sex": a content clause, complete, not a relative one
    subjects = [
        c for c in relcl.children if c.dep_ == "nsubj" and c.i < relcl.i and c.tag_ not in RELATIVE_TAGS
    ]
    first = doc[relcl.left_edge.i]
    marked = first.lower_ == "that" and first.head.i == relcl.i and first.dep_ not in SUBJ_DEPS
    bare = first.i == noun.i + 1 and bool(subjects) and first.i >= subjects[0].left_edge.i
    stranded = any(c.dep_ == "prep" and not has_child(c, ("pobj", "pcomp")) for c in relcl.children) or any(
        c.dep_ == "advmod" and c.pos_ in ("ADP", "ADV") and c.i == relcl.right_edge.i for c in relcl.children
    )
    return [noun] if subjects and (marked or bare) and not stranded else []


def _caused_phrase(participle: Token, noun: Token, lexicons: Lexicons) -> Token | None:
    """The noun whose prepositional phrase holds ``noun`` when a participle of causing hangs on
    ``noun`` ("an overabundance of tablets caused by weak demand", "the deaths of ten people caused
    by the storm"): what is caused is the overabundance or the deaths, not the tablets or people."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or not has_child(participle, ("agent",)):
        return None
    if participle.lemma_.lower() not in lexicons.terms("causing_verbs") or noun.dep_ != "pobj":
        return None
    outer = noun.head.head
    return outer if noun.head.dep_ == "prep" and outer.pos_ == "NOUN" and outer.i < noun.i else None


def clause_on_a_time(clause: Token, noun: Token, lexicons: Lexicons) -> bool:
    """ "He first took it in April 1964, which transformed him", "freed after ten minutes trapped
    under debris": a time closing a clause draws the parse's relative clause or participle onto
    itself, but a time only begins, ends, passes, marks or is set (``time_verbs``); it transforms
    no one and is not trapped. The clause is about the event or someone before the time, so the
    time lends it no subject. A time noun capitalised mid-sentence is a title ("Today", a paper)."""
    title = noun.pos_ == "NOUN" and noun.is_title and not noun.is_sent_start
    return (
        noun.ent_type_ in TIME_ENTITIES
        and not title
        and clause.lemma_.lower() not in lexicons.terms("time_verbs")
    )
