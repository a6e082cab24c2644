"""Edges that would leave out what was done: "filled the vacancy with X" is no "filled with X".

An edge between a clause's subject and a name in one of its prepositional phrases is labelled with
the verb and the preposition (``edges.derived_triples``' argument edges, ``frames``' verb frames):
"flew from Dushanbe to Urumqi" gives "fly to" Urumqi, as the verb's object is itself only a place it
was done from. When the verb has a complement of its own (a direct object, a predicate), the verb
and the preposition without it say something else: "used the code during the war" is no "used
during the war", "was seen as popular among voters" no "was seen as among voters". The edge keeps
the complement's word ("use code during"), or is not made when that is no common word
(a name, a pronoun). Where the act took place, and where it went to or from, hold whatever it was
done to ("attacked a mosque in X" attacked in X, "sold rifles to X" sold to X) -- unless that is a
particular thing, one the reader is pointed to ("demolished his home in X", "sold the company to
X", "denied the allegations to X"): then the act is about it, and the edge keeps it as well; so
does a bare noun where the act took place ("invoked emergency rule in X", "faces charges in X"),
which makes the predicate with its verb. An attack (``lexicons/attack_verbs.txt``) is an event
at its place whatever it hit ("attacked the mosque in X" attacked in X).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Relation, Triple
from graphbuild.resolve.entities import expanded_span

# Dependency labels of a verb's own complement: what is done, made or predicated ("filled the
# vacancy", "became president", "is seen as popular" once "as" is read as its marker).
COMPLEMENT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp"})
# A preposition whose object is a predicate of the subject, not a place or partner ("seen as").
PREDICATE_PREPOSITIONS = frozenset({"as"})
# Place prepositions of where the act took place (not where it went or came from, which holds
# whatever moved: "fired mortars at X", "smuggled rifles into X").
SETTING_PREPOSITIONS = frozenset({"in", "near", "inside", "outside", "within"})
# Prepositions of the path of what the act moved, or of what it was aimed at, besides the place
# prepositions (``lexicons/place_prepositions.txt``: "at", "in", ...) and the settings above.
PATH_PREPOSITIONS = frozenset({"from", "to", "into", "onto", "toward", "towards"})
# Determiners that point to one particular thing ("the", "this"): a complement with one, a
# possessor ("his home"), or a name or pronoun is what the act is about, not any of a class.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Dependents that count or point out a complement's noun ("a", "the", "his", "five"): without
# one, the noun is bare.
QUANTIFYING_DEPS = frozenset({"det", "poss", "nummod", "predet"})
# Word classes of a complement whose word a label can keep: a common noun, an adjective.
WORD_POS = frozenset({"NOUN", "ADJ"})
# The most words of an object a label keeps ("filled the vacancy with"); a longer one is a phrase,
# no label, and the edge is not made.
MAX_KEPT_WORDS = 4


def argument_relation(
    doc: Doc, triple: Triple, role: str, relation: Relation, lexicons: Lexicons
) -> Relation | None:
    """The label of an edge from the triple's subject to a name in its ``role`` argument:
    ``relation`` (verb and preposition) when the object is no complement of the verb or the
    argument is a setting; else with the object's words kept ("filled the vacancy with"), or None
    when they make no label. The attack verbs and place prepositions are ``lexicons``'
    (``attack_verbs.txt``, ``place_prepositions.txt``)."""
    if triple.object is None:
        return relation
    span = _span(doc, triple.object)
    if span is None or not _complement(span.root):
        return relation
    attacks, places = lexicons.terms("attack_verbs"), lexicons.terms("place_prepositions")
    if placing(role.lower(), places) and not _about(
        relation.lemma.split(" ")[0], span.root, role.lower(), attacks
    ):
        return relation
    words = triple.object.text.split()
    if not _word(span.root) or len(words) > MAX_KEPT_WORDS:
        return None
    verb_text, verb_lemma = relation.text.rsplit(" ", 1)[0], relation.lemma.rsplit(" ", 1)[0]
    return Relation(
        f"{verb_text} {triple.object.text} {role}", f"{verb_lemma} {span.root.lemma_.lower()} {role.lower()}"
    )


def left_out_word(
    verb: Token, preposition: Token, attacks: frozenset[str], places: frozenset[str]
) -> str | None:
    """What an edge through ``preposition`` keeps of the verb's complement: None when it leaves
    out none (no complement, or a setting: "attacked a mosque in Y"), the complement's word when
    one ("became president after the death of Y": "become president after death of"), "" when it
    cannot be kept ("beat X during the final of Y": no edge)."""
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    if not complements:
        return None
    word = complements[0]
    place = placing(preposition.lower_, places)
    if place and not _about(verb.lemma_.lower(), word, preposition.lower_, attacks):
        return None
    return word.lemma_.lower() if _word(word) and len(complements) == 1 else ""


def placing(preposition: str, places: frozenset[str]) -> bool:
    """A preposition of where the act took place, what it was aimed at or the path of what it
    moved (``places``: ``lexicons/place_prepositions.txt``): it took place there, or went there or
    from there, whatever it was done to ("attacked a mosque in X" attacked in X, "fired mortars at
    X" fired at X, "bought a flat from X" bought from X)."""
    return preposition in places or preposition in SETTING_PREPOSITIONS or preposition in PATH_PREPOSITIONS


def particular(token: Token) -> bool:
    """A complement naming one particular thing: "the loss", "his home" -- not one of a class ("a
    mosque", "rifles"), which an act's place or path holds."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in token.children
    )


# Verbs whose object is a predicate of the subject, like the copula's ("remained prime minister").
PREDICATE_VERBS = frozenset({"become", "remain", "stay"})


def predicative(relation: Relation) -> bool:
    """A relation whose object says what the subject is or became, as "be" does ("served as the
    mayor of X", "would remain prime minister of X", "was sworn in as president of X"): the
    subject is the phrase's head, not the names inside it (it is mayor of X, not X)."""
    words = relation.lemma.split()
    return bool(words) and (words[-1] in PREDICATE_PREPOSITIONS or relation.lemma in PREDICATE_VERBS)


def held_as(role: Relation, verb: Relation) -> Relation:
    """A role ("be mayor of") as a ``predicative`` verb says it is held: "served as mayor of", "is
    seen as stronghold of": the verb keeps a view a view ("seen as") and a post past ("served as")."""
    if not predicative(verb):
        return role
    noun = " ".join(role.lemma.split()[1:])
    return Relation(f"{verb.text} {noun}", f"{verb.lemma} {noun}")


def _about(verb_lemma: str, complement: Token, preposition: str, attacks: frozenset[str]) -> bool:
    """Whether an edge through a place preposition keeps the complement: a particular common noun
    a label can hold (a name or pronoun cannot: the edge keeps to the place, "retook X from Y"
    retook from Y), or a bare one where the act took place, unless the verb is an attack, an
    event at its place by itself."""
    attack = verb_lemma in attacks
    kept = particular(complement) or (preposition in SETTING_PREPOSITIONS and bare(complement))
    return _word(complement) and kept and not attack


def bare(token: Token) -> bool:
    """A complement with no determiner, possessor or number: a mass or abstract noun that makes
    the predicate with its verb ("invoked emergency rule", "caused controversy", "faces charges"),
    so "invoked in X" without it says nothing; "a school", "five rifles" are things the act touched."""
    return not any(c.dep_ in QUANTIFYING_DEPS for c in token.children)


def _word(token: Token) -> bool:
    """A complement a label can keep: a common noun or adjective of letters ("60%" is none)."""
    return token.pos_ in WORD_POS and token.is_alpha


def _complement(root: Token) -> bool:
    if root.dep_ in COMPLEMENT_DEPS:
        return True
    return root.dep_ in ("pobj", "amod") and root.head.lower_ in PREDICATE_PREPOSITIONS


def _span(doc: Doc, mention: Mention) -> Span | None:
    span = expanded_span(doc, mention.start, mention.end)
    return span if span is not None and len(span) else None
