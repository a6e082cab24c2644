"""Phrase spans over a dependency parse: the words an argument or a clause covers.

Spans are half-open token index ranges ``(start, end)`` into the Doc, so callers can render them
from the parsed words or from the original tokens (CaRB compares PTB tokens).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Doc, Token

from graphbuild.extract.coordination import one_argument, opened_clause, shared_head, shared_modifier
from graphbuild.extract.inner_brackets import attached_punct, bracket_words
from graphbuild.extract.listed_descriptions import name_description
from graphbuild.nlp import ancestor_indices, token_table, whole_words

TokenSpan = tuple[int, int]

# How far a rule walks up the parse: the deepest tree in 200 news articles is 23 levels, the
# longest control or coordination chain 13. A bound keeps a pathological sentence ("tried to want
# to try to ..." a thousand times) linear in its length, and its relations short.
MAX_DEPTH = 64

# Children cut off a noun phrase: each makes facts of its own.
_NP_CUT_DEPS = frozenset({"conj", "cc", "relcl", "appos", "acl", "punct", "preconj", "advcl", "parataxis"})
# A comma inside a phrase ("the final , delicate stages") does not end it.
# Closing marks kept at the end of a phrase; opening marks kept at its start.
_KEEP_CLOSING = frozenset({")", '"', "''", "'", "%"})
_KEEP_OPENING = frozenset({"(", '"', "``", "`", "$", "#"})
# Clause markers that carry meaning and stay at the start of a clause ("if the ban is lifted").
_KEEP_MARKS = frozenset({"if", "unless", "whether"})


# Cut at any depth: a comma-set relative clause, apposition or participle ends the phrase.
_DEEP_CUT_DEPS = frozenset({"relcl", "appos", "acl"})


# Kept in an object when not comma-set: "the man who trembled", "ads developed by X".
_RESTRICTIVE_DEPS = frozenset({"relcl", "acl", "appos"})


def subtree_indices(token: Token, cut: frozenset[str]) -> list[int]:
    """Indices of ``token`` and its descendants, not descending into children whose label is in
    ``cut``; indices, as a phrase's bounds are all its callers need of them.

    Deeper down, only comma-set relative clauses, appositions and participles are cut.
    """
    doc, table = token.doc, token_table(token.doc)
    dep, children = table.dep, table.children
    found = [token.i]
    stack = [c for c in children[token.i] if dep[c] not in cut]
    while stack:
        i = stack.pop()
        found.append(i)
        stack.extend(c for c in children[i] if not (dep[c] in _DEEP_CUT_DEPS and _after_comma(doc[c])))
    return found


def subtree(token: Token) -> list[Token]:
    """``token`` and all its descendants, in no set order. spaCy's ``Token.subtree`` recurses once
    per level and fails past Python's recursion limit on a deep parse; this walks with a stack."""
    children = token_table(token.doc).children
    found = [token.i]
    stack = list(children[token.i])
    while stack:
        i = stack.pop()
        found.append(i)
        stack.extend(children[i])
    return [token.doc[i] for i in found]


def ancestors(token: Token, limit: int = MAX_DEPTH) -> Iterator[Token]:
    """``token``'s heads from the nearest up, at most ``limit`` of them."""
    doc = token.doc
    return (doc[i] for i in islice(ancestor_indices(token_table(doc), token.i), limit))


def _after_comma(token: Token) -> bool:
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in (",", "-LRB-", "(", "--")


def trim(doc: Doc, left: int, right: int) -> TokenSpan:
    """Shrink ``[left, right)`` past edge punctuation that belongs to no phrase."""
    if right <= left:
        return left, right
    table = token_table(doc)  # read off the table: a Token per step would be made for each phrase
    space, punct, text, dep = table.is_space, table.is_punct, table.text, table.dep
    while right - 1 > left:
        last = right - 1
        if not (space[last] or (punct[last] and text[last] not in _KEEP_CLOSING) or dep[last] == "cc"):
            break
        right -= 1
    while left < right - 1:
        if not (
            space[left]
            or (punct[left] and text[left] not in _KEEP_OPENING)
            or dep[left] == "cc"
            or (dep[left] == "mark" and table.lower[left] not in _KEEP_MARKS)
        ):
            break
        left += 1
    return _balance_quotes(doc, left, right)


