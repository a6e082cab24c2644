"""Whom a speaker's "we" stands for, and whether a pronoun is in a speaker's own quoted words.

Kept apart from ``resolve.coref`` (which calls these for "we", "us", "I" and third-person
pronouns): a first-person plural is not resolved from the discourse before it but from who is
reported as saying it, and a speaker's own words speak of the speaker as "I", never "she".
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.phrases import quote_ids
from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import (
    DEICTIC_PRONOUNS,
    PERSON_PRONOUNS,
    SUBJECT_DEPS,
    agrees_in_gender,
    compatible,
    given_name_gender,
    organisation_evidence,
)
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.salience import fitting, rival

# Bodies a speaker can speak for as "we": groups, institutions, states (not a person, not a post).
SPEAKING_FOR = frozenset({"Actor", "Region"})
PERSONS = frozenset({"Person", "Role"})


def speaker_body(pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """ "We will not allow X …," said Y, spokesman of Z: "we" is Z, the body the speaker's phrase
    names (or the speaker itself when it is a body, not a person); unresolved when the speaker is a
    person with no body named, or there is no speaker (an author's "we")."""
    verb = pronoun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    source = attribution_of(verb, lexicons)
    if source is None:
        return None
    doc = pronoun.doc
    span = doc[source[0] : source[1]]
    speaker = owner.get(span.root.i)
    if speaker is not None and part_named(span.root, speaker, owner):
        return None  # "Carabineros de Chile said … we …": not Chile's government
    if (
        speaker is not None
        and speaker.type == "Actor"
        and speaker.subtype not in PERSONS
        and not one_person(span.root, speaker, lexicons)  # "police spokesperson Ulf Berg": one person
    ):
        return speaker
    if speaker is None or speaker.type != "Actor":
        return None  # "officials said we …": whose officials the text does not say
    if any(t.dep_ == "cc" and t.i not in owner for t in span):
        return None  # "written by A and X economist B, who said we …": "we" is the people together
    posts = [c for c in span.root.children if c.dep_ == "appos" and not one_of_many(c, lexicons)]
    tokens = [*span, *(t for c in posts for t in c.subtree)]
    bodies = [
        owner[t.i]
        for t in tokens
        if t.i in owner
        and owner[t.i].key != speaker.key
        and owner[t.i].type in SPEAKING_FOR
        and owner[t.i].subtype not in PERSONS
        and speaks_as_we(t, owner[t.i])
    ]
    # an organisation before a country: "Y, commander of U.S. Central Command" speaks for the command
    bodies.sort(key=lambda e: e.type != "Actor")
    return bodies[0] if bodies else None


def one_of_many(post: Token, lexicons: Lexicons) -> bool:
    """An indefinite post set beside the speaker's name ("Ana Ruiz, a motoring strategist for the
    RAC,") that is no speaking post (``lexicons/speaking_posts.txt``): one of the body's many staff,
    whose "we" need not be the body ("we have seen five rises in fuel duty")."""
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in post.children)
    return indefinite and post.lemma_.lower() not in lexicons.terms("speaking_posts")


# The indefinite articles.
INDEFINITE = frozenset({"a", "an"})


def speaks_as_we(token: Token, body: LocalEntity) -> bool:
    """Whether a body named in a person's phrase is whom their "we" speaks for. A town, county or
    region is only where the speaker's body is ("chief economist for a bank in Chicago", "Bishop of
    Salt Lake City" speaking of society, "the Moore County District Attorney" of the office). A
    country before a title only says whose post it is: a "US Attorney" speaks for the prosecutors, a
    finance minister often for all the economies at a summit. A body the tagger took for a site
    ("Global Gaming Factory") still speaks."""
    if body.type != "Region" or body.subtype == SITE:
        return True
    return body.subtype == COUNTRY and token.dep_ not in NAME_PART_DEPS


# Region subtypes: a country can speak as "we" (its government); a site is often a body mistyped.
COUNTRY = "Country"
SITE = "Site"


