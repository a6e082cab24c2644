"""Names the source glued to the word after them when it lost a dash or a space: "James Cameronas
the highest-grossing", "the Alliancewhich said". Such a name is mangled; the name itself, written
apart elsewhere, is the node."""

from __future__ import annotations

import re

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons, given_names
from graphbuild.resolve.fragments import glued_possessive
from graphbuild.resolve.lost_apostrophes import lost_person_possessive

# A capitalised word with a function word glued to its end: the word, then the function word.
_GLUED = re.compile(r"^([A-Z][a-z]{2,})(which|who|also|as|the)$")
# Endings no English word or name has ("Alliancewhich", "Cleggwho", "Titanicalso").
_SURE_ENDINGS = frozenset({"which", "who", "also"})


def glued(spans: list[Span], lexicons: Lexicons) -> bool:
    """A name glued to what follows: a possessive without its apostrophe ("Kenyas envoy") in any
    mention, or a word glued to a function word (``glued_name``) or a person's possessive without
    its apostrophe (``lost_person_possessive``: "Mr. Novakovskis death") in every mention."""
    if any(glued_possessive(span, lexicons) for span in spans):
        return True
    given = given_names(lexicons)
    return bool(spans) and (
        all(glued_name(span) for span in spans) or all(lost_person_possessive(span, given) for span in spans)
    )


def glued_name(span: Span) -> bool:
    """The name's last word is a word + "which", "who" or "also"; or + "as" or "the" (which end
    names too: "Douglas", "Goethe") when the word stands apart elsewhere in the text or another
    word of the sentence is surely glued ("Titanicalso by director James Cameronas the ...")."""
    match = _GLUED.match(span[-1].text)
    if match is None:
        return False
    stem, ending = match.groups()
    if ending in _SURE_ENDINGS:
        return True
    doc = span.doc
    return any(t.text == stem for t in doc) or any(_surely_glued(t.text) for t in span.sent)


def _surely_glued(word: str) -> bool:
    """A word + "which", "who" or "also": the source lost a dash or a space in this sentence."""
    match = _GLUED.match(word)
    return match is not None and match.group(2) in _SURE_ENDINGS
