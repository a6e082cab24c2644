"""A person's possessive whose apostrophe the source lost: "Mr. Novakovskis death" for "Mr.
Novakovski's death". The tokenizer keeps "Novakovskis" whole, NER takes it for a surname, and the
article gets a second person who does not exist; ``resolve.nodes`` drops such a name (the person,
written right elsewhere, is the node).
"""

from __future__ import annotations

from spacy.tokens import Span

# Shortest stem of a surname read as glued to a lost possessive's "s".
_STEM_LENGTH = 3
# Parts of speech of a lower-case word a possessive owns, or an adjective before it.
_OWNED = frozenset({"NOUN", "ADJ"})


def lost_person_possessive(span: Span, given: frozenset[str]) -> bool:
    """``Mr. Novakovskis death``: a name's last word that is another person's name word of the text
    plus "s", before a lower-case noun or adjective, is that person's possessive with its apostrophe
    lost. A given name plus "s" is often a surname of its own ("Williams", "Roberts"), and a stem
    the text never writes as a person's name proves nothing ("Jones"), and a counted word is a
    plural ("13 million Vexes last year")."""
    doc, last = span.doc, span[-1]
    stem = last.text[:-1]
    if not (last.text.endswith("s") and len(stem) >= _STEM_LENGTH and stem[:1].isupper()):
        return False
    if stem.endswith("s") or stem.lower() in given or span.end >= len(doc):
        return False
    owned = doc[span.end]
    if owned.pos_ not in _OWNED or not owned.text[:1].islower() or _counted(span):
        return False
    return any(t.text == stem and t.ent_type_ == "PERSON" for t in doc)


def _counted(span: Span) -> bool:
    """A number counts the span's last word ("13 million Vexes"): a plural, no possessive."""
    last = span[-1]
    before = span.doc[span.start - 1] if span.start > 0 else None
    return any(c.dep_ == "nummod" for c in last.children) or (before is not None and before.pos_ == "NUM")