def one_person(head: Token, speaker: LocalEntity, lexicons: Lexicons) -> bool:
    """Whether a speaker typed as a body is one person, who is never "we": a person's title before
    or beside the name ("police spokesperson Ulf Berg", "Ulf Berg, a commissioner") or a given name
    of one gender opening it ("Ulf Berg") where nothing marks the name as a body's."""
    titles = typed_nouns(lexicons, "actor_nouns")
    beside = [c for c in head.children if c.dep_ in TITLE_DEPS and c.pos_ == "NOUN"]
    if any(titles.get(t.lemma_.lower(), ("", ""))[1] in PERSONS and t.tag_ != PLURAL_TAG for t in beside):
        return True
    doc = head.doc
    return given_name_gender(speaker, doc, lexicons) is not None and not organisation_evidence(
        speaker, doc, lexicons
    )


# How a title stands by a name: before it ("spokesperson Ulf Berg") or set beside it ("Ulf Berg, a
# commissioner"); the parser's tag of a plural noun ("spokespeople" speak for more than one).
TITLE_DEPS = frozenset({"compound", "appos"})
PLURAL_TAG = "NNS"


def quoted_within(pronoun: Token, lexicons: Lexicons) -> bool:
    """ "X wrote: 'Paul spoke, saying: I can claim…'": a reporting verb inside the same quotation,
    with no "I" or "we" of its own as subject, gives "I" to a speaker the quotation itself reports."""
    quotes = quote_ids(pronoun.doc)
    here = quotes[pronoun.i]
    if not here:
        return False
    for verb in pronoun.ancestors:
        if quotes[verb.i] != here or verb.lemma_.lower() not in lexicons.terms("reporting_verbs"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not any(c.lower_ in DEICTIC_PRONOUNS for c in subjects):
            return True
    return False


def direct_speech(pronoun: Token, source: Token) -> bool:
    """Whether an odd number of quotation marks stands between a pronoun and the speaker of its
    words ('"She knows," said Ruiz'; 'Ruiz said: "She knows"'), so the pronoun is inside the
    speaker's quoted words, who would say "I": a third-person pronoun there is not the speaker. A
    quoted phrase passed on the way ('X said the blasts were "revenge", adding that he …') is a pair.
    The quotation's bounds found by ``quote_ids`` may be lost (a quote over two sentences); the
    marks between pronoun and speaker are not."""
    low, high = sorted((pronoun.i, source.i))
    return sum(t.text in QUOTATION_MARKS for t in pronoun.doc[low + 1 : high]) % 2 == 1


def not_the_speaker(pronoun: Token, source: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """Whether the grammar keeps a subject pronoun of reported words from being their speaker.

    "X arrested them, claiming them to be mercenaries": the subject of an infinitive after a verb of
    the speaker's own is that verb's object (X would be "themselves"). "X confirmed the site was
    censored because it published…": a clause between names its own subject ("the site"), which
    fits the pronoun as well. "Carabineros de Chile said they…": the speaker's name has a
    capitalised word no entity covers, so the entity owning its head (Chile) is only part of it.
    """
    word, doc = pronoun.lower_, pronoun.doc
    if pronoun.dep_ == ACTIVE_SUBJECT and pronoun.head.lemma_.lower() in lexicons.terms("death_verbs"):
        return True  # "X reported that he died": who reports is alive; the dead man is someone else
    entity = owner.get(source.i)
    if _kin_in_phrase(source, entity, word, owner, lexicons):
        return True
    verb = pronoun.head.head
    if any(c.dep_ == "aux" and c.tag_ == INFINITIVE_TAG for c in pronoun.head.children) and not any(
        c.dep_ in SUBJECT_DEPS and c.i != source.i for c in verb.children
    ):
        return True
    if entity is not None and part_named(source, entity, owner):
        return True
    if word in PERSON_PRONOUNS and _described_between(source, pronoun, owner, lexicons):
        return True
    speaker = _apposition_head(source)  # "One senator, Tom Hale, said he …": the senator is Hale
    clause = pronoun.head
    for _ in range(CLAUSE_DEPTH):
        if clause.head.i == clause.i or clause.head.i == speaker.head.i:
            return False
        clause = clause.head
        for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i != speaker.i):
            others = [
                e for _, e in fitting(doc, [subject.i], word, owner, set(), lexicons) if e is not entity
            ]
            if others or rival(subject, word, owner, lexicons):
                return True
    return False


def _described_between(
    source: Token, pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """ "Ruiz claimed the pilot's actions were illegal and he had no clearance": a person the
    reported words speak of before "he" or "she" (a rival noun: "the pilot", "a gunman") fits
    the pronoun as well as their speaker does. The one spoken to ("told the judge he would plead
    guilty") is not spoken of."""
    doc = pronoun.doc
    speaking = {source.head.i, pronoun.head.head.i}  # "X objected and told the judge (that) he…"
    return any(
        rival(doc[i], pronoun.lower_, owner, lexicons)
        and doc[i].pos_ == "NOUN"
        and not (doc[i].head.i in speaking and doc[i].dep_ in _SPOKEN_TO_DEPS)
        for i in range(source.i + 1, pronoun.i)
    )


# Where a speaking verb has the one it speaks to: "told the judge", "gave the court assurance".
_SPOKEN_TO_DEPS = frozenset({"dobj", "dative"})


def _kin_in_phrase(
    source: Token, entity: LocalEntity | None, word: str, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """Whether another person who fits the pronoun is named in the phrase set beside the speaker.

    "X, the brother of Y, says that he was beaten", "X, Y's lawyer, said he would appeal": Y is
    there to be talked about, and "he" may as well be Y as X. A title before the name ("Y's nephew
    X said he was saddened") only says who X is, and is left alone.
    """
    doc = source.doc
    apposed = [t for a in source.children if a.dep_ == APPOSITION for t in a.subtree]
    named = [
        t.i
        for t in apposed
        if t.dep_ in OWNER_DEPS
        and t.i in owner
        and owner[t.i] is not entity
        and owner[t.i].subtype == "Person"
    ]
    return bool(fitting(doc, named, word, owner, set(), lexicons))


# How a person is named inside another's phrase: "the brother of Y", "Y's lawyer".
OWNER_DEPS = frozenset({"pobj", "poss"})


def _apposition_head(token: Token) -> Token:
    """The noun a name is set beside ("One senator, Tom Hale"), which stands in the clause for it."""
    while token.dep_ == APPOSITION and token.head.i != token.i:
        token = token.head
    return token


# The parser's link of a name set beside a noun.
APPOSITION = "appos"

# The parser's label of an active verb's subject ("he died").
ACTIVE_SUBJECT = "nsubj"


def part_named(head: Token, entity: LocalEntity, owner: dict[int, LocalEntity]) -> bool:
    """ "Carabineros de Chile": a body's name with a capitalised word before its head that no entity
    covers is another body's than the entity owning the head. A person's title is no such word
    ("Sheriff Lee")."""
    return entity.subtype not in PERSONS and any(
        c.dep_ in NAME_PART_DEPS and c.text[:1].isupper() and c.i not in owner for c in head.lefts
    )


# The parser's tag of the infinitive "to" ("claimed them to be").
INFINITIVE_TAG = "TO"
# Links of the words of a name written before its head ("Carabineros de Chile").
NAME_PART_DEPS = frozenset({"compound", "nmod"})
# How many clauses up from a pronoun's own the speaker's verb is looked for.
CLAUSE_DEPTH = 4


# Quotation marks as the tokenizer writes them, straight and curly, single-quote pairs of PTB text.
QUOTATION_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


__all__ = ["direct_speech", "not_the_speaker", "part_named", "quoted_within", "speaker_body"]


# The dependencies of the one a verb addresses ("warned Britain", "gave them notice").
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})


def addressed_rival(pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """ "The Commission warned Britain that it was not meeting the rules": a subject pronoun of the
    words of a verb that addresses someone about themselves (``lexicons/addressing_verbs.txt``) may
    mean the one addressed, named as the verb's object and fitting the pronoun, as well as the
    subject; the grammar does not say which, so the pronoun is left open."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ not in ("ccomp", "advcl"):
        return False
    verb = pronoun.head.head
    if verb.lemma_.lower() not in lexicons.terms("addressing_verbs"):
        return False
    word, doc = pronoun.lower_, pronoun.doc
    objects = [t.i for c in verb.children if c.dep_ in ADDRESSEE_DEPS for t in c.subtree]
    return any(
        compatible(word, e, lexicons, subject=True) and agrees_in_gender(word, e, doc, lexicons)
        for e in {owner[i].key: owner[i] for i in objects if i in owner}.values()
    )
