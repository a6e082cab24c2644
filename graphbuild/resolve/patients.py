"""What a verb acts on: its objects, a passive's subject, the objects of its prepositions, and what
those name ("members of X", "arms including X", "an attack on X"), for ``frames``' edges."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphbuild.extract.adjuncts import contrasted
from graphbuild.extract.coordination import opened_clause
from graphbuild.extract.phrases import AMOUNT_ENTITIES, degree_words
from graphbuild.extract.subjects import disjunction
from graphbuild.nlp import children_with, has_child, token_table
from graphbuild.resolve.kept_objects import left_out_word
from graphbuild.resolve.owned_heads import stands_for_owner

# Links from a patient to further things it names: "members of X", "arms including X", "A and B".
NAMING_PREPOSITIONS = frozenset({"of", "including", "like", "as", "among"})
# An event noun's prepositions that name its target or place ("strikes against X", "attack on X").
EVENT_PREPOSITIONS = frozenset(
    {"against", "on", "in", "at", "near", "with", "into", "over", "inside", "from"}
)
# What a verb's object is given to or meant for ("provided air support for X", "gave access to X",
# "poses a threat to X", "closed the border towards X"): the verb's doer acts toward X through the noun.
RECIPIENT_PREPOSITIONS = frozenset({"for", "to", "toward", "towards"})
# A verb's children ``patients`` reads: its objects, a passive's subject, and prepositions.
PATIENT_CHILDREN = frozenset({"dobj", "dative", "nsubjpass", "oprd", "prep"})
# Prepositions that place what a verb acted on.
PLACE_PREPOSITIONS = frozenset({"in", "near", "inside", "outside", "within"})
# Verbs whose edges say nothing between two participants.
# (Their prepositions still place or direct the clause: "has made progress in X".)
EMPTY_VERBS = frozenset({"be", "have", "make", "take", "give", "do", "get"})
# Prepositions whose object's owner is a party to the act: "looted from X's arms caches" took
# from X; "spotted at X's showroom" or "stepped in as X's chair" did nothing to X.
SOURCE_PREPOSITIONS = frozenset({"from"})


def with_conjuncts(token: Token) -> list[Token]:
    """A word and the words coordinated or in apposition with it; not the other members of a
    coordination no member of which takes part alone (``unsplit``)."""
    out = [token]
    for t in out:
        links = ("appos",) if unsplit(t) else ("conj", "appos")
        out.extend(c for c in children_with(t, links) if c not in out and opened_clause(c) is None)
    return out


def unsplit(token: Token) -> bool:
    """A coordination no member of which takes part on its own: the sides of "between A and B"
    (closed between A and B is not closed between B) and the alternatives of "A or B"."""
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return (first.dep_ == "pobj" and first.head.lower_ == "between") or disjunction(first)


def named_by(
    token: Token,
    depth: int = 2,
    recipients: frozenset[str] = frozenset(),
    *,
    owners: bool = True,
    standing: frozenset[str] | None = None,
) -> Iterator[tuple[Token, str]]:
    """A patient and what it names, each with the preposition an event noun adds ("" when none);
    ``recipients`` are further prepositions the verb's own object takes ("support for X").
    Without ``owners`` a noun's named owner is not the patient: "spotted at Wang's showroom" did
    nothing to Wang (``SOURCE_PREPOSITIONS`` keep it: "looted from X's caches"). With ``standing``
    (``owned_heads.standing_heads``), the ``of`` of any other head names the head too: "charged with
    the murder of X" is "charge with murder of" X, "seized trucks of rifles" seized rifles; and a
    possessor keeps the noun it owns (``owned_head``)."""
    yield token, ""
    owned = owned_head(token, standing)
    if token.pos_ == "NOUN" and owners:  # "ISIL targets": the named owner of what was hit
        for child in children_with(token, ("compound", "poss")):
            if child.i < token.i and child.pos_ == "PROPN" and child.ent_type_ not in AMOUNT_ENTITIES:
                yield child, owned if child.dep_ == "poss" else ""
    if depth == 0:
        return
    doc, table = token.doc, token_table(token.doc)
    for c in table.children[token.i]:
        dep, lower = table.dep[c], table.lower[c]
        if dep == "appos":
            # an apposition names the patient again; what its "of" names is another thing:
            # "investigate Hunter Biden, the son of Joe Biden" investigates no Joe Biden
            yield from named_by(doc[c], 0, owners=owners)
        elif dep == "conj" and not unsplit(token) and opened_clause(doc[c]) is None:
            yield from named_by(doc[c], depth - 1, owners=owners, standing=standing)
        elif dep == "poss" and table.pos[c] != "PRON" and owners:
            # the owner takes the owned noun ("destroyed their arms": their is the doer, no owner)
            yield from ((t, extra or owned) for t, extra in named_by(doc[c], depth - 1, owners=owners))
        elif dep == "prep" and lower in NAMING_PREPOSITIONS:
            lemma = token.lemma_.lower()
            folded = standing is not None and lower == "of" and token.pos_ == "NOUN"
            head = f"{lemma} of" if folded and not stands_for_owner(token, standing) else ""
            for pobj in children_with(doc[c], ("pobj",)):
                yield from ((t, extra or head) for t, extra in named_by(pobj, depth - 1, owners=owners))
        elif dep == "prep" and token.pos_ == "NOUN" and lower in EVENT_PREPOSITIONS | recipients:
            label = " ".join([*degree_words(token), token.lemma_.lower(), lower])
            for pobj in children_with(doc[c], ("pobj",)):
                for target in with_conjuncts(pobj):
                    # and what the target names: "a stop at the port of X", "strikes against ISIL targets"
                    yield from ((t, label) for t, extra in named_by(target, depth - 1) if not extra)


def owned_head(token: Token, standing: frozenset[str] | None) -> str:
    """The head noun an edge to its possessor keeps, as an ``of`` keeps it: "announced X's victory"
    announced no X, it is "announce victory of" X; "criticised X's failure" is "criticise failure
    of" X. A head that stands for its owner ("X's fighters", "X's weapons") keeps none, and none is
    kept without ``standing`` (see ``named_by``)."""
    if standing is None or token.pos_ not in ("NOUN", "PROPN") or stands_for_owner(token, standing):
        return ""
    return f"{token.lemma_.lower()} of"


def patients(
    verb: Token, attacks: frozenset[str], places: frozenset[str], standing: frozenset[str] | None = None
) -> Iterator[tuple[Token, str]]:
    """What the verb acts on or where: ``(token, label)`` with the verb's lemma and preposition
    (and, given ``standing``, the head an ``of`` belongs to: see ``named_by``); ``attacks`` are the
    attack verbs, whose place is a setting, and ``places`` the place prepositions
    (``kept_objects.left_out_word``)."""
    lemma = " ".join([verb.lemma_.lower(), *(p.lower_ for p in children_with(verb, ("prt",)))])
    idiom = _light_noun(verb) or _relativized_object(verb)
    for child in children_with(verb, PATIENT_CHILDREN):
        if child.dep_ in ("dobj", "dative", "nsubjpass", "oprd") and lemma not in EMPTY_VERBS:
            given = RECIPIENT_PREPOSITIONS if child.dep_ == "dobj" else frozenset()
            for t, extra in named_by(child, recipients=given, standing=standing):
                yield t, f"{lemma} {extra}".strip()
        elif child.dep_ == "dobj" and child.pos_ == "NOUN":
            # a light verb's noun carries the act: "had talks with X", "took action against X"
            for t, extra in named_by(child, recipients=RECIPIENT_PREPOSITIONS):
                if extra:
                    yield t, f"{lemma} {extra}"
        elif child.dep_ == "prep" and not contrasted(child):  # "sued A instead of B": nothing to B
            kept = None if idiom else left_out_word(verb, child, attacks, places)  # "become president after"
            if kept == "":
                continue  # "beat X during the final of Y": no "beat during final of" Y
            for pobj in children_with(child, ("pobj", "pcomp")):
                for t, extra in named_by(pobj, owners=child.lower_ in SOURCE_PREPOSITIONS, standing=standing):
                    yield t, " ".join(w for w in (lemma, idiom or kept, child.lower_, extra) if w)


def _light_noun(verb: Token) -> str:
    """The bare noun a light verb acts through ("take part in X", "made progress on X"): without
    it, "take in X" or "make on X" says something else; "" for any other verb."""
    if verb.lemma_.lower() not in EMPTY_VERBS:
        return ""
    nouns = [c for c in children_with(verb, ("dobj",)) if c.pos_ == "NOUN" and c.n_lefts == 0]
    return nouns[0].lemma_.lower() if len(nouns) == 1 else ""


# Relative words that are the subject of their clause ("troops who fought in X"): the noun the
# clause hangs on is its doer there, not what it acted on.
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _relativized_object(verb: Token) -> str:
    """The noun a relative clause or past participle acts on ("war crimes he committed during X",
    "the code used by Y during X"): its edges to a preposition's object keep it ("commit war crime
    during"), or "commit during X" says nothing of what was done."""
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or has_child(verb, ("dobj",)):
        return ""
    subjects = children_with(verb, ("nsubj",))
    relcl = verb.dep_ == "relcl" and bool(subjects) and subjects[0].lower_ not in RELATIVE_SUBJECTS
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
    return noun.lemma_.lower() if relcl or participle else ""


def placed(verb: Token) -> Iterator[tuple[Token, Token, str]]:
    """``(object, place, label)``: "destroyed a depot near X" puts the depot near X.

    A place fronted before the first of coordinated verbs places them all ("Near X, strikes hit a
    unit and destroyed a depot": the depot too).
    """
    preps = children_with(verb, ("prep",))
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        preps += [c for c in children_with(verb.head, ("prep",)) if c.i < verb.head.i]
    places = [
        (pobj, child.lower_)
        for child in preps
        if child.lower_ in PLACE_PREPOSITIONS
        for pobj in children_with(child, ("pobj",))
    ]
    for obj in children_with(verb, ("dobj", "nsubjpass")):
        for thing in with_conjuncts(obj):
            for place, prep in places:
                for where in with_conjuncts(place):
                    yield thing, where, f"be {prep}"


__all__ = ["EVENT_PREPOSITIONS", "SOURCE_PREPOSITIONS", "named_by", "patients", "placed", "with_conjuncts"]
