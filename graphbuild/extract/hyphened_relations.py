"""Relation words written with a hyphen: the whole written word is the relation's word.

The tokenizer splits a written word at its unspaced hyphens ("re-open" -> "re", "-", "open"), and a
rule that takes the verb's token alone drops the rest of the word: "vowed to re-open the bridge"
gives "open", "to de-regulate the trade" gives its opposite "regulate", "was code-named X" gives
"was named", "the vice-presidential candidate" gives "vice candidate". The relation takes every
piece of the word (written without spaces), and its lemma the pieces before the verb ("re-open").
A word opened by a negating prefix ("non-stop", "no-fly") is an adjective, never a verb: a fact
whose verb it is misread the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.extract.facts import Fact
from graphbuild.model import evolve
from graphbuild.nlp import token_table, whole_words

# Prefixes that make a hyphened word no verb, whatever the tagger says ("working non-stop to treat").
NEGATING_PREFIXES = frozenset({"non", "no"})


def whole_relation_words(fact: Fact, doc: Doc) -> Fact:
    """The fact with each relation word widened to its whole hyphened written word, unless a piece
    of that word is the subject's, the object's or an argument's; a word a rule already wrote out
    whole among the relation's words is left out."""
    taken = _taken(fact)
    named = {p for p in fact.relation if isinstance(p, str)}
    text = token_table(doc).text
    parts: list[int | str] = []
    lemma = fact.lemma
    for part in fact.relation:
        if not isinstance(part, int):
            parts.append(part)
            continue
        if part in parts:
            continue  # a piece of a word widened already
        start, end = whole_words(doc, part, part + 1)
        if end - start == 1 or any(i in taken for i in range(start, end)):
            parts.append(part)
        elif "".join(text[start:end]) not in named:  # else "Governor-General" is written once already
            parts.extend(i for i in range(start, end) if i not in parts)
            lemma = _whole_lemma(lemma, doc, start, end)
    if tuple(parts) == fact.relation:
        return fact
    return evolve(fact, relation=tuple(parts), lemma=lemma)


def negated_word_verb(fact: Fact, doc: Doc) -> bool:
    """Whether a relation verb is the last piece of a word opened by a negating prefix ("non-stop",
    "no-fly"): such a word describes something, no act was stated."""
    table = token_table(doc)
    for part in fact.relation:
        if not isinstance(part, int) or table.pos[part] not in ("VERB", "AUX"):
            continue
        start, _ = whole_words(doc, part, part + 1)
        if start < part and table.lower[start] in NEGATING_PREFIXES:
            return True
    return False


def _taken(fact: Fact) -> set[int]:
    """Token indices the fact's subject, object, source and arguments hold."""
    taken: set[int] = set()
    for span in (fact.subject, fact.object, fact.attributed_to):
        if span is not None:
            taken.update(range(*span))
    for argument in fact.arguments:
        taken.update(range(*argument.span))
    return taken


def _whole_lemma(lemma: str, doc: Doc, start: int, end: int) -> str:
    """The lemma with the word's lemma given the pieces written around it ("open" -> "re-open",
    "vice" -> "vice-presidential")."""
    table = token_table(doc)
    words = lemma.split(" ")
    for piece in range(start, end):
        for n, word in enumerate(words):
            if word in (table.lemma_lower[piece], table.lower[piece]):
                before = "".join(table.text[start:piece]).lower()
                words[n] = f"{before}{word}{''.join(table.text[piece + 1 : end]).lower()}"
                return " ".join(words)
    return lemma
