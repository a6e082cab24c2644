"""A noun of an aim or a task equated with an infinitive states what the aim is.

"The purpose of the climb was to raise awareness" says what the purpose was: a plain statement of
the sentence, not a plan like "the talks are to resume" (``uncertain.future_of``), whose "be" with
an infinitive puts the subject's own act ahead of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.lexicons import Lexicons


def stated_purpose(infinitive: Token, lexicons: Lexicons) -> bool:
    """An infinitive after "be" whose subject is a noun of an aim or a task
    (``lexicons/purpose_nouns.txt``): "the aim was to cut costs" equates the aim with the act."""
    subjects = [c for c in infinitive.head.children if c.dep_ in SUBJ_DEPS]
    return bool(subjects) and subjects[0].lemma_.lower() in lexicons.terms("purpose_nouns")


__all__ = ["stated_purpose"]
