"""A quotation resumed in the next sentence: '"The mill was a good employer," said Lee. "However,
the owners have sold the site."' The second quotation has no reporting verb of its own; news style
gives it to the speaker just named, as long as no paragraph break or other words come between."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.phrases import quote_ids

# Marks that end the sentence of the first quotation's reporting clause ("…," said Lee.).
SENTENCE_ENDS = frozenset({".", "!", "?"})


def resumed_report(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb of the sentence before the quotation ``verb`` is in, when that quotation
    opens the sentence right after one of the shape '"…," said X.' or '"…," X said.' (a quotation,
    a comma, then a reporting clause ending the sentence); else None."""
    doc, quotes = verb.doc, quote_ids(verb.doc)
    here = quotes[verb.i]
    if not here or not well_closed(verb):
        return None
    opening = next((i for i in range(verb.i, -1, -1) if quotes[i] != here), -1) + 1
    mark = opening - 1
    while mark >= 0 and doc[mark].is_space and "\n" not in doc[mark].text:
        mark -= 1
    if mark < 1 or doc[mark].text not in SENTENCE_ENDS or quotes[mark]:
        return None  # not right after a sentence of the author's (a paragraph break, a quotation)
    return _closing_report(doc[mark].sent, mark, quotes, reporting)


def well_closed(word: Token) -> bool:
    """The quotation ``word`` is in ends at a closing mark or at a paragraph's end, not where
    another quotation opens: a stray opening mark (' saying, "At this time … Pentagon officials said
    … "still trying …"') would make the author's sentences after it read as quoted words."""
    doc, quotes = word.doc, quote_ids(word.doc)
    here, last = quotes[word.i], word.i
    while last + 1 < len(doc) and quotes[last + 1] == here:
        last += 1
    return doc[last].is_quote or last + 1 == len(doc) or "\n" in doc[last + 1].text


def _closing_report(sent, end: int, quotes: list[int], reporting: frozenset[str]) -> Token | None:
    """The reporting verb after a quotation's closing mark and its comma in ``sent`` (up to ``end``),
    with no other quotation after it."""
    doc = sent.doc
    closes = [i for i in range(sent.start, end) if quotes[i] and not quotes[i + 1]]
    if not closes:
        return None
    close = closes[-1]
    if doc[close + 1].text != "," and doc[close - 1].text != ",":
        return None  # '"…," said X': the quotation's words end with a comma
    for i in range(close + 1, end):
        word = doc[i]
        if word.lemma_.lower() in reporting and word.pos_ == "VERB":
            return word
    return None


__all__ = ["resumed_report", "well_closed"]
