"""Object control through a preposition: "called on residents to stay indoors", "appealed to the
public to report it", "relied on Russian craft to carry crews". The noun after the preposition does
what the infinitive says, and the call is for that act: "called on residents" alone reads as a
visit, and "the mayor called to stay indoors" gives the mayor an act that is the residents'.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.uncertain import is_infinitive
from graphbuild.nlp import children_with

# Verb lemma and preposition whose object is who acts in the verb's infinitive.
PREPOSITIONAL_CONTROL = frozenset(
    {
        ("call", "on"),
        ("call", "upon"),
        ("appeal", "to"),
        ("appeal", "for"),
        ("call", "for"),
        ("ask", "for"),
        ("prevail", "on"),
        ("prevail", "upon"),
        ("count", "on"),
        ("rely", "on"),
        ("depend", "on"),
        ("wait", "for"),
        ("press", "for"),
        ("push", "for"),
        ("plead", "with"),
        ("arrange", "for"),
        ("look", "to"),
    }
)


# Links the parser gives the controlled infinitive: "called for troops to leave" often hangs
# "to leave" on the verb as an adverbial clause, though it is the troops' act.
CONTROLLED_DEPS = ("xcomp", "advcl")


def prepositional_controller(xcomp: Token) -> Token | None:
    """The object of the governing verb's controlling preposition, when it comes before the
    infinitive ``xcomp`` (``PREPOSITIONAL_CONTROL``): who acts in the infinitive. An adverbial
    infinitive counts only right after the object ("called for troops to leave")."""
    if xcomp.dep_ not in CONTROLLED_DEPS or not is_infinitive(xcomp):
        return None
    verb = xcomp.head
    lemma = verb.lemma_.lower()
    for prep in children_with(verb, ("prep",)):
        if (lemma, prep.lower_) not in PREPOSITIONAL_CONTROL or prep.i > xcomp.i:
            continue
        objs = [o for o in children_with(prep, ("pobj",)) if o.i < xcomp.i]
        if xcomp.dep_ == "advcl":
            objs = [o for o in objs if o.right_edge.i + 1 == xcomp.left_edge.i]
        if objs:
            return objs[0]
    return None


def controlled_infinitive(prep: Token, noun: Token) -> Token | None:
    """The infinitive ``noun`` (the object of ``prep``) is made to do: it completes the phrase
    ("called on | residents to stay indoors")."""
    for xcomp in children_with(prep.head, CONTROLLED_DEPS):
        if xcomp.i > noun.i and prepositional_controller(xcomp) == noun:
            return xcomp
    return None
