"""Temporal expressions of a parsed Doc: spaCy's DATE and TIME entities, trimmed, split and completed.

The statistical model tags most dates but over-extends some ("on Monday", "between 2007 and 2009",
"May 11, 2011 7:57am EDT" as one span) and misses others (a lone weekday, "last week", clock
times); the rules here trim, split and add, and keep the spans TimeML would mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graphbuild.nlp import doc_text

_LEADING = {
    "on", "in", "since", "during", "by", "until", "till", "at", "from", "for", "before", "after", "of",
    "between", "within", "just", "shortly", "early", "approximately", "through", "throughout", "as", "to", "about", "around", ",", "-",  # noqa: E501 (a regex reads best whole)
}  # fmt: skip
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CLOCK = r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}:\d\d\b|\b\d{1,2} o'clock\b|\b[0-2]\d[0-5]\d (?:UTC|GMT)\b"  # noqa: E501 (a regex reads best whole)
_RULES = re.compile(
    "|".join(
        [
            r"\bthe day (?:before|after)\b",
            rf"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|{_WEEKDAY})(?: (?:morning|afternoon|evening|night))?\b",  # noqa: E501 (a regex reads best whole)
            r"\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he past|[Ee]arlier this|[Ll]ater this) (?:week|weekend|month|year|morning|afternoon|evening)\b",  # noqa: E501 (a regex reads best whole)
            r"\b(?:[Tt]he )?(?:early |late |mid-)?(?:1[89]|20)\d0s\b",
            r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
            r" (?:day|week|month|year|hour|minute)s? ago\b",
            _CLOCK,
        ]
    )
)
_TIME_WORDS = re.compile(
    r"\d|\b(?:year|month|week|day|hour|minute|second|decade|century|centuries|today|tonight|yesterday|tomorrow"
    r"|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|quarter|weekend|now|ago|noon|midnight"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties)s?\b",
    re.IGNORECASE,
)
_TRAILING_ZONE = re.compile(r"\s+(?:[A-Z]{2,4}T|UTC|GMT)$")
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}


@dataclass(frozen=True)
class Expression:
    """A temporal expression: ``doc.text[start:end]``, spaCy's label, and whether its clause is future."""

    text: str
    start: int
    end: int
    label: str = "DATE"
    future: bool = False


def _trim(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds without leading prepositions, trailing possessives, zones and punctuation."""
    text = doc_text[start:end]
    while True:
        m = re.match(r"(\S+)\s+", text)
        if not m or m[1].lower() not in _LEADING:
            break
        start += m.end()
        text = text[m.end() :]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            end -= len(suffix)
            text = text[: -len(suffix)]
    if m := _TRAILING_ZONE.search(text):  # noqa: SIM102
        if re.search(_CLOCK, text[: m.start()]) and "UTC" not in text[: m.start()]:
            end -= len(text) - m.start()
            text = text[: m.start()]
    stripped = text.rstrip(" ,.;:-")
    if re.search(r"[ap]\.m$", stripped) and text[len(stripped) :].startswith("."):
        stripped += "."
    end -= len(text) - len(stripped)
    return start, end


def _split_clock(text: str, start: int) -> list[tuple[int, int]]:
    """A span holding a date and a clock time, cut into the two (TimeML marks them apart)."""
    m = re.search(_CLOCK, text)
    if not m or m.start() == 0:
        return [(start, start + len(text))]
    head = text[: m.start()]
    head_trimmed = re.sub(r"(?:\s*,|\s+at|\s+about|\s+around)?\s*$", "", head)
    if not _TIME_WORDS.search(head_trimmed):
        return [(start, start + len(text))]
    tail_end = m.end()
    if (mz := re.match(r"\s+(?:UTC|GMT)\b", text[tail_end:])) and re.match(r"\d{4}", m.group()):
        tail_end += mz.end()
    spans = [(start, start + len(head_trimmed)), (start + m.start(), start + tail_end)]
    rest = text[tail_end:]
    rest_core = rest.strip(" ,")
    if rest_core and _TIME_WORDS.search(rest_core) and not _TRAILING_ZONE.match(" " + rest_core):
        lead = len(rest) - len(rest.lstrip(" ,"))
        rest_core = re.sub(r"^(?:on|in|at)\s+", "", rest_core)
        spans.append((start + len(text) - len(rest.lstrip(" ,")) + (len(rest.strip(" ,")) - len(rest_core)),
                      start + tail_end + lead + len(rest.strip(" ,"))))  # fmt: skip
    return spans


def _is_future(token: Token) -> bool:
    """True when the clause ``token`` hangs from speaks of the future: "will", "is to", "is going to"."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
            return True
    if verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children):
        head = verb.head
        if head.lemma_ == "be" or head.lower_ == "going" or head.lemma_ in ("plan", "schedule", "expect"):
            return True
    return False


def find_expressions(doc: Doc) -> list[Expression]:
    """Every temporal expression of ``doc`` in text order, without overlaps."""
    text = doc_text(doc)
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if not _TIME_WORDS.search(ent.text):
            continue  # "annual", "recent": no calendar point or length to give
        start, end = _trim(text, ent.start_char, ent.end_char)
        for s, e in _split_clock(text[start:end], start):
            s, e = _trim(text, s, e)
            if e > s:
                spans.append((s, e, "TIME" if re.search(_CLOCK, text[s:e]) else ent.label_))
    for m in _RULES.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), "TIME" if re.search(_CLOCK, m.group()) else "DATE"))
    out = []
    for s, e, label in _merged(text, sorted(spans)):
        span = doc.char_span(s, e, alignment_mode="expand")
        future = _is_future(span.root) if span is not None and len(span) else False
        out.append(Expression(text[s:e], s, e, label, future))
    return out


def expression_span(doc: Doc, expression: Expression) -> Span | None:
    """The tokens of ``expression``, widened to whole tokens."""
    return doc.char_span(expression.start, expression.end, alignment_mode="expand")


_JOINS = re.compile(r"\s+(?:through(?: to)?|to|until|till)\s+|\s*[-–]\s*")
_PART_OF_DAY = re.compile(r"(?:morning|afternoon|evening|night)")


def _merged(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans with a day and its part ("Yesterday" + "evening"), a time and its zone ("1130" + "UTC")
    and the two ends of a range ("Tuesday night" + "through to" + "Wednesday") joined into one."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if m := re.match(r"\s+(?:UTC|GMT)\b", text[e:]):  # noqa: SIM102
            if re.fullmatch(r"[0-2]\d[0-5]\d", text[s:e]):
                e, label = e + m.end(), "TIME"
        if out:
            ps, pe, plabel = out[-1]
            gap = text[pe:s]
            if gap.strip() == "" and _PART_OF_DAY.fullmatch(text[s:e]):
                out[-1] = (ps, e, "TIME")
                continue
            dangling = re.search(r"\s(?:and|to|until|through)$", text[ps:pe])
            between = re.search(r"\bbetween\s+$", text[max(0, ps - 12) : ps]) and gap.strip() == "and"
            if (dangling and gap.strip() == "") or between:
                out[-1] = (ps, e, plabel)
                continue
            if _JOINS.fullmatch(gap) and not re.fullmatch(r"\d+", text[ps:pe]):
                out[-1] = (ps, e, "TIME" if "TIME" in (plabel, label) else plabel)
                continue
        out.append((s, e, label))
    return out
