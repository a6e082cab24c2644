"""Deterministic, safe IRIs minted from text.

Shared by resolution (entity ids) and the RDF stage. Only ``[a-z0-9_-]`` ever reaches a local
name, so an IRI cannot break Turtle, N-Triples or SPARQL whatever the article says.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

import pyoxigraph

from graphbuild.errors import InputError

DEFAULT_BASE = "https://w3id.org/graphbuild/id/"
_UNSAFE = re.compile(r"[^a-z0-9]+")


def slug_digest(text: str) -> str:
    """The hash ``slug`` puts in a local name that cannot keep ``text`` readable."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


@functools.lru_cache(maxsize=1 << 16)  # the same names and lemmas recur in every article
def slug(text: str, *, max_length: int = 60) -> str:
    """A lower-case ASCII local name; non-Latin text gets a stable hash instead of vanishing."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    name = _UNSAFE.sub("_", folded).strip("_")[:max_length].strip("_")
    digest = slug_digest(text)
    if not name:
        return f"x{digest}"
    if name != folded.replace(" ", "_"):
        return f"{name}_{digest}" if len(folded) > max_length or not folded.isascii() else name
    return name


def check_base(base: str) -> str:
    """A base IRI must be absolute, valid and end in ``/`` or ``#`` so local names can follow it.

    Checked in full (ports, percent escapes, code points) by Oxigraph, which writes every IRI the build
    mints, so a bad base fails here, before any parsing, not after the whole corpus was parsed.
    """
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$", base):
        raise InputError(f"base IRI {base!r} must be an absolute IRI ending in '/' or '#'; fix --base-iri")
    try:
        pyoxigraph.NamedNode(document_iri(base, "x"))
    except ValueError as e:
        reason = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in str(e))
        raise InputError(f"base IRI {base!r} is not a valid IRI ({reason}); fix --base-iri") from None
    return base


def entity_iri(base: str, type_: str, label: str) -> str:
    """The IRI of an entity: type and canonical label decide it, so two articles agree."""
    return f"{base}{slug(type_)}/{slug(label)}"


def document_name(doc_id: str) -> str:
    """The local name of a document's IRI: two ids with the same name would be one document."""
    return slug(doc_id, max_length=80)


def document_iri(base: str, doc_id: str) -> str:
    return f"{base}doc/{document_name(doc_id)}"


def sentence_iri(base: str, doc_id: str, index: int) -> str:
    return f"{document_iri(base, doc_id)}/s{index}"