_OPENING = {"``": "''", "(": ")", "`": "'", "-LRB-": "-RRB-"}
_CLOSING = {v: k for k, v in _OPENING.items()}


def _balance_quotes(doc, left: int, right: int) -> TokenSpan:
    """Drop a dangling quote or bracket at either edge ("`` Velocity" -> "Velocity")."""
    texts = token_texts(doc)[left:right]
    first, last = 0, len(texts)  # the kept part is texts[first:last]
    if texts.count('"') % 2 == 1 and last > 1:
        if texts[0] == '"':
            first += 1
        elif texts[-1] == '"':
            last -= 1
    if (
        last - first > 1
        and texts[first] in _OPENING
        and _OPENING[texts[first]] not in texts[first + 1 : last]
    ):
        first += 1
    if (
        last - first > 1
        and texts[last - 1] in _CLOSING
        and _CLOSING[texts[last - 1]] not in texts[first : last - 1]
    ):
        last -= 1
    return left + first, left + last


def noun_span(token: Token, *, restrictive: bool = False, outside: Token | None = None) -> TokenSpan:
    """The phrase headed by ``token``, without coordinated siblings, clauses or appositions.

    With ``restrictive``, relative clauses, participles and appositions not set off by a comma stay
    in ("the man who trembled"), except the clause ``outside`` (the one the phrase is an argument of).
    Kept on the Doc per head and options: a head is the subject or object of several facts.
    """
    spans = token.doc.user_data.setdefault("gb_noun_spans", {})
    key = (token.i, restrictive, outside.i if outside is not None else -1)
    if key not in spans:
        spans[key] = _noun_span(token, restrictive, outside)
    return spans[key]


def _noun_span(token: Token, restrictive: bool, outside: Token | None) -> TokenSpan:
    cut = _NP_CUT_DEPS
    if restrictive and not any(c.dep_ in _RESTRICTIVE_DEPS and _after_comma(c) for c in token.children):
        cut = _NP_CUT_DEPS - _RESTRICTIVE_DEPS
    indices = subtree_indices(token, cut)
    for conj in token.children:
        if conj.dep_ == "conj" and conj.ent_iob_ == "I" and name_conjunct(token, conj):
            # "the Institute of Epidemiology, Disease Control and Research": one name, not a list
            end = entity_bounds(token)[1]
            indices.extend(t.i for t in subtree(conj) if t.i < end)
    if shared_head(token):  # "the Iraq and Libya wars": one phrase, the wars
        indices.extend(range(token.i, max(t.i for conj in token.conjuncts for t in subtree(conj)) + 1))
    elif (shared := shared_modifier(token)) is not None:  # "the family and friends of the athlete"
        indices.extend(range(token.i, shared.right_edge.i + 1))
    if outside is not None and outside.i in indices:
        dropped = {t.i for t in subtree(outside)}
        indices = [i for i in indices if i not in dropped]
    left = min(indices)
    right = max(indices) + 1
    if token.dep_ == "conj" and name_conjunct(token.head, token):
        # "the Institute of Allergy and Infectious Disease's director": the name before "and" is
        # the director's too; the phrase starts where the name does
        left = min(left, _noun_span(token.head, restrictive, outside)[0])
        indices.extend(range(left, token.i))
    # A phrase is contiguous: stop at the first gap left by a cut child.
    doc = token.doc
    members = set(indices)
    members.update(bracket_words(doc, members, left, right))  # "the X (XY) guards"
    for i in range(token.i, right):
        if i not in members and not attached_punct(doc[i], members):
            right = i
            break
    for i in range(token.i, left - 1, -1):
        if i not in members and not attached_punct(doc[i], members):
            left = i + 1
            break
    left -= _approximator_before(doc, left)
    return whole_words(doc, *trim(token.doc, left, right))


