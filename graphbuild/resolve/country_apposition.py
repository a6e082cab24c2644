"""``Ciudad Juarez, Mexico``: a name NER took for a body, followed by a comma and a country, is a
place in that country, unless the comma closes a source ("according to the Ledger, Chile says"),
or the country opens a clause of its own as the subject of a reporting verb."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.mentions.sources import cited_source
from graphbuild.resolve.places import lookup_place

# Longest country name read after the comma, in words.
_MAX_COUNTRY_WORDS = 3


def before_country(span: Span, lexicons: Lexicons) -> bool:
    """``X, Mexico`` where a sentence goes on: the comma's apposition places X in that country."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or cited_source(span):
        return False
    for size in range(1, _MAX_COUNTRY_WORDS + 1):
        after = doc[span.end + 1 : span.end + 1 + size]
        place = lookup_place(after.text, lexicons)
        if place is not None and place.subtype == "Country" and after.end < len(doc):
            nxt = doc[after.end]
            if nxt.pos_ in ("AUX", "VERB") and reporting(nxt, lexicons):
                return False  # "..., China says": the country speaks in a clause of its own
            return nxt.is_punct or (nxt.pos_ in ("AUX", "VERB") and nxt.tag_ != "POS")
    return False


def reporting(verb: Token, lexicons: Lexicons) -> bool:
    """A verb that reports speech ("says", "announced"), by ``lexicons/reporting_verbs.txt``."""
    return verb.lemma_.lower() in lexicons.terms("reporting_verbs")
