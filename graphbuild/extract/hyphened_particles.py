"""Mending the parse of a name whose next word is joined on by a hyphened particle ("al-", "el-").

"Prosecutors named Abd al-Rahim al-Nashiri": the tokenizer splits "al-Nashiri" into "al", "-",
"Nashiri", and the model may hang the particle and hyphen on the word before as an apposition, which
gives "Abd al-Rahim | is | al-Nashiri", or leave the last word's particle hanging off the name. A
lower-case particle joined by a hyphen to a capitalised word, right after a capitalised word of a
name, continues that name: the particle and hyphen are the next word's, and the two parts state no fact.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.name_particles import one_person, under
from graphbuild.nlp import NAME_LABELS, forget_token_table

# Lower-case particles a hyphen joins to the next word of an Arabic name ("al-Taie", "el-Masri",
# "ad-Din", "bin-Salem", "abu-Bakr").
HYPHENED_PARTICLES = frozenset(
    {"al", "el", "ad", "ed", "ar", "as", "at", "az", "ash", "an", "bin", "ibn", "bint", "abu", "abd"}
)
# What a word hung on a particle may be for the particle to be read as one of a name's words.
_NAME_WORD_POS = frozenset({"PROPN", "PUNCT"})


def mend_hyphened_particles(doc: Doc) -> int:
    """Hang each lower-case particle and hyphen between two capitalised name words on the word
    after them. Returns how many were mended."""
    mended = 0
    text = [token.text for token in doc]  # read once: four Tokens per word would cost more than the rule
    for i in range(1, len(doc) - 2):
        if text[i + 1] != "-" or text[i] not in HYPHENED_PARTICLES:
            continue
        before, particle, hyphen, after = doc[i - 1], doc[i], doc[i + 1], doc[i + 2]
        if not _hyphened_name(before, particle, hyphen, after):
            continue
        hung = particle.head.i == after.i and hyphen.head.i == after.i
        if hung and not _apposed(before, after):
            continue  # parsed as one name already
        if not hung and not _inside(before, after, (particle, hyphen)):
            continue  # the particle carries the name's link outward ("in al-"): left as parsed
        if hung or _hang_on(after, (particle, hyphen)):
            _last_word_heads(before, after)
            if "PERSON" in (before.ent_type_, after.ent_type_):
                one_person(doc, before, after)
            mended += 1
    if mended:
        forget_token_table(doc)
    return mended


def _hyphened_name(before: Token, particle: Token, hyphen: Token, after: Token) -> bool:
    """ "Hashim al-Taie": a capitalised name word, a lower-case particle, a hyphen with no space
    round it, a capitalised word."""
    return (
        particle.text in HYPHENED_PARTICLES
        and hyphen.text == "-"
        and not particle.whitespace_
        and not hyphen.whitespace_
        and before.text[:1].isupper()
        and after.text[:1].isupper()
        and before.pos_ == "PROPN"
        and bool({before.ent_type_, after.ent_type_} & NAME_LABELS)  # names a particle may continue
    )


def _inside(before: Token, after: Token, pieces: tuple[Token, Token]) -> bool:
    """Whether the particle and hyphen hang on words of the name itself, from its first word (NER's
    start, or ``before``) to ``after``: a particle the parse linked to a word outside the name holds
    the name's place in the sentence, and moving it would cut that link."""
    doc = before.doc
    ent = next((e for e in doc.ents if e.start <= before.i < e.end), None)
    first = ent.start if ent is not None else before.i
    return all(first <= p.head.i <= after.i and p.head.i != p.i for p in pieces)


def _apposed(before: Token, after: Token) -> bool:
    """ "Sultan Hashim al-Taie" parsed with "Taie" an apposition of "Hashim": one name read as two."""
    return after.dep_ == "appos" and after.head.i == before.i


def _last_word_heads(before: Token, after: Token) -> None:
    """Make the name's last word its head where the parse set it off as an apposition of the word
    before: that word and its other words hang on the last word, which takes its place."""
    if not _apposed(before, after):
        return
    after.head, after.dep_ = (after if before.head.i == before.i else before.head), before.dep_
    for child in list(before.children):
        if child.i != after.i:
            child.head = after
    before.head, before.dep_ = after, "compound"


def _hang_on(after: Token, pieces: tuple[Token, Token]) -> bool:
    """Make ``after`` the head of the particle and hyphen; where the parse hung ``after`` below them,
    it takes their place first. False when that cannot be done without a cycle."""
    ids = {p.i for p in pieces}
    if under(after, pieces):
        if after.head.i not in ids:
            return False  # another word between: no mend this parse can hold
        top = next(p for p in pieces if p.head.i not in ids)
        if top.head.i == top.i:
            after.head, after.dep_ = after, top.dep_
        else:
            after.head, after.dep_ = top.head, top.dep_
        for piece in pieces:
            for child in list(piece.children):
                if child.i not in ids and child.i != after.i:
                    child.head = after
    else:
        words = [c for p in pieces for c in p.children if c.i not in ids and c.i != after.i]
        if any(c.i > after.i or c.pos_ not in _NAME_WORD_POS for c in words):
            return False  # a particle with words of its own: not one this rule can read
        for word in words:  # the name's first words ("Sultan Hashim") hung on the particle
            word.head = after
    particle, hyphen = pieces
    particle.head, particle.dep_ = after, "compound"
    particle.pos_, particle.tag_ = "PROPN", "NNP"
    hyphen.head, hyphen.dep_ = after, "punct"
    return True


__all__ = ["HYPHENED_PARTICLES", "mend_hyphened_particles"]