# Adverbs that make a number approximate ("nearly 40 people", "close to a hundred"), which the
# parser often hangs on the verb: cut off, the phrase states an exact number the text does not.
APPROXIMATORS = frozenset(
    {"about", "almost", "approximately", "around", "close", "nearly", "roughly", "some"}
)

# Quantifiers of a whole that an approximator qualifies like a number ("almost all", "nearly every").
WHOLE_QUANTIFIERS = frozenset({"all", "every", "half"})


def _approximator_before(doc: Doc, left: int) -> int:
    """1 when an approximating adverb outside the phrase stands just before its number ("confirmed
    close to a hundred incidents": the phrase is "close to a hundred incidents"), else 0."""
    if left < 1 or left >= len(doc):
        return 0
    adverb, first = doc[left - 1], doc[left]
    if adverb.lower_ not in APPROXIMATORS or adverb.dep_ not in ("advmod", "quantmod"):
        return 0
    if adverb.lower_ == "close":
        return int(first.lower_ == "to" and first.dep_ == "quantmod")
    counted = first.pos_ == "NUM" or first.dep_ == "quantmod" or first.lower_ in WHOLE_QUANTIFIERS
    return int(counted and first.head.i >= left)


def coordinated_span(token: Token, *, restrictive: bool = False) -> TokenSpan:
    """The phrase headed by ``token`` with its coordinated siblings ("Kenya and Uganda")."""
    left, right = noun_span(token, restrictive=restrictive)
    for conj in sorted((c for c in token.conjuncts if c.i > token.i), key=lambda c: c.i):
        if opened_clause(conj) is not None:
            break  # "took the town and rebels will": a clause from there, no more of the phrase
        c_left, c_right = noun_span(conj, restrictive=restrictive)
        right = max(right, c_right)
        left = min(left, c_left)
    return trim(token.doc, left, right)


# Tags of a finite verb, which heads a clause of its own: a participle ("acl") never has one, so an
# "acl" that does is a clause the parse could not place ("tweeted the response required calm").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Entity types of a time: it dates what it modifies or owns ("today's ruling", "2019 saw"), and
# restates no fact of its own ("6 p.m. local time (1700 UTC)").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Entity types of an amount: a name in one is its currency or unit ("US dollars", "Swiss francs"),
# no owner of the sum and no party to what is done with it.
AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "PERCENT"})


# Gerunds that make a clause of their noun ("the island getting submerged", "prisoners having
# their sentences changed", "the river being named"); other gerunds after a noun are most often
# participles that only narrow it ("a panel drafting a constitution"). Matched as written: the
# lemmatizer leaves some of them as they are.
EVENT_GERUNDS = frozenset({"getting", "having", "being"})


def clausal_completion(noun: Token, *, with_gerund: bool = True) -> Token | None:
    """A clause the noun is the subject of, which an argument needs to keep its meaning: a gerund
    ("led to the island getting submerged": not led to the island), a finite verb the parse hung
    on the noun ("tweeted the response required calm"), or the that-clause that is its content
    ("expressed hope that X": not expressed hope). Not one set off by a comma (a participle
    adding a fact of its own). A gerund (``EVENT_GERUNDS``) completes the object of a preposition
    ("led to", "honoured by the river being named")."""
    for c in noun.children:
        if c.dep_ != "acl" or c.i < noun.i or _after_comma(c):
            continue
        if _content_clause(noun, c):
            return c  # its content ("expressed hope that X", "gave every indication that X")
        if any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children if s.i < c.i):
            continue
        gerund = any(w.tag_ == "VBG" and w.lower_ in EVENT_GERUNDS for w in [c, *c.children])
        if (gerund and with_gerund) or c.tag_ in FINITE_TAGS:
            return c
    return None


