"""Errors a user can fix. ``str(e)`` says what went wrong, where, and what to do."""

import errno
import sqlite3

# How a full disk shows: the OS's errno, SQLite's own message, or a Rust library's error text.
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
DISK_FULL_TEXTS = ("database or disk is full", "no space left on device", "disk quota exceeded")


class GraphbuildError(Exception):
    """Something the user can fix; the CLI prints it as one line and exits 1."""


class InputError(GraphbuildError):
    """An article or corpus cannot be read or parsed."""


class ModelNotFound(GraphbuildError):
    """No usable spaCy pipeline is installed."""


class OntologyError(GraphbuildError):
    """An ontology, shape, lexicon or dictionary file is missing or invalid."""


class QueryError(GraphbuildError):
    """A SPARQL query is malformed or uses an unknown prefix."""


class StoreError(GraphbuildError):
    """The graph cannot be written, read or pushed to a store."""


class RenderError(GraphbuildError):
    """The network page cannot be drawn with the options given."""


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` (or what it was raised from) says the disk or the user's quota is full."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in DISK_FULL_ERRNOS:
            return True
        if isinstance(current, (OSError, sqlite3.Error, RuntimeError)) and any(
            text in str(current).lower() for text in DISK_FULL_TEXTS
        ):
            return True
        current = current.__cause__ or current.__context__
    return False
