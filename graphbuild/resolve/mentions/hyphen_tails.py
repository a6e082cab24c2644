"""A phrase never opens inside a hyphenated word: "a six-seater Piper Aztec aircraft" drops the count
"six" from its modifiers, but "six-seater" is one word, and "seater Piper Aztec aircraft" or
"year-old soldier" names nothing; the phrase keeps the whole word."""

from __future__ import annotations

from spacy.tokens import Doc


def hyphenated_word_start(doc: Doc, start: int) -> int:
    """The first token of the hyphenated word that ``start`` opens in the middle of ("six-[seater]",
    "30-year-[old]": hyphens written with no space on either side); ``start`` when it opens none."""
    while start > 1 and glued_hyphen(doc, start - 1):
        start -= 2
    return start


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen with no space on either side ("six-seater", "North-West")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def hyphen_front(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a hyphenated word ("[two]-car"): a count there is a word's piece, kept."""
    return i + 2 < len(doc) and glued_hyphen(doc, i + 1)
