"""A name's adjective, not a name: a prefix glued by a hyphen to a name ("un-Islamic",
"anti-Morales banners") makes a word that describes, naming nothing an analyst would track."""

from __future__ import annotations

from graphbuild.lexicons import Lexicons

# Hyphens that join a prefix to the name it modifies.
_HYPHENS = ("-", "\u2010", "\u2011")


def prefixed_adjective(name: str, lexicons: Lexicons) -> bool:
    """``un-Islamic``, ``anti-Morales``, ``pro-Democracy``: one word, a modifier's prefix
    (``lexicons/name_prefixes.txt``) and a capitalised name, is an adjective ("songs are
    un-Islamic", "anti-Morales banners"), no name of its own. A plural names the people it
    describes ("Neo-Nazis", "Pro-Europeans") and stays."""
    if " " in name or name.endswith("s"):
        return False
    for hyphen in _HYPHENS:
        prefix, joined, rest = name.partition(hyphen)
        if joined:
            return prefix.lower() in lexicons.terms("name_prefixes") and rest[:1].isupper()
    return False


__all__ = ["prefixed_adjective"]
