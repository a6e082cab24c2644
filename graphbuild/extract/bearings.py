"""A distance with its bearing: "the epicentre was 26 km (16 miles) southwest of X", "stranded about
2000 miles southwest of X". The parser hangs the compass word on the unit as an apposition, so the
object stops at the number ("was | 26 km"), which says where nothing is; the place it is measured
from is the point of the fact."""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import trim
from graphbuild.lexicons import Lexicons, compass_points
from graphbuild.model import evolve

# Prepositions that name the place a bearing is taken from: "north of X", "west from X".
BEARING_PREPOSITIONS = frozenset({"of", "from"})
# Longest parenthesis skipped between a distance and its bearing: "(16 miles)", "(3218.7 km)".
MAX_ASIDE = 8


def with_bearing(fact: Fact, doc: Doc, lexicons: Lexicons) -> Fact:
    """The fact with its object run on through the bearing after a distance it ends on ("26 km" ->
    "26 km (16 miles) south-southwest of X"), or through a "from" phrase the parse hangs on the
    distance ("130 km (80 miles) from X"); unchanged when neither follows, or the phrase overlaps
    the subject. An argument inside the phrase goes into it."""
    if fact.object is None:
        return fact
    start, end = fact.object
    if doc[end - 1].lower_ not in lexicons.terms("distance_words"):
        return fact
    after = _past_aside(doc, end)
    first = after
    points = compass_points(lexicons)
    while after < len(doc) and (doc[after].lower_ in points or doc[after].text == "-"):
        after += 1
    if after >= len(doc) or (after > first and doc[after - 1].lower_ not in points):
        return fact
    marker = doc[after]
    if after == first and not (marker.lower_ == "from" and marker.head.i == end - 1):
        return fact  # no bearing: only a "from" of the distance itself ("130 km (80 miles) from X")
    if marker.lower_ not in BEARING_PREPOSITIONS or marker.dep_ != "prep" or not any(marker.children):
        return fact
    stop = marker.right_edge.i + 1
    stop = next((i for i in range(after, stop) if doc[i].text == ";"), stop)
    if fact.subject[0] < stop and fact.subject[1] > end:
        return fact
    kept = tuple(a for a in fact.arguments if not (a.span[0] < stop and a.span[1] > end))
    return evolve(fact, object=trim(doc, start, stop), arguments=kept)


def _past_aside(doc: Doc, end: int) -> int:
    """The index after a parenthesis right after ``end`` (a conversion, "(16 miles)"), else ``end``."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    close = next((i for i in range(end + 1, min(end + MAX_ASIDE, len(doc))) if doc[i].text == ")"), None)
    return end if close is None else close + 1
