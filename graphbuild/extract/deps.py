"""Dependency labels of a clause's subject, shared by the extract modules.

A module of constants that imports nothing of graphbuild, so that any module may import it: the
coordination helpers, which ``phrases`` imports, cannot import ``scope`` (which imports ``phrases``).
"""

from __future__ import annotations

# Labels of a nominal or clausal subject, active or passive.
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# A clause's subject slot filled, by a subject or an expletive ("there were", "it is said").
SUBJ_OR_EXPL_DEPS = SUBJ_DEPS | {"expl"}

__all__ = ["SUBJ_DEPS", "SUBJ_OR_EXPL_DEPS"]
