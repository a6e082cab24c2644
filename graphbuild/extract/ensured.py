"""What someone will make sure of: an aim, not a fact.

"The minister said he would make sure subsidies were not given" states no subsidy withheld: the
clause under "make sure" ("make certain") is what the subject means to bring about, as the clause
under "ensure" is. Only when "make sure" is itself unrealised (a modal or future: "would make sure",
"will make certain"): "the guards made sure that nobody entered" tells that nobody did. The purpose
"to make sure X" is weighed with other purposes (``uncertain.aimed_at``).

The parser often hangs "sure" on the clause's subject ("make [sure unfair advantages] were not
given": an ``amod``) and the clause on "make" itself; the word right after "make" tells it.
"""

from __future__ import annotations

from spacy.tokens import Token

# The adjectives that make "make X" a verb of ensuring: "make sure", "make certain".
ENSURING_ADJECTIVES = frozenset({"sure", "certain"})
# Links from "make" to its "sure": a clausal or predicative complement.
ENSURING_DEPS = frozenset({"ccomp", "acomp", "oprd"})
MAKE_LEMMA = "make"


def ensuring_make(clause: Token) -> Token | None:
    """The "make" of "make sure" whose content ``clause`` (a ``ccomp``) is, or None."""
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    ensuring = head.lower_ in ENSURING_ADJECTIVES and head.dep_ in ENSURING_DEPS
    if ensuring and head.head.lemma_.lower() == MAKE_LEMMA:
        return head.head  # "make sure the ballots are counted"
    if head.lemma_.lower() != MAKE_LEMMA or head.i + 1 >= len(head.doc):
        return None
    after = head.doc[head.i + 1]
    glued = after.lower_ in ENSURING_ADJECTIVES and after.dep_ == "amod" and after.i < clause.i
    return head if glued else None  # "make sure unfair advantages were not given", misparsed