def _content_clause(noun: Token, clause: Token) -> bool:
    """A that-clause right after a noun that is a verb's object or a determined phrase ("hope
    that X", "the reports that X"); after a bare noun in an adjunct ("commented after conviction
    that X") the clause is most often the verb's own content the parse hung on the noun."""
    that = any(m.dep_ == "mark" and m.lower_ == "that" and m.i == noun.i + 1 for m in clause.children)
    return that and (noun.dep_ == "dobj" or any(c.dep_ in ("det", "poss") for c in noun.children))


def completed_span(noun: Token, span: TokenSpan, *, with_gerund: bool = True) -> TokenSpan:
    """``span`` with the clause that completes its noun (``clausal_completion``), if any.

    Without ``with_gerund``, only a finite clause: after a verb's direct object a gerund is most
    often a participle that only narrows the noun ("contains a map measuring ten feet")."""
    clause = clausal_completion(noun, with_gerund=with_gerund)
    if clause is None or clause.right_edge.i < span[1]:
        return span
    return trim(noun.doc, span[0], clause.right_edge.i + 1)


def clause_span(token: Token) -> TokenSpan:
    """A whole clause headed by ``token`` (reported content), without its leading marker."""
    left, right = token.left_edge.i, token.right_edge.i + 1
    return trim(token.doc, left, right)


def conjuncts_after(tokens: list[Token]) -> list[Token]:
    """The tokens plus everything coordinated after them ("Kenya and Uganda" -> Kenya, Uganda).

    A conjunct joined inside a name is no second argument: one in the name is part of the first
    ("Disease Control" in "the Institute of Epidemiology, Disease Control and Research"); a noun
    the whole name modifies replaces it ("the Institute of Allergy and Infectious Disease's
    director" is the director, not the Institute of Allergy)."""
    out: list[Token] = []
    for token in tokens:
        if (one := one_argument(token)) is not None:
            out.append(one)  # "Acme and Zenith employees": the employees; "governor and nominee Jo Roe": Jo
            continue
        after = [t for t in token.conjuncts if t.i > token.i and t not in out and not elided_noun(token, t)]
        after = [t for t in after if opened_clause(t) is None]  # "took the town and rebels will": a clause
        after = [t for t in after if not name_description(t)]  # "A, poet; B, actor": two members
        named = [t for t in after if name_conjunct(token, t)]
        heads = [t for t in named if t.ent_iob_ != "I"]
        out.extend(heads[:1] or [token])
        out.extend(t for t in after if t not in named)
    return out


