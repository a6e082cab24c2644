"""Holidays named after someone or something ("Saint Valentine's Day", "Mother's Day"): a time of
year, not the person, body or place whose name it holds. Listed festivals ("Diwali", "Ramadan") are
in ``lexicons/holidays.txt``."""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.nlp import NAME_LABELS

# The head word of a holiday's name after a possessive.
_DAY = "Day"


def holiday_name(span: Span) -> bool:
    """``Saint Valentine's Day``, ``Presidents' Day``: a name ending in a possessive and "Day" is a
    holiday, whatever NER called it ("Doris Day" has no possessive)."""
    return len(span) > 2 and span[-1].text == _DAY and span[-2].tag_ == "POS"


def whole_holidays(ents: tuple[Span, ...] | list[Span]) -> list[Span]:
    """``[St. Patrick's] [Day]``, ``[Mother]'s [Day]``: a name NER ended at or before the possessive
    of a holiday's "'s Day" is made whole with its "Day" (any entity over that "Day" goes), so the
    holiday is one name and not a cut person or place."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # the "Day" just taken into a holiday
        out.append(_with_day(ent) if ent.label_ in NAME_LABELS else ent)  # a name NER may end before "'s Day"
    return out


def _with_day(ent: Span) -> Span:
    """``ent`` with the possessive and "Day" after it, when they follow; else ``ent``."""
    doc, end = ent.doc, ent.end
    if ent[-1].tag_ != "POS":
        if end >= len(doc) or doc[end].tag_ != "POS":
            return ent
        end += 1
    if end >= len(doc) or doc[end].text != _DAY:
        return ent
    return Span(doc, ent.start, end + 1, label=ent.label_)
