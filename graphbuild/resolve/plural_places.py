"""A bare plural "the islands" repeats the one place named before whose name ends in that word.

A place named by a plural noun ("the Tarvo Islands", "the Kestrel Mountains") is one place, and
news goes on with its bare head ("The islands were shelled"): the name's own word says which
place it is, as "the court" says for "the Supreme Court" (``referents.head_named``, which takes
only singular nouns, a plural description being as often a group). Only a place's name, only
"the" + at most two adjectives + the plural noun with no phrase saying which ("the islands off
Java" says it itself), and only when exactly one place so named comes before it.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.nlp import has_child, token_table
from graphbuild.resolve.entities import LocalEntity, name_head

PLACE = "Region"
PLURAL_TAG = "NNS"
DEFINITE = "the"
# Modifiers a bare description may have ("the remote islands").
BARE_DEPS = frozenset({"det", "amod"})
# Children of the noun that say themselves which ones ("the islands off Java").
OWN_DESCRIPTION_DEPS = frozenset({"prep", "relcl", "acl"})
MAX_WORDS = 3


def bare_plural(span: Span) -> int | None:
    """The index of the noun of a bare plural description, which can only point back: "the" + at most
    two adjectives + a plural noun, with no phrase or clause on the noun saying which ones; else None."""
    table = token_table(span.doc)
    words = [i for i in range(span.start, span.end) if not table.is_punct[i]]
    root = span.root.i
    if (
        not words
        or len(words) > MAX_WORDS
        or table.lower[words[0]] != DEFINITE
        or words[-1] != root
        or table.tag[root] != PLURAL_TAG
        or any(table.dep[i] not in BARE_DEPS for i in words[:-1])
        or has_child(span.root, OWN_DESCRIPTION_DEPS)
    ):
        return None
    return root


def plural_place(span: Span, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The one place named before ``span`` whose name's head is the description's plural noun."""
    root = bare_plural(span)
    table = token_table(span.doc)
    if root is None or table.pos[root] != "NOUN":
        return None
    noun = table.lower[root]
    found = {
        e.key: e
        for i, e in owner.items()
        if i < span.start and e.type == PLACE and not e.generic and len(e.name.split()) > 1
        if name_head(e.name) == noun
    }
    return next(iter(found.values())) if len(found) == 1 else None


__all__ = ["bare_plural", "plural_place"]
