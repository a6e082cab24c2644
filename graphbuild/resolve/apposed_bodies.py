"""The body a person's apposed post names before it: "Tom Reed, a Red Cross staff attorney" is
staff attorney of the Red Cross, as "Red Cross staff attorney Tom Reed" is (``nominal``'s
occupation edge); without this edge the person and the body stay unjoined.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.resolve.entities import LocalEntity

# Only a person holds a post; only an actor (an organisation, a group, a government) is its body:
# a place before the post says where it is or whom it comes from ("a Boston lawyer", "an Iraq
# war veteran"), a person whom it serves or follows ("a Trump aide", "a Trump supporter").
PERSON = "Person"
ACTOR = "Actor"
# The lexicons of nouns a person holds at a body: a post ("spokesman", "attorney") or a membership
# ("member", "fighter"); any other noun is no post ("Ana Ruiz, an EMT hiking through the park").
# ``nominal_edges`` joins them once per document and passes them in as ``held``.
POST_LEXICONS = ("role_nouns", "titles", "member_nouns")
# Links of a name modifying the post noun, or a noun before it ("Red Cross staff attorney").
MODIFIER_DEPS = frozenset({"compound", "nmod"})


def apposed_body(
    name: Token,
    noun: Token,
    owner: dict[int, LocalEntity],
    held: frozenset[str],
    qualifiers: frozenset[str] = frozenset(),
) -> tuple[str, Token] | None:
    """``(post words, body)`` for a person's name whose apposed (or predicate) common noun is
    led by a body's name: "Ana Ruiz, a CNN anchor", "X is a Hamas commander"; None otherwise. The
    noun must be one a person holds (``held``: the words of ``POST_LEXICONS``); the post keeps its
    qualifier ("former"), wherever the parse hangs it."""
    holder = owner.get(name.i)
    if holder is None or holder.subtype != PERSON or noun.pos_ != "NOUN" or noun.i in owner:
        return None
    if noun.lemma_.lower() not in held:
        return None
    modifiers = [c for c in noun.lefts if c.dep_ in MODIFIER_DEPS]
    # "Red Cross staff attorney": the name may modify the noun before the post
    modifiers += [g for c in modifiers if c.pos_ == "NOUN" for g in c.lefts if g.dep_ in MODIFIER_DEPS]
    names = [t for t in modifiers if t.pos_ == "PROPN" and t.i in owner]
    if not names:
        return None
    body = names[-1]
    entity = owner[body.i]
    if entity.type != ACTOR or entity.subtype == PERSON or entity is holder:
        return None
    if any(c.dep_ in ("cc", "conj") for c in body.children):
        return None  # "a CNN and BBC contributor": a list, not one body
    post = [t for t in noun.doc[body.i + 1 : noun.i + 1] if t.pos_ == "NOUN" and t.i not in owner]
    if not post or post[-1].i != noun.i:
        return None
    words = " ".join([t.lower_ for t in post[:-1]] + [noun.lemma_.lower()])
    # "a former U.S. Drug Enforcement Administration official": the parse may hang the post's
    # qualifier (``qualifiers``) on the body's name; it still says the post is held no more
    before = [t for t in noun.subtree if t.i < body.i and t.lower_.rstrip("-") in qualifiers]
    return (f"{before[0].lower_} {words}" if before else words), body


__all__ = ["apposed_body"]
