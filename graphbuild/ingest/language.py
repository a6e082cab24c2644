"""Is an article something the English pipeline can parse: some text, and English."""

from __future__ import annotations

import re

from graphbuild.errors import InputError
from graphbuild.ingest.options import _ReadOptions
from graphbuild.model import Document

# Language check: how much text to look at, and the thresholds (see ``not_english``).
_LANGUAGE_SAMPLE = 20_000
_MIN_SCRIPT_LETTERS = 20
_MIN_LANGUAGE_WORDS = 20
_MIN_FUNCTION_WORDS = 0.2
_WORD = re.compile(r"[^\W\d_]+")


def _check_document(doc: Document, where: str, options: _ReadOptions) -> None:
    """Refuse what the English pipeline would only turn into junk: no text, or another language."""
    if not doc.text.strip():
        raise InputError(f"{where}: no article text left after cleaning; give a file with article text")
    if options.check_language:
        reason = not_english(doc.text)
        if reason:
            raise InputError(
                f"{where}: does not look like English ({reason}); graphbuild parses English only, "
                "pass --any-language to process it anyway"
            )


def not_english(text: str) -> str | None:
    """Why ``text`` is probably not English, or None: a cheap offline check, no model needed.

    English prose is 30-50% function words (the, of, and, said, ...); other languages written in
    Latin letters score under 15%. Texts of fewer than 20 words are given the benefit of the
    doubt unless they are mostly in a non-Latin script.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    sample = text[:_LANGUAGE_SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= _MIN_SCRIPT_LETTERS:
        latin = sum(ch < "\u0250" for ch in letters) / len(letters)
        if latin < 0.5:
            return f"{1 - latin:.0%} of its letters are not Latin"
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_LANGUAGE_WORDS:
        return None
    ratio = sum(w in STOP_WORDS for w in words) / len(words)
    if ratio < _MIN_FUNCTION_WORDS:
        return f"only {ratio:.0%} of its words are English function words"
    return None
