"""Pieces of a sentence that assert nothing by their grammar.

An indirect question ("officials did not say what link the fires have", "how strong the recovery
will be") asks; cut off as "the fires | have | what link" it states a link no one stated. A reading
whose object holds its own verb ("X | says | which X says violates the law") repeats the clause it
came from, not an argument. A verb of saying whose object is only the subject of the clause it
reports ("a statement said one of the guards, X, had died" -> "a statement | said | one of the
guards"; "stated that the money ... will amount to") has lost what was said. Such readings are kept
for Open IE only, like the other unasserted ones.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.facts import Fact
from graphbuild.lexicons import Lexicons

# Words that open a question's phrase in any use: "what link", "how strong", "how many votes".
INTERROGATIVES = frozenset({"what", "how"})
# "which" asks only as a determiner ("which team"); alone it is mostly the relative pronoun.
ASKING_DETERMINERS = frozenset({"which"})
# Links by which a word opens the phrase of its head: "what link", "how strong", "how many".
OPENING_DEPS = frozenset({"det", "advmod", "amod", "attr", "npadvmod"})
# Marks of a reported clause left hanging on the object: "stated that the money ...".
REPORT_MARKS = frozenset({"that", "whether", "if"})
# Links of a reported clause on the verb of saying.
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
# The verb of saying that takes what was said, never a thing, as its object: a noun before its
# clause is the clause's subject ("said one of the guards, X, had died"). "confirmed the attack,
# saying ...", "stated his concerns" take a thing.
CLAUSE_VERBS = frozenset({"say"})


def _verbs(fact: Fact, doc: Doc) -> list[Token]:
    return [doc[p] for p in fact.relation if isinstance(p, int)]


def _last_verb(fact: Fact, doc: Doc) -> Token | None:
    """The last verb of the relation ("was reported by" -> "reported")."""
    return next((v for v in reversed(_verbs(fact, doc)) if v.pos_ == "VERB"), None)


def _reporting_verb(fact: Fact, doc: Doc, lexicons: Lexicons) -> Token | None:
    """The relation's last verb when it is a verb of saying (``lexicons/reporting_verbs.txt``)."""
    verb = _last_verb(fact, doc)
    return verb if verb is not None and verb.lemma_.lower() in lexicons.terms("reporting_verbs") else None


def indirect_question(fact: Fact, doc: Doc) -> bool:
    """A subject or object opened by a question word that fronts the fact's own clause: "(about)
    how strong the recovery will be" -> "the recovery | will be | how strong", "(not announced)
    what link the fires have". Not a relative clause ("the team, which won"), whose pronoun stands
    for the noun it hangs on, nor a free relative that is a thing ("what he said was done to ..."),
    whose clause is not the fact's."""
    verbs = _verbs(fact, doc)
    if not verbs or any(v.dep_ == "relcl" for v in verbs):
        return False
    spans = [fact.subject, *([fact.object] if fact.object else [])]
    return any(_asks(doc[start:end].root, doc[start], verbs) for start, end in spans)


def _asks(root: Token, first: Token, verbs: list[Token]) -> bool:
    """The phrase of ``root`` opens with a question word (``first``) and is an argument of one of
    ``verbs``, the clause the question word fronts."""
    if root.head not in verbs or first.i > min(v.i for v in verbs):
        return False  # "the slump will be how deep" is no question: the word must come first
    word = first.lower_
    if first.i == root.i:  # "what he said (was done)" has a clause of its own: a thing, no question
        return word in INTERROGATIVES and first.tag_ in ("WP", "WRB") and not list(root.children)
    opens = first.dep_ in OPENING_DEPS and first.head.i in (root.i, *(c.i for c in root.children))
    return opens and (word in INTERROGATIVES or (word in ASKING_DETERMINERS and first.dep_ == "det"))


def self_containing(fact: Fact) -> bool:
    """A reading whose object holds a word of its own relation ("the union | says | which the union
    says is causing delays"): the object repeats the clause, it is no argument. Not the subject,
    which may keep the participle it was read from ("people suspected | were suspected to be |
    insurgents")."""
    if fact.object is None:
        return False
    start, end = fact.object
    return any(start <= p < end for p in fact.relation if isinstance(p, int))


def cut_report(fact: Fact, doc: Doc, lexicons: Lexicons) -> bool:
    """A verb of saying (``lexicons/reporting_verbs.txt``) whose object is the subject of the clause
    it reports, cut from it: the object carries the clause's "that" ("stated that the money ...")
    or, for "say", the clause follows it on the verb ("said one of the guards, X, had died"). Not
    a verb whose object is the hearer (``lexicons/hearer_verbs.txt``: "told reporters the fire was
    out")."""
    if fact.object is None or fact.attributed_to is not None:
        return False
    verb = _reporting_verb(fact, doc, lexicons)
    if verb is None or verb.lemma_.lower() in lexicons.terms("hearer_verbs"):
        return False
    obj = doc[fact.object[0] : fact.object[1]].root
    if obj.head.i != verb.i or obj.dep_ != "dobj":
        return False
    if any(c.dep_ == "mark" and c.lower_ in REPORT_MARKS and c.i < obj.i for c in obj.children):
        return True
    clause_only = verb.lemma_.lower() in CLAUSE_VERBS
    return clause_only and any(c.dep_ in REPORTED_DEPS and c.i > obj.i for c in verb.children)


def said_of(fact: Fact, doc: Doc, lexicons: Lexicons) -> bool:
    """A verb of saying in the passive with its agent, read as "agent | says | thing spoken of": "the
    gift, said by the agency to be the largest" -> "the agency | say | the gift", "X said, as
    reported by the BBC" -> "the BBC | report | X". What was said is the infinitive or the main
    clause, read on its own; the agent did not say the thing. Not a plain passive ("the plan was
    announced by the mayor"), whose subject is what was said."""
    verb = _reporting_verb(fact, doc, lexicons)
    if fact.object is None or verb is None:
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    obj = doc[fact.object[0] : fact.object[1]].root
    if obj.pos_ in ("VERB", "AUX"):
        return False  # the words said, not a thing
    words = set(p for p in fact.relation if isinstance(p, int))  # not "X | is said to be | Y" itself
    infinitive = any(c.dep_ == "xcomp" and c.i not in words for c in verb.children)
    as_reported = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return infinitive or as_reported