def entity_bounds(token: Token) -> TokenSpan | None:
    """The named entity ``token`` is in, as a span (None outside any), read off the IOB tags around
    it: ``doc.ents`` would build a span of every entity of the document on each call."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    left = token.i
    while doc[left].ent_iob_ == "I" and left > 0:
        left -= 1
    right = token.i + 1
    while right < len(doc) and doc[right].ent_iob_ == "I":
        right += 1
    return left, right


def whole_name(token: Token, span: TokenSpan) -> TokenSpan:
    """``span`` widened to the start of the name ``token`` ends, when the parse cut it at its "and" or
    preposition ("the Institute of Allergy and Infectious Disease's", "the University of Lund's")."""
    bounds = entity_bounds(token)
    if bounds is None or bounds[0] >= span[0] or token.ent_iob_ != "I":
        return span
    if not any(token.doc[i].dep_ == "cc" or token.doc[i].pos_ == "ADP" for i in range(bounds[0], span[0])):
        return span
    return bounds[0], span[1]


def glossed_name(head: Token, gloss: Token) -> TokenSpan | None:
    """The whole name a bracketed acronym glosses when the parse hangs it on the name's last noun
    ("the Centers for Disease Control (CDC)": CDC is the Centers for Disease Control, not Disease
    Control); None when ``head`` ends no longer name."""
    doc = gloss.doc
    if not (gloss.text.isupper() and len(gloss.text) > 1 and doc[gloss.i - 1].text == "("):
        return None
    top = head
    for _ in range(MAX_DEPTH):
        up = top.head
        if top.dep_ == "conj" and up.pos_ == "PROPN":
            top = up  # "Centers for Disease Control and Prevention (CDC)"
        elif top.dep_ == "pobj" and up.dep_ == "prep" and up.head.pos_ == "PROPN" and up.head.i < top.i:
            top = up.head  # "Office for Budget Responsibility (OBR)"
        else:
            break
    if top.i == head.i:
        return None
    return trim(doc, noun_span(top)[0], gloss.i - 1)


def name_conjunct(head: Token, conjunct: Token) -> bool:
    """``conjunct`` is joined to ``head`` by an "and" or comma inside one named entity: a piece of
    the name ("Trinidad and Tobago", "the Institute of Epidemiology, Disease Control and
    Research"), not a coordinated phrase."""
    bounds = entity_bounds(head)
    joiner = conjunct.left_edge.i - 1
    return (
        bounds is not None
        and conjunct.i > head.i
        and bounds[0] <= joiner
        and conjunct.left_edge.i < bounds[1]
        and conjunct.doc[joiner].dep_ in ("cc", "punct")
    )


def elided_noun(first: Token, conjunct: Token) -> bool:
    """A bare number coordinated with a noun stands for a noun left out ("one week's pay instead of
    two"): it is no argument of its own ("may receive two")."""
    return (
        conjunct.pos_ == "NUM"
        and first.pos_ == "NOUN"  # "the A300 and 747": names of models, no ellipsis
        and all(c.dep_ in ("cc", "punct") for c in conjunct.children)
    )


_QUOTE_OPENING = frozenset({"\u201c", "``"})
_QUOTE_CLOSING = frozenset({"\u201d", "''"})
_OPENING_BRACKETS = frozenset({"(", "[", "-LRB-"})


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read once per Doc and kept on it (``token_table``): phrase edges are
    trimmed many times a sentence, and ``doc[i]`` makes a new Token object at each access."""
    return token_table(doc).text


def quote_ids(doc: Doc) -> list[int]:
    """For each token, the number of the quotation it is in (0 outside any), kept on the Doc.

    A straight quote opens when a space (or an opening bracket) comes before it and closes when
    it is attached to the word before, so one stray mark cannot turn the rest of the text inside
    out. A paragraph break ends any quotation: a quote running over paragraphs is left open at
    each break.
    """
    ids = doc.user_data.get("gb_quote_ids")
    if ids is not None:
        return ids
    words = token_table(doc)
    ids, current, count = [], 0, 0
    for i, text in enumerate(words.text):
        if "\n" in text:
            current = 0
        # a mark right after a paragraph break opens: the break token carries no trailing space
        attached = (
            i > 0
            and not words.spaced[i - 1]
            and words.text[i - 1] not in _OPENING_BRACKETS
            and not words.text[i - 1].isspace()
        )
        opening = text in _QUOTE_OPENING or (text == '"' and not attached)
        closing = text in _QUOTE_CLOSING or (text == '"' and attached)
        if opening:
            count += 1
            current = count
            ids.append(current)
        elif closing:
            ids.append(current)
            current = 0
        else:
            ids.append(current)
    doc.user_data["gb_quote_ids"] = ids
    return ids


# Tags of a comparative modifier ("less emphasis on", "closer ties with"), and words that deny or
# belittle a noun ("no support for", "little interest in"): without them the act says the opposite.
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
DEGREE_WORDS = frozenset({"no", "little", "few"})


def degree_words(noun: Token) -> list[str]:
    """The comparative or denying modifiers of an event noun, which its label keeps: "move towards
    less emphasis on X" is no "move towards emphasis on X"."""
    return [
        c.lower_
        for c in noun.children
        if c.i < noun.i
        and c.dep_ in ("amod", "det")
        and (c.tag_ in COMPARATIVE_TAGS or c.lower_ in DEGREE_WORDS)
    ]
