"""Salience: which of the entities that agree with a pronoun its context points at.

The subject of a sentence, or its named source ("according to X"), is what the sentence is about;
an unnamed noun that fits the pronoun as well (a rival) is evidence against any guess. Pure
functions of tokens, used by coreference (``resolve.coref``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import token_table
from graphbuild.resolve.agreement import (
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    acting_head,
    agrees_in_gender,
    compatible,
    people_word,
    situation_it,
)
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.person_rivals import hidden_person, person_rival
from graphbuild.resolve.predicates import collective_rival
from graphbuild.resolve.unnamed_rivals import passive_agent, unnamed_object

# Sentences back a pronoun's antecedent (or a possessive's owner) stays salient enough to be named.
ANTECEDENT_WINDOW = 3


def named_source(token: Token) -> bool:
    """ "…, according to Kidston": the named source of a sentence is what it is about, like a subject."""
    name = token if token.dep_ == "pobj" else token.head
    return name.dep_ == "pobj" and name.head.lower_ == "to" and name.head.head.lower_ == "according"


def fitting(
    doc: Doc,
    indices: list[int],
    word: str,
    owner: dict[int, LocalEntity],
    excluded: set[str],
    lexicons: Lexicons,
) -> list[tuple[Token, LocalEntity]]:
    """The named entities at ``indices`` that ``word`` may stand for (number, type, gender)."""
    return [
        (doc[i], owner[i])
        for i in indices
        if i in owner
        and owner[i].key not in excluded
        and not (word in PERSON_PRONOUNS and people_word(owner[i], doc))
        and compatible(word, owner[i], lexicons, subject=is_subject(doc[i]))
        and agrees_in_gender(word, owner[i], doc, lexicons)
    ]


def rival_role(token: Token, pronoun: Token, lexicons: Lexicons) -> bool:
    """Where an unnamed noun of the sentence before rivals a named one: as subject or as the doer
    of a passive ("was caused by a bomber. He…"); for "he" and "she" as a plain object too
    ("described the man as tall. He…"); for "it" and "they" as object too ("The Brandt
    Corporation built a satellite. It was launched…": the satellite, not the firm), unless the
    pronoun speaks ("It said…") and the noun names no people (``lexicons/actor_nouns.txt``): a
    factory does not speak, captured commanders may."""
    if is_subject(token) or passive_agent(token):
        return True
    if pronoun.lower_ in PERSON_PRONOUNS and unnamed_object(token):
        return True  # "Lee described the man as tall. He had…": the man as well as Lee
    if speaks(pronoun, lexicons) and not acting_head(token, lexicons):
        return False
    return pronoun.lower_ in THING_PRONOUNS | PLURAL_PRONOUNS and token.dep_ == "dobj"


def rival(token: Token, pronoun: str, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """A noun that is no named entity but fits ``pronoun`` as well: evidence against any guess.

    ``The organisation is under investigation by the government, which says it…``: ``it`` may be
    the organisation as well as the government, so a rule that picks the government is a guess.
    Only subjects, objects and possessors count (a noun in a prepositional phrase is rarely what a
    pronoun means; "waited for the bill's arrival and signed it" means the bill); a singular
    noun rivals ``it``, a plural one ``they``, a gendered person noun (``the woman``, ``the
    king``) ``he`` or ``she``.
    """
    if token.i in owner:
        return hidden_person(token, pronoun, owner) or _names_a_thing(token, pronoun, owner, lexicons)
    if token.dep_ not in _RIVAL_DEPS and not passive_agent(token):
        return False
    if _one_of_many(token):
        # "One of the victims decided to allow her name …. She said…": an unnamed member of a group
        return pronoun in PERSON_PRONOUNS | THING_PRONOUNS
    if _some_of_many(token):
        # "The ministry freed 40 of the 300 detainees after they signed…": an unnamed part of a group
        return pronoun in PLURAL_PRONOUNS
    if token.pos_ == "PROPN":
        # "Mariner 10 was the first when it made…", "Mir-Mohammadi served as an adviser of the
        # Leader. He…": a name no entity covers, as subject, fits "it" or "he" as well (a lone
        # capitalised first word, "Fitness was a factor", may be a common noun and does not count
        # unless the text capitalises it mid-sentence too); a surname in -s ("Cummings had been
        # sick") is tagged as a plural name and fits "he" too
        return (
            pronoun in THING_PRONOUNS | PERSON_PRONOUNS
            and (token.tag_ == "NNP" or (token.tag_ == "NNPS" and pronoun in PERSON_PRONOUNS))
            and token.dep_ in SUBJECT_DEPS
            and (
                not token.is_sent_start
                or any(True for _ in token.children)
                or token.text in _names_mid_sentence(token.doc)
            )
        )
    if token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in _NON_RIVALS:
        return False
    if pronoun in THING_PRONOUNS:
        return token.tag_ == "NN"
    if pronoun in PLURAL_PRONOUNS:  # "saluted each soldier as they crossed": each one, all of them
        return (
            token.tag_ == "NNS"
            or _coordinated(token)  # "banned a club and a choir as they…": two things are "they"
            or collective_rival(token, pronoun, lexicons)
            or any(c.dep_ == "det" and c.lower_ in _DISTRIBUTIVE for c in token.children)
        )
    if pronoun in PERSON_PRONOUNS:
        return person_rival(token, pronoun, owner, lexicons)
    return False


# Determiners of a singular noun that speak of every one of a group ("each soldier").
_DISTRIBUTIVE = frozenset({"each", "every"})


def _names_a_thing(name: Token, pronoun: str, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """A name that only modifies an unnamed thing's noun fitting the pronoun as well ("fired at the
    UNOCI patrol as it entered"): the phrase is about the patrol, which the pronoun may mean. A noun
    of people acting for the name ("a Google spokesman said it") leaves the name."""
    head = name.head
    if name.dep_ != "compound" or head.pos_ != "NOUN" or head.i in owner or acting_head(head, lexicons):
        return False
    return (pronoun in THING_PRONOUNS and head.tag_ == "NN") or (
        pronoun in PLURAL_PRONOUNS and head.tag_ == "NNS"
    )


_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
# Words that pick one unnamed member out of a plural ("one of the victims", "another of the men").
_PARTITIVES = frozenset({"one", "another"})


def _one_of_many(token: Token) -> bool:
    """ "one of the victims": a partitive whose ``of`` names a plural noun (not a name)."""
    return token.lower_ in _PARTITIVES and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in c.children)
        for c in token.children
    )


def _some_of_many(token: Token) -> bool:
    """ "40 of the detainees", "12 of the 300 of the strikers": a number or quantifier whose ``of``
    leads (through at most one more such ``of``) to a plural noun: some of them, plural."""
    for _ in range(2):
        if not (token.tag_ == "CD" or token.lower_ in _QUANTIFIERS):
            return False
        objects = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        objects = [o for o in objects if o.dep_ == "pobj"]
        if any(o.tag_ == "NNS" for o in objects):
            return True
        if not objects:
            return False
        token = objects[0]
    return False


# Words that pick an unnamed part out of a plural ("some of the men", "most of the crew").
_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "dozens", "hundreds", "thousands"})


def _coordinated(token: Token) -> bool:
    """ "a newspaper and a magazine": a singular noun joined with another noun names two things,
    unless "their" owns them ("their skill and their zeal": they are the owners, not the things)."""
    return (
        token.tag_ == "NN"
        and any(c.dep_ == CONJUNCT and c.pos_ == "NOUN" for c in token.children)
        and not any(c.dep_ == "poss" and c.lower_ in PLURAL_PRONOUNS for c in token.children)
    )


# Nouns that name a time or an amount, never what a later "it" or "they" stands for.
_NON_RIVALS = frozenset(
    {"time", "year", "day", "week", "month", "hour", "minute", "lot", "number", "part", "way", "thing"}
)


def _names_mid_sentence(doc: Doc) -> frozenset[str]:
    """Capitalised proper-noun words the text uses inside a sentence: names, not common nouns
    that a sentence starts with. Read once per Doc."""
    cache = doc.user_data.get("gb_names_mid_sentence")
    if cache is None:
        table = token_table(doc)
        rows = zip(table.text, table.pos, table.sent_start, strict=True)
        cache = frozenset(
            text for text, pos, start in rows if pos == "PROPN" and text[:1].isupper() and not start
        )
        doc.user_data["gb_names_mid_sentence"] = cache
    return cache


# The active subject: "they are expected to…" (the passive's) is talked of, not speaking.
ACTIVE_SUBJECT = "nsubj"


def speaks(pronoun: Token, lexicons: Lexicons) -> bool:
    """ "They said…", "she added", "he went on to say": the pronoun is the active subject of a
    reporting verb, or of a verb of going on whose complement is one."""
    if pronoun.dep_ != ACTIVE_SUBJECT:
        return False
    verb, reporting = pronoun.head, lexicons.terms("reporting_verbs")
    return verb.lemma_.lower() in reporting or (
        verb.lemma_.lower() in CONTINUING_VERBS
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in reporting for c in verb.children)
    )


# Verbs whose "to" complement goes on with what the subject does: "went on to say", "continued to argue".
CONTINUING_VERBS = frozenset({"go", "continue", "proceed"})


def reported_source(token: Token, lexicons: Lexicons) -> bool:
    """ "… were announced by NATO", "NATO said …", "…, according to NATO": a word of the phrase
    that names who reports the sentence, the one a following "they said" or "it said" continues."""
    name = token
    while name.dep_ in ("compound", "amod", "flat") and name.head.i != name.i:
        name = name.head
    if named_source(name):
        return True
    if name.dep_ in SUBJECT_DEPS:
        return name.head.lemma_.lower() in lexicons.terms("reporting_verbs")
    agent = name.head if name.dep_ == "pobj" else None
    return (
        agent is not None
        and agent.dep_ == "agent"
        and agent.head.lemma_.lower() in lexicons.terms("reporting_verbs")
    )


def addressee(candidate: Token, pronoun: Token, lexicons: Lexicons) -> bool:
    """ "In an interview with X, she said…", "Speaking to X, he…": X, whom the pronoun's own clause
    is spoken to (``lexicons/address_words.txt``, reporting verbs), is not the one who speaks.

    Newspapers and channels named this way are often read as people by the tagger; the grammar of
    the phrase rules them out whatever their type."""
    name = candidate
    while name.dep_ in ("compound", "flat", "amod") and name.head.i != name.i:
        name = name.head
    preposition = name.head
    if name.dep_ != "pobj" or preposition.lower_ not in ("to", "with"):
        return False
    word = preposition.head
    forms = (word.lemma_.lower(), word.lower_)
    if not any(f in lexicons.terms(name) for name in ("address_words", "reporting_verbs") for f in forms):
        return False
    clause = word
    for _ in range(4):
        if clause.i == pronoun.head.i:
            return pronoun.dep_ in SUBJECT_DEPS
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def described_it(token: Token) -> bool:
    """ "it could well be the biggest operation": an "it" a copula equates with an unnamed noun
    stands for that thing, which a later "it" may mean as well as any name before it."""
    return situation_it(token) and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in token.head.children)


def inside_noun_phrase(pronoun: Token, noun: Token) -> bool:
    """ "One of his aides": a possessive in a noun's own phrase, with no clause between ("the network
    … on which they swapped" has one), cannot be what the noun is, so the noun does not rival it
    ("the road itself" is the road)."""
    if pronoun.dep_ != "poss":
        return False
    token = pronoun
    while token.head.i != token.i:
        token = token.head
        if token.i == noun.i:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def is_subject(token: Token) -> bool:
    """A subject, or a word of the subject phrase (``Northern`` in ``Northern Kenya``)."""
    return token.dep_ in SUBJECT_DEPS or token.head.dep_ in SUBJECT_DEPS


def named_in_own_clause(pronoun: Token, owner: dict[int, LocalEntity]) -> set[str]:
    """ "She noted that Hale could return": the subject named in a subject pronoun's own clause
    complement is someone else (a pronoun does not precede and command a name of its own
    referent). Only that subject: news repeats a name deeper down ("He claimed he bought it with
    money Hale received"), where the rule would wrongly part them."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.lower_ not in PERSON_PRONOUNS:
        return set()
    clauses = [c for c in pronoun.head.children if c.dep_ == "ccomp" and c.i > pronoun.i]
    subjects = [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
    return {owner[t.i].key for s in subjects for t in s.subtree if t.i in owner}


def objects_of(pronoun: Token, owner: dict[int, LocalEntity]) -> set[str]:
    """ "He had served Iran's Supreme Leader Ali Khamenei": a subject pronoun is not its verb's object."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return set()
    objects = [c for c in pronoun.head.children if c.dep_ in _OBJECT_DEPS]
    return {owner[t.i].key for o in objects for t in o.subtree if t.i in owner}


_OBJECT_DEPS = frozenset({"dobj", "dative"})


__all__ = [
    "addressee",
    "described_it",
    "fitting",
    "inside_noun_phrase",
    "is_subject",
    "named_in_own_clause",
    "named_source",
    "objects_of",
    "reported_source",
    "rival",
    "rival_role",
    "speaks",
    "unexcluded",
    "unnamed_speaker",
]


def one_of_a_pair(pronoun: Token, entity: LocalEntity) -> bool:
    """Whether a plural pronoun would take one member of the pair it follows.

    "Brazil and Turkey criticised the plan. They had offered…", "the army and its allies … they":
    where the entity is last named before the pronoun as one of "A and B", "they" is the pair (or
    something else), and no single node is both; the pronoun stays open.
    """
    if pronoun.lower_ not in PLURAL_PRONOUNS:
        return False
    before = [(start, end) for start, end in entity.token_spans if end <= pronoun.i]
    if not before:
        return False
    head = pronoun.doc[slice(*max(before))].root
    partners = [c for c in head.children if c.dep_ == CONJUNCT]
    if head.dep_ == CONJUNCT:
        partners.append(head.head)
    return any(p.pos_ in NOUN_TAGS for p in partners)


# The parser's link of a later member of "A and B" to the first.
CONJUNCT = "conj"

# Parts of speech of a noun that can be the other member of a pair.
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def place_acted_on(token: Token, entity: LocalEntity, lexicons: Lexicons) -> bool:
    """Whether a place is named as what is acted on, not as a setting.

    "The council imposed sanctions on Iran unless it reveals…": a country a verb acts on, or named
    after a preposition of no setting ("on", "against"), is a party that fits "it" as well as the
    clause's subject does; a setting ("in Iran", "to Iran") is not (``agreement.compatible``).
    """
    if entity.type != "Region":
        return False
    if token.dep_ == DIRECT_OBJECT:
        return True
    return token.dep_ == PREPOSITION_OBJECT and token.head.lower_ not in (
        lexicons.terms("place_prepositions") | SETTING_PREPOSITIONS
    )


DIRECT_OBJECT = "dobj"
PREPOSITION_OBJECT = "pobj"

# Prepositions besides ``lexicons/place_prepositions.txt`` whose object is a setting, a route, a
# whole ("the capital of Iran") or an item of a list ("countries including Russia"), not a party.
SETTING_PREPOSITIONS = frozenset(
    {"of", "from", "to", "into", "around", "across", "throughout", "within", "via"}
    | {"including", "like", "as", "among", "besides", "except"}
)


def unexcluded(entity: LocalEntity | None, excluded: set[str]) -> LocalEntity | None:
    """A thread's entity, unless the pronoun's own clause rules it out: in "His aide spoke. He
    added that Hale is well", the thread of "his" is Hale, whom "he" cannot be (a pronoun does not
    command a name of its own referent); the pronoun stays open rather than take him."""
    return None if entity is not None and entity.key in excluded else entity


def unnamed_speaker(token: Token, pronoun: str, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """ "The detective said … . He added…", "His lawyer said…": a speaker no name covers, of the
    pronoun's number, who goes on speaking; the name before is no safer a guess. A noun with a
    name in its phrase, an entity's or one NER tags ("the Kenyan army", "Ana Ruiz the head of X,
    the Valdoran agency said"), may be or speak for it, and a document ("the report") is not who
    adds. A person's own speaker ("Ana Ruiz's lawyer said…") is not that person: for "he" or "she"
    a name in the possessor does not count."""
    owners = (
        {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
        if pronoun in PERSON_PRONOUNS
        else set()
    )
    return (
        token.pos_ == "NOUN"
        and token.i not in owner
        and token.tag_ == ("NNS" if pronoun in PLURAL_PRONOUNS else "NN")
        and token.lemma_.lower() not in lexicons.terms("document_nouns")
        and not any(t.i in owner or t.ent_type_ for t in token.subtree if t.i not in owners)
    )
