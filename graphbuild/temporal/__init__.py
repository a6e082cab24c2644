"""Time on facts: the article's date (``anchor``), its temporal expressions (``expressions``) and their
ISO 8601 / TIMEX3 values against that date (``normalise``)."""

from graphbuild.temporal.anchor import Anchor, document_anchor
from graphbuild.temporal.expressions import find_expressions
from graphbuild.temporal.normalise import TimeValue, normalise

__all__ = ["Anchor", "TimeValue", "document_anchor", "find_expressions", "normalise"]
