"""Places NER typed as people, which "he" and "she" never stand for.

NER reads many small towns and districts as people's names ("Hematabad, Raiganj and Kiran Dighi
were the worst hit … he told reporters"; "they face problems in Marja … He is safe"), and the
pronoun of the official or the fighter named around them then goes to the place. A name the text
places like a place (the object of "in", "near", "outside"; listed with places) and never marks as
a person's (no title or role noun before or beside it, no verb of speaking after it, no gendered
word before it) is no person's antecedent. A given name opening the name is a person's mark against
"in X" (a person is sometimes "in" something: "faith in Tom Hale"), not against a list of places.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons, given_names, without_accents
from graphbuild.resolve.entities import LocalEntity

# NER labels of the names a place is listed with ("Hematabad, Raiganj and X").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Dependencies of a person's name that is the speaker of a verb ("X said", "X told reporters").
SPEAKER_DEPS = frozenset({"nsubj"})
# Dependencies by which a role noun stands beside a name ("X, the mayor"; "mayor X").
BESIDE_DEPS = frozenset({"appos", "compound"})
# Verbs of speaking whose subject is a person, never a place: ``lexicons/speaker_verbs.txt``.
SPEECH_VERBS = "speaker_verbs"


def placed_person(entity: LocalEntity, doc: Doc, lexicons: Lexicons) -> bool:
    """Whether a Person-typed entity is a place by the text's evidence (kept per Doc and entity:
    coreference asks about the same entities for every pronoun)."""
    if entity.type != "Actor" or entity.subtype != "Person":
        return False
    spans = tuple((s, e) for s, e in entity.token_spans if e > s)
    cache = doc.user_data.setdefault("gb_placed_people", {})
    if spans not in cache:
        cache[spans] = _placed([doc[s:e] for s, e in spans], lexicons)
    return cache[spans]


def _placed(spans: list[Span], lexicons: Lexicons) -> bool:
    marks = _person_marks(lexicons)
    speech = lexicons.terms(SPEECH_VERBS)
    if not spans or any(_marked_person(span, marks, speech) for span in spans):
        return False
    if any(_listed_with_places(span) for span in spans):
        return True
    given = given_names(lexicons)
    return not any(_opens_with_given_name(span, given) for span in spans) and any(
        _placed_in(span.root, lexicons) for span in spans
    )


@functools.lru_cache(maxsize=8)
def _person_marks(lexicons: Lexicons) -> frozenset[str]:
    """Titles, role nouns and gendered words: "Governor X", "X, the mayor", "Mrs X"."""
    titles = frozenset(t.lower() for t in lexicons.terms("titles"))
    gendered = lexicons.terms("masculine_words") | lexicons.terms("feminine_words")
    return titles | lexicons.terms("role_nouns") | gendered


def _marked_person(span: Span, marks: frozenset[str], speech: frozenset[str]) -> bool:
    """A title, role or gendered word in, before or beside the name, or a verb of speaking after it."""
    doc, root = span.doc, span.root
    before = [doc[span.start - 1]] if span.start > 0 else []
    beside = [root.head] if root.dep_ in BESIDE_DEPS else []
    beside += [c for c in root.children if c.dep_ in BESIDE_DEPS and c.i not in range(span.start, span.end)]
    if any(_word(t) in marks for t in (*span, *before, *beside)):
        return True
    verbs = [root.head, *root.head.conjuncts] if root.dep_ in SPEAKER_DEPS else []
    return any(v.lemma_.lower() in speech for v in verbs)  # "X objected and told the judge"


def _listed_with_places(span: Span) -> bool:
    """ "Hematabad, Raiganj and X": a name coordinated with more names NER read as places than as
    people's (any of its words: the parser often hangs a name by its first word alone); one place
    in a list of people ("A, B and C stood accused") is NER's slip, not a list of places."""
    others = {c.i: c for token in span for c in token.conjuncts if not span.start <= c.i < span.end}
    places = sum(c.ent_type_ in PLACE_LABELS for c in others.values())
    return places > sum(c.ent_type_ == "PERSON" for c in others.values())


def _placed_in(root: Token, lexicons: Lexicons) -> bool:
    """ "problems in X", "a raid near X": the object of a preposition that places things."""
    return root.dep_ == "pobj" and root.head.lower_ in lexicons.terms("place_prepositions")


def _opens_with_given_name(span: Span, given: frozenset[str]) -> bool:
    return len(span) > 1 and without_accents(span[0].lower_) in given


def _word(token: Token) -> str:
    return without_accents(token.lower_.rstrip("."))
