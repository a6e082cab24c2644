"""Names NER cut short, made whole: an organisation's name that goes on past "and" or "for", a
place's past "do" or "del"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Words a body's "for" complement may hold besides a name: "the Tribunal for the former Yugoslavia".
_COMPLEMENT_WORDS = frozenset({"the", "former", "and", "of"})
# Longest run of words the two extensions of ``whole_body`` take in.
_BODY_WORDS = 4


def whole_body(ent: Span, span: Span | None, heads: frozenset[str]) -> tuple[Span, Span | None]:
    """An organisation's name NER cut short, made whole, as a new ``ORG`` span:
    "Devon [and Cornwall Police]" (a name and "and" before capitalised words ending in a body's
    head noun, ``lexicons/organization_heads.txt``), and "the International Criminal Tribunal
    [for the former Yugoslavia]" (a body's name and a ``for`` complement of capitalised words),
    and a place's or a body's name going on after a Romance linking word ("Rio Grande [do Sul]").
    Otherwise the entity and its trimmed span unchanged."""
    if span is None:
        return ent, span
    doc, end = span.doc, span.end
    if ent.label_ in ("PERSON", "GPE", "LOC", "ORG", "NORP") and end < len(doc) and doc[end].lower_ == "and":
        words = _capitalised_run(doc, end + 1)
        if words and doc[words[-1]].lower_ in heads:
            whole = Span(doc, span.start, words[-1] + 1, label="ORG")
            return whole, whole
    if ent.label_ == "ORG" and doc[end - 1].lower_ in heads and end < len(doc) and doc[end].lower_ == "for":
        last = end
        for i in range(end + 1, min(len(doc), end + 1 + _BODY_WORDS)):
            if name_word(doc[i]):
                last = i
            elif doc[i].lower_ not in _COMPLEMENT_WORDS:
                break
        if last > end:
            whole = Span(doc, span.start, last + 1, label="ORG")
            return whole, whole
    if ent.label_ in ("GPE", "LOC", "FAC", "ORG") and end + 1 < len(doc) and doc[end].lower_ in _LINKS:
        last = _linked_run(doc, end + 1)
        if last is not None:  # "Rio Grande [do Sul]", "Santiago [del Estero]": one name
            whole = Span(doc, span.start, last + 1, label=ent.label_)
            return whole, whole
    return ent, span


# Lower-case words inside Portuguese, Spanish, Italian and French names ("Rio Grande do Sul",
# "Santiago del Estero"), which English NER takes for the end of the name.
_LINKS = frozenset({"do", "da", "dos", "das", "del", "della", "di", "du", "des"})


def _linked_run(doc: Doc, start: int) -> int | None:
    """The last index of the capitalised words from ``start`` on, across the linking words between
    them ("do Orgulho GLBT de São Paulo"); None when ``start`` opens no name."""
    last, i = None, start
    while run := _capitalised_run(doc, i):
        last = run[-1]
        if last + 2 >= len(doc) or doc[last + 1].lower_ not in _LINKS | {"de"}:
            break
        i = last + 2
    return last


def _capitalised_run(doc: Doc, start: int) -> list[int]:
    """Indices of the capitalised name words from ``start`` on (at most ``_BODY_WORDS``)."""
    run = []
    for i in range(start, min(len(doc), start + _BODY_WORDS)):
        if not name_word(doc[i]):
            break
        run.append(i)
    return run


def name_word(token: Token) -> bool:
    """A capitalised word of a name (not a sentence's first word alone, not punctuation)."""
    return token.text[:1].isupper() and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ")
