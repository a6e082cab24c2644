"""Lexicons of an ontology folder written for one test: only the lists the rule under test reads."""

from __future__ import annotations

from pathlib import Path

from graphbuild.lexicons import Lexicons


def written_lexicons(folder: Path, **lists: str) -> Lexicons:
    """The lexicons of ``folder`` after writing each list (``name="term\\n..."``) to ``lexicons/name.txt``."""
    (folder / "lexicons").mkdir()
    for name, text in lists.items():
        (folder / "lexicons" / f"{name}.txt").write_text(text, encoding="utf-8")
    return Lexicons(folder)
