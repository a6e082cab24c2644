"""The reading settings: what the user sets (``ReadOptions``) and what one read passes down."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from graphbuild.errors import InputError
from graphbuild.ingest.size import DEFAULT_MAX_BYTES
from graphbuild.lexicons import Lexicons

ErrorHandler = Callable[[InputError], None]
logger = logging.getLogger("graphbuild.ingest")  # the package's logger, one name for every reader


@dataclass(frozen=True)
class ReadOptions:
    """How articles are read: the user's reading settings, one object through every layer."""

    ontology: str | None = None  # ontology folder whose lexicons find bylines and boilerplate
    encoding: str | None = None  # encoding of files without a BOM
    max_bytes: int = DEFAULT_MAX_BYTES  # largest article (file or corpus line)
    check_language: bool = True  # skip articles that do not look English
    date: str | None = None  # ISO date of articles that carry none (--date): the anchor of "yesterday"


def _log_warning(error: InputError) -> None:
    logger.warning("%s", error)


@dataclass(frozen=True)
class _ReadOptions:
    """The reading settings of one ``read_documents`` call, passed down together."""

    lexicons: Lexicons
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True
    warn: ErrorHandler = _log_warning
