"""A name set off after a relative clause renames the noun the clause is on, not the clause's last noun.

"The farmer who took the minister to court over land taken from white farmers, John Smith, has
died": the parser hangs "John Smith" on "farmers", the nearest noun, and the relative clause's
object swallows the name. A person's name cannot rename a plural noun or a thing; after a relative
clause on a subject, and right before that subject's verb, it closes the noun phrase the clause
is in, and renames its head ("the farmer … , John Smith, has died").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.nlp import forget_token_table, token_table

# Words that may stand between the comma closing the name and the subject's verb ("has", "not").
VERB_WORDS = frozenset({"aux", "auxpass", "neg", "advmod"})


def mend_relative_appositions(doc: Doc) -> int:
    """Hang each person's name that closes a relative clause on a common-noun subject on that
    subject (``renamed_antecedent``). Returns how many were mended."""
    table = token_table(doc)  # read before this mend changes the parse: no Token per word of the Doc
    found = [
        (doc[i], noun)
        for i, dep in enumerate(table.dep)
        if dep == "appos" and (noun := renamed_antecedent(doc[i])) is not None
    ]
    for name, noun in found:
        name.head = noun
    if found:
        forget_token_table(doc)
    return len(found)


def renamed_antecedent(name: Token) -> Token | None:
    """The subject noun a person's name set off after its relative clause renames, or None."""
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    inner = name.head
    if inner.ent_type_ == "PERSON" or not (inner.tag_ == "NNS" or inner.ent_type_):
        return None  # "a man who worked for the general, John Smith, …": the general may be named
    relative = next((a for a in inner.ancestors if a.dep_ == "relcl"), None)
    if relative is None or relative.right_edge.i != name.right_edge.i:
        return None  # the name does not close the relative clause
    noun = relative.head
    if noun.pos_ != "NOUN" or noun.dep_ not in SUBJ_DEPS or noun.ent_type_ or noun.tag_ == "NNS":
        return None  # "Dale Wyatt, who walked his dog, Rex, said": a name already names him
    verb, doc = noun.head, name.doc
    comma = name.right_edge.i + 1
    if comma >= verb.i or doc[comma].text != ",":
        return None
    between = doc[comma + 1 : verb.i]
    return noun if all(t.head.i == verb.i and t.dep_ in VERB_WORDS for t in between) else None
