"""Walking a list of names or titles joined by commas and a last conjunction ("X, Y and Z").

Lists of places ("cities such as X, Y, and Z") and of works ("books, including X, Y and Z") are
read from the words when the parse breaks them apart; both step from one member to the next over
the same separators, which this module says once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

# Words joining the last member of a list to the others.
LIST_CONJUNCTIONS = frozenset({"and", "or"})


def _same(end: int) -> int:
    return end


def comma_list(
    doc: Doc,
    start: int,
    member_end: Callable[[int], int | None],
    *,
    comma_needed: bool,
    past: Callable[[int], int] = _same,
) -> Iterator[tuple[int, int]]:
    """The members ``(start, end)`` of the list opening at ``start``: ``member_end(i)`` is where
    the member at ``i`` ends (None: no member there, the list is over), and the next one follows
    after a comma, a conjunction or both ("X, Y and Z", "X, Y, and Z"), from ``past(end)`` (a
    member's own trailer, such as a bracketed year, skipped). With ``comma_needed`` a member
    without a comma after it, or after a conjunction, is the last ("X, Y, and Z")."""
    i = start
    while (end := member_end(i)) is not None:
        yield i, end
        j = past(end)
        comma = j < len(doc) and doc[j].text == ","
        if comma_needed and (not comma or (i > 0 and doc[i - 1].lower_ in LIST_CONJUNCTIONS)):
            return
        j += comma
        if j < len(doc) and doc[j].lower_ in LIST_CONJUNCTIONS:
            j += 1
        if j == end or j >= len(doc):
            return
        i = j
