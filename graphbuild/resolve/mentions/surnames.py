"""Surnames NER left untagged after it found the person's full name.

News names a person in full once and by surname after ("Mary Brandvold ... Brandvold went on to
add"); the statistical tagger often misses the bare surname, most of all at a sentence's start or
before "said". A capitalised word outside any entity that is the last word of a full name the
article tagged PERSON earlier is that person again: the mention is typed as NER types a person, so
the name resolution links it to the full name as it does a tagged surname. A "name" ending in
an organisation's head noun ("Harbor Police" tagged PERSON) is a body, and its last word no surname.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graphbuild.nlp import token_table
from graphbuild.resolve.mentions.mention import EntityMention

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Parts of speech a bare surname takes: a proper noun, or a common noun mid-sentence ("Lyons said").
_NAME_POS = frozenset({"PROPN", "NOUN"})


def surname_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """An Actor/Person mention for each untagged surname of a person named in full before it."""
    bodies = tables.lexicons.terms("organization_heads")
    first_seen: dict[str, int] = {}
    for ent in doc.ents:
        last = ent[-1]
        if ent.label_ == "PERSON" and len(ent) > 1 and _name_end(last) and last.lower_ not in bodies:
            first_seen.setdefault(last.text, ent.end)
    out = []
    if not first_seen:
        return out
    for i, text in enumerate(token_table(doc).text):  # Tokens made only of the candidates
        after = first_seen.get(text)
        if after is not None and i >= after and _bare_surname(doc[i]):
            out.append(EntityMention(i, i + 1, text, text, "Actor", "Person", "ner"))
    return out


def _name_end(token: Token) -> bool:
    """A capitalised word of letters, as a surname is; not an acronym ("Ruvo-PF" tagged PERSON)."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper()


def _bare_surname(token: Token) -> bool:
    """A word of its own: untagged, a name's part of speech, no capitalised name word beside it
    ("Lyons Road", "Fort Lyons" name something else), and not a common noun opening a sentence."""
    if token.ent_iob_ != "O" or token.pos_ not in _NAME_POS:
        return False
    if token.pos_ == "NOUN" and token.is_sent_start:
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(n.text[:1].isupper() and n.pos_ == "PROPN" for n in neighbours)


__all__ = ["surname_mentions"]
