"""Mending the parse of a person's name with lower-case particles, before any fact is read off it.

"José Eduardo dos Santos fired the board": the model reads the particle of a Portuguese, Spanish,
Dutch or French name as a verb ("dos" as "does") and NER cuts the name in two ("Joran van der" and
"Sloot"). A lower-case name particle, or a run of them, between two capitalised words of a person's
name is part of the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphbuild.nlp import forget_token_table, token_table

# Lower-case particles inside people's names ("dos Santos", "da Silva", "de Gaulle", "van der Berg"),
# and the "of" of Bantu names and the "son of" of Arabic ones ("Ngozi wa Kamau", "Omar bin Saleh").
NAME_PARTICLES = frozenset(
    {"dos", "da", "das", "do", "de", "del", "della", "di", "du", "van", "von", "der", "den"}
) | frozenset({"wa", "bin", "ibn"})
# What a clause hung on a particle misread as its verb is: the real verb, with the name's last word
# as its subject ("dos/ROOT ... Santos/nsubj fired/ccomp").
_CLAUSE_DEPS = frozenset({"ccomp", "conj", "xcomp", "advcl", "parataxis"})


def mend_name_particles(doc: Doc) -> int:
    """Make a lower-case particle between two capitalised words, one of them in a person's name, a
    word of that name: NER's pieces become one person, and a particle the model read as the verb
    hands its place to the verb whose subject is the name. Returns how many were mended."""
    table = token_table(doc)
    lower = table.lower
    # each run of particles once, from its first ("Joran van der Sloot": "van der")
    found = [
        i
        for i, word in enumerate(lower)
        if word in NAME_PARTICLES and 0 < i < len(doc) - 1 and lower[i - 1] not in NAME_PARTICLES
    ]
    mended = 0
    for i in found:
        end = i
        while end < len(doc) - 1 and lower[end] in NAME_PARTICLES:
            end += 1
        before, particles, after = doc[i - 1], list(doc[i:end]), doc[end]
        lowered = all(p.text.islower() for p in particles)
        if not (before.text[:1].isupper() and after.text[:1].isupper() and lowered):
            continue
        if "PERSON" not in (before.ent_type_, after.ent_type_):
            continue
        particle = particles[0]
        handed = (
            len(particles) == 1
            and particle.pos_ in ("VERB", "AUX")
            and _particle_verb_handed_on(particle, before, after)
        )
        if not handed and any(
            c.dep_ != "punct" and c not in (before, *particles) for p in particles for c in p.children
        ):
            continue  # a verb with words of its own: no name's particle this parse can mend
        if not handed and under(after, (before, *particles)):
            continue  # the name's last word hangs below its first: the parse holds it together already
        if not handed and after.head.i != before.i and all(p.head.i != before.i for p in particles):
            # "His daughter Isabel dos Santos": three appositions of "daughter", one name
            for word in (before, *particles):
                word.head, word.dep_ = after, "compound"
            for p in particles:
                p.pos_, p.tag_ = "PROPN", "NNP"
        one_person(doc, before, after)
        mended += 1
    if mended:
        forget_token_table(doc)  # read before the mend, now stale
    return mended


def _particle_verb_handed_on(particle: Token, before: Token, after: Token) -> bool:
    """Give the place of a particle read as a verb to the clause whose subject is the name's last
    word, and hang the particle and the first words on that word. False when there is no such clause."""
    verbs = [
        c
        for c in particle.children
        if c.dep_ in _CLAUSE_DEPS
        and any(s.i == after.i for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    ]
    if not verbs or before.head.i != particle.i or under(particle, (after,)):
        return False
    verb = verbs[0]
    root = particle.head.i == particle.i
    verb.head, verb.dep_ = (verb if root else particle.head), particle.dep_
    for child in list(particle.children):
        if child.i not in (before.i, verb.i):
            child.head = verb
    before.head, before.dep_ = after, "compound"
    particle.head, particle.dep_ = after, "compound"
    particle.pos_, particle.tag_ = "PROPN", "NNP"
    return True


def under(token: Token, heads: tuple[Token, ...]) -> bool:
    """Whether any of ``heads`` is an ancestor of ``token``: hanging it on ``token`` would make a
    cycle, which no parse may hold."""
    ids = {h.i for h in heads}
    return any(a.i in ids for a in token.ancestors)


def one_person(doc: Doc, before: Token, after: Token) -> None:
    """Make the person's name from the start of ``before``'s name to the end of ``after``'s one entity."""
    start = next(
        (e.start for e in doc.ents if e.label_ == "PERSON" and e.start <= before.i < e.end), before.i
    )
    end = next((e.end for e in doc.ents if e.start <= after.i < e.end), after.i + 1)
    name = Span(doc, start, end, label="PERSON")
    doc.ents = filter_spans([name, *(e for e in doc.ents if e.end <= start or e.start >= end)])


__all__ = ["NAME_PARTICLES", "mend_name_particles", "one_person", "under"]
