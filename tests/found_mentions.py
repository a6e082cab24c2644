"""What ``find_mentions`` finds in a sentence, with the pipeline's own mention tables."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.lexicons import load_lexicons
from graphbuild.resolve import EntityMention, find_mentions, mention_tables


def found_mentions(nlp: Language, doc: Doc) -> list[EntityMention]:
    """Every mention of ``doc``, parsed by ``nlp``."""
    return find_mentions(doc, mention_tables(nlp, load_lexicons()))


def mention_names(nlp: Language, text: str) -> dict[str, tuple[str, str, str]]:
    """Each mention's text -> (name, type, subtype)."""
    return {m.text: (m.name, m.type, m.subtype) for m in found_mentions(nlp, nlp(text))}
