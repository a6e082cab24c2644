"""Stock ticker symbols: "Acme Corp. (NYSE:ACM)". Business news writes a listed company's ticker
after its name, as an exchange's code, a colon and the symbol in brackets; NER takes the symbol for
a body's name, and the company, named right before it, gets a second node that names nothing else.
``resolve.nodes`` drops a name whose every mention is such a symbol.
"""

from __future__ import annotations

from spacy.tokens import Span

# Colons that part an exchange's code from the symbol ("NYSE:ACM", "TSX: ACM").
_COLONS = frozenset({":"})
# Longest code of a stock exchange ("NYSE", "NASDAQ", "EURONEXT").
_CODE_LENGTH = 8


def ticker(span: Span) -> bool:
    """``(NYSE:ACM)``: the span stands after an exchange's upper-case code and a colon, between
    brackets, so it is the company's symbol on that exchange, not a name of its own."""
    doc = span.doc
    if span.start < 3 or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    opening, code, colon = doc[span.start - 3], doc[span.start - 2], doc[span.start - 1]
    return (
        opening.text == "("
        and colon.text in _COLONS
        and code.text.isalpha()
        and code.text.isupper()
        and len(code.text) <= _CODE_LENGTH
    )
