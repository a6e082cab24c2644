"""Hand-built parses for rule tests: no statistical model, so the rule logic is what is tested.

Each row is ``word head dep pos tag lemma`` with ``head`` the absolute index of the head token
(a root points at itself); an optional seventh column gives a BIO entity tag such as ``B-GPE``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab


def parsed(rows: str) -> Doc:
    """A Doc with the dependency parse, tags, lemmas and entities written in ``rows``; a word written
    with a trailing ``+`` ("al+") has no space after it ("al-Taie")."""
    words, spaces, heads, deps, pos, tags, lemmas, ents = [], [], [], [], [], [], [], []
    for row in rows.strip().splitlines():
        word, head, dep, p, tag, lemma, *ent = row.split()
        glued = len(word) > 1 and word.endswith("+")
        words.append(word[:-1] if glued else word)
        spaces.append(not glued)
        heads.append(int(head))
        deps.append(dep)
        pos.append(p)
        tags.append(tag)
        lemmas.append(lemma)
        ents.append(ent[0] if ent else "O")
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
    )


def triple_strings(doclike, **options) -> list[str]:
    """The doc's triples as ``subject | relation | object [| role argument ...]`` strings."""
    from graphbuild.extract import extract_triples

    out = []
    for t in extract_triples(doclike, **options):
        args = [f"{a.role} {a.mention.text}".strip() for a in t.arguments]
        out.append(" | ".join([t.subject.text, t.relation.text, t.object.text, *args]))
    return out


def qualified(doclike, *, variants: bool = False) -> dict[str, tuple[bool, str | None, str | None]]:
    """``subject | relation | object`` -> (negated, modality, attributed_to) for each triple (with
    ``variants``, also the readings kept for Open IE only)."""
    from graphbuild.extract import extract_triples

    return {
        f"{t.subject.text} | {t.relation.text} | {t.object.text}": (t.negated, t.modality, t.attributed_to)
        for t in extract_triples(doclike, variants=variants)
    }
