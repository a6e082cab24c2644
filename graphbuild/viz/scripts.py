"""Data and scripts made safe to embed in a page: JSON that cannot close its <script>, CSP hashes."""

from __future__ import annotations

import base64
import hashlib
import json


def json_for_script(value: object) -> str:
    """JSON safe to embed in a <script> element: no ``</script>`` or ``<!--`` can close it."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def script_hash(script: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
