"""Whose thing a fact's phrase names when a possessive pronoun says it: "his name" -> "Ana Ruiz's name".

A phrase owned by a pronoun ("his name did not appear on the register", "notes addressed to each of
his three children") is no entity, so coreference links it to no node; but without its owner the
fact says nothing a reader can use. The owner is resolved like any pronoun (``coref.antecedent``,
on the same evidence), and the phrase's label names it; its text keeps the article's words. Only a
person's "his" or "her" is resolved, and only to a person who is a subject before it with no unnamed
person in between (``clear_owner``), or to the subject of the main clause after a clause set before
it ("Acting via his lawyers, Tom Hale pleaded"): "its" and "their" stand as often for a thing as for
a body ("the price of stamps … their value").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.phrases import quote_ids
from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention
from graphbuild.nlp import token_table
from graphbuild.resolve.agreement import SUBJECT_DEPS, agrees_in_gender
from graphbuild.resolve.entities import LocalEntity, expanded_span, sentence_bounds, sentence_index
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.salience import ANTECEDENT_WINDOW, is_subject, named_source

# Possessive determiners of a person, resolved to one ("my", "our" are the speaker's; "its" and
# "their" are left: a thing fits them as well as a body).
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# The entity type and subtype of a person, the only owner a "his" or "her" is resolved to.
ACTOR, PERSON = "Actor", "Person"
# ``actor_nouns.txt`` subtypes of nouns for people, not bodies ("the accused", "the minister").
PEOPLE_SUBTYPES = frozenset({"Role", "Group", "Person"})
# Links of a clause or phrase set before the main clause ("Expressing his thanks, X said").
FRONTED_DEPS = frozenset({"advcl", "prep"})
# Tags of plural nouns, which no "his" or "her" stands for ("killed five members of his family").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Where an unnamed person stands to be a possessive pronoun's owner.
PERSON_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
# The parser's label of a possessive modifier.
POSSESSIVE = "poss"
# Words after which a "her" is an object, not an owner ("make her the oldest", "give her a medal").
DETERMINERS = frozenset({"DET"})


def owned_label(span: Span, mention: Mention, owner_of: Callable[[Token], LocalEntity | None]) -> str | None:
    """The mention's text with each possessive pronoun it holds replaced by its owner's name
    ("his three children" -> "Tom Hale's three children"), or None when none resolves."""
    text = mention.text
    changed = False
    for token in reversed(possessive_pronouns(span)):
        entity = owner_of(token)
        offset = token.idx - mention.start
        if entity is None or offset < 0 or text[offset : offset + len(token)] != token.text:
            continue
        text = f"{text[:offset]}{possessive(entity.name)}{text[offset + len(token) :]}"
        changed = True
    return text if changed else None


def possessive_pronouns(span: Span) -> list[Token]:
    """The span's possessive determiners that own a noun of the phrase: "her" before a determiner
    ("made her the oldest") is an object the parser took for an owner."""
    doc = span.doc
    table = token_table(doc)  # read off the table: a Token per word of every mention otherwise
    lower, dep, head, pos = table.lower, table.dep, table.head, table.pos
    return [
        doc[i]
        for i in range(span.start, span.end)
        if lower[i] in POSSESSIVE_PRONOUNS
        and dep[i] == POSSESSIVE
        and head[i] > i
        and (i + 1 >= len(doc) or pos[i + 1] not in DETERMINERS)
    ]


def owned_by_pronoun(doc: Doc, mention: Mention, lexicons: Lexicons) -> bool:
    """Whether the mention, linked to no node, is a thing owned by a "his" or "her" ("his experience",
    "Her conclusions") left unresolved (no ``owned_label``): such a subject says nothing on its own
    ("his experience | is in | Iloca": whose?). A relative (``kin_nouns``: "her father sold the
    house") is a person of the story in their own right, like any unnamed person. "its" and "their"
    are left: on the judged sheets of fresh16-35 their facts split (5 wrong, 4 right)."""
    if mention.entity_id is not None or mention.entity_label is not None:
        return False
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or not len(span) or span.root.lemma_.lower() in lexicons.terms("kin_nouns"):
        return False
    return any(token.head.i == span.root.i for token in possessive_pronouns(span))


def possessor(
    pronoun: Token,
    *,
    owner: dict[int, LocalEntity],
    lexicons: Lexicons,
    antecedent_of: Callable[[Token, dict[int, LocalEntity], Lexicons], LocalEntity | None],
) -> LocalEntity | None:
    """The person a possessive "his"/"her" stands for, when clear: the main clause's subject named
    after it (``fronted_subject``), else its antecedent (``antecedent_of``, coreference's) when
    ``clear_owner`` holds."""
    subject = fronted_subject(pronoun)
    if subject is not None:
        entity = owner.get(subject.i)
        fits = entity is not None and entity.type == ACTOR and entity.subtype == PERSON
        return entity if fits and agrees_in_gender(pronoun.lower_, entity, pronoun.doc, lexicons) else None
    entity = antecedent_of(pronoun, owner, lexicons)
    if entity is None:
        return None

    def carried() -> bool:
        """Whether the passage's "he"/"she" thread (``_thread_subject``) stands for the same person."""
        thread = _thread_subject(pronoun)
        return thread is not None and antecedent_of(thread, owner, lexicons) is entity

    return entity if clear_owner(pronoun, entity, lexicons, carried=carried) else None


# Subject pronouns of a person that carry the topic on from sentence to sentence, by the
# possessive they continue ("He batted .312. He ranks 14th. There may be an asterisk after his
# numbers").
THREAD_PRONOUNS = {"his": frozenset({"he"}), "her": frozenset({"she"})}


def _thread_subject(pronoun: Token) -> Token | None:
    """The nearest subject "he" (for "his") or "she" (for "her") before the possessive, in its
    sentence or the ``ANTECEDENT_WINDOW`` before it: the thread of the passage, if one runs there."""
    doc = pronoun.doc
    bounds = sentence_bounds(doc)
    first = bounds[max(0, sentence_index(doc, pronoun.i) - ANTECEDENT_WINDOW)][0]
    words = THREAD_PRONOUNS.get(pronoun.lower_, frozenset())
    quotes = quote_ids(doc)
    for i in range(pronoun.i - 1, first - 1, -1):
        if doc[i].lower_ in words and is_subject(doc[i]) and quotes[i] == quotes[pronoun.i]:
            return doc[i]  # a "he" inside someone's quoted words is that speaker's discourse
    return None


def clear_owner(
    pronoun: Token, entity: LocalEntity, lexicons: Lexicons, *, carried: Callable[[], bool] = lambda: False
) -> bool:
    """Whether a possessive pronoun's antecedent is clear enough to name in the phrase: a person
    who is a subject (or named source) in the pronoun's sentence or the ``ANTECEDENT_WINDOW`` before
    it, as the topic a later "his" continues ("Ana Ruiz could not vote because her name …"), or
    (``carried``, asked only when no such subject is named: resolving the thread's pronoun costs a
    search of its own) the person a subject pronoun there stands for, the topic carried on ("He
    batted .312. He ranks 14th. … his numbers"); a name deep in a phrase or inside quotation marks
    is no such topic. The owner of a death is not who speaks or acts in its clause: "X said his death was
    a loss" is someone else's death."""
    if entity.type != ACTOR or entity.subtype != PERSON:
        return False
    doc = pronoun.doc
    bounds = sentence_bounds(doc)
    first = bounds[max(0, sentence_index(doc, pronoun.i) - ANTECEDENT_WINDOW)][0]
    named = [
        i
        for start, end in entity.token_spans
        for i in range(max(start, first), min(end, pronoun.i))
        if is_subject(doc[i]) or named_source(doc[i])
    ]
    if not named and not carried():
        return False
    since = max(named) + 1 if named else pronoun.sent.start
    if _unnamed_person_between(doc[max(since, pronoun.sent.start) : pronoun.i], lexicons):
        return False
    if pronoun.head.lemma_.lower() not in lexicons.terms("death_nouns"):
        return True
    alive = [c for verb in pronoun.ancestors for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return not any(start <= t.i < end for c in alive for t in c.subtree for start, end in entity.token_spans)


def _unnamed_person_between(words: Span, lexicons: Lexicons) -> bool:
    """ "Judge X ordered the accused remain in custody until his next appearance", "the prime
    minister's background did not warrant her comments": one person named by a post or a word for
    people ("the accused") as subject, object or owner between the name and the pronoun, in the
    pronoun's sentence, may be whom it means."""
    typed = typed_nouns(lexicons, "actor_nouns")
    people = lexicons.terms("role_nouns") | {
        w for w, (_, subtype) in typed.items() if subtype in PEOPLE_SUBTYPES
    }
    return any(
        t.dep_ in PERSON_SLOTS
        and t.ent_type_ == ""
        and t.tag_ not in PLURAL_TAGS
        and (
            t.lemma_.lower() in people
            or t.lower_ in people
            or (t.pos_ in ("VERB", "ADJ") and any(c.lower_ == "the" for c in t.children))
        )
        for t in words
    )


def fronted_subject(pronoun: Token) -> Token | None:
    """ "Expressing his condolences, Ana Ruiz said …": the subject of the main clause, named after a
    possessive pronoun in a clause set before it, is whom the pronoun means (or, failing that,
    nobody said before: an earlier name is no safer)."""
    root = pronoun.sent.root
    if pronoun.i >= root.i:
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > pronoun.i]
    if not subjects or subjects[0].left_edge.i <= pronoun.i:
        return None
    clause = next((a for a in pronoun.ancestors if a.head.i == root.i), None)
    if clause is None or clause.dep_ not in FRONTED_DEPS or clause.left_edge.i != pronoun.sent.start:
        return None  # a clause the parser hung on a later verb ("X suggested …; he owed …") is no preface
    return subjects[0] if clause.i < subjects[0].left_edge.i else None


def possessive(name: str) -> str:
    """ "Ana Ruiz" -> "Ana Ruiz's"."""
    return f"{name}'s"


__all__ = [
    "POSSESSIVE_PRONOUNS",
    "clear_owner",
    "fronted_subject",
    "owned_by_pronoun",
    "owned_label",
    "possessive",
    "possessive_pronouns",
    "possessor",
]
