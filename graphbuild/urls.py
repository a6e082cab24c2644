"""URLs fit to print: no user info, whatever characters the password holds."""

from __future__ import annotations

import re

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def split_userinfo(url: str) -> tuple[str, str]:
    """``(user info, URL without it)``; everything up to the last ``@`` counts as user info.

    Greedy on purpose: a password holding ``/``, ``?`` or ``#`` unescaped ends the host part for
    a URL parser, which would then print the rest of the password as a path or fragment.
    """
    m = _SCHEME.match(url)
    if not m:
        return "", url
    userinfo, at, rest = url[m.end() :].rpartition("@")
    return (userinfo, url[: m.end()] + rest) if at else ("", url)


def redact(url: str) -> str:
    """The URL without any ``user:password@`` part, fit to print.

    A value with no scheme ("alice:pw@host/store", a typo for an endpoint) loses everything up to its
    last ``@`` too: it is printed in the message that refuses it.
    """
    if not _SCHEME.match(url):
        return url.rpartition("@")[2]
    return split_userinfo(url)[1]
