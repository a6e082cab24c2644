"""Where the reach of a qualifier ends: a semicolon joins two sentences, and what the second says
("according to X", "is scheduled to", "denied that") is no word about the first; a concession the
author adds ("…, although a cut seems unlikely") is no part of what was said, hoped or denied."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import ancestors, quote_ids
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, tensed, token_table

# Links by which the parser hangs a whole clause on a verb: the ones it also uses, wrongly, to join
# two sentences a semicolon sets apart.
_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "conj", "advcl"})
_CONTENT_MARKS = frozenset({"that", "whether", "if"})
# Conjunctions that open a time clause unless a comma sets the clause off: "were arrested while
# crossing the border", "were arrested while they were crossing" (time) against "X fled, while Y stayed".
TIME_OR_CONTRAST_MARKS = frozenset({"while", "whilst"})
# Conjunctions opening a time clause that, set off by a comma after reported content ("…, shortly
# after X accused Y"), gives the author's setting of the report, not its words. Not "as" or "since",
# which as often give the speaker's reason ("are not surprised, as cases rose last year").
SETTING_MARKS = frozenset({"after", "before"})


def content_clause(verb: Token, lexicons: Lexicons | None = None) -> Token | None:
    """The head of the nearest clause above ``verb`` that is the content of a verb or a noun.

    ``denied that soldiers fired``: ``fired`` (a ``ccomp``); ``reports that troops had entered``:
    ``entered`` (an ``acl`` opened by ``that``). None when ``verb`` is in no such clause, nor (given
    ``lexicons``) when an author's remark lies between ("hoped that A would …, whilst B backed …").
    Kept per verb with the Doc's token table (dropped when a misparse is mended): negation, hearsay,
    modality and attribution each ask it of the same clause.
    """
    memo = token_table(verb.doc).memo.setdefault(CONTENT_KEY, {})
    key = (verb.i, lexicons)
    if key not in memo:
        found = _nearest_content_clause(verb, lexicons)
        memo[key] = None if found is None else found.i
    i = memo[key]
    if i is None:
        return None
    # ``verb`` itself when it is the clause: a caller tests ``top is content`` against it
    return verb if i == verb.i else verb.doc[i]


# Where ``content_clause`` keeps its answers (token indices) in ``TokenTable.memo``.
CONTENT_KEY = "content_clause"


def _nearest_content_clause(verb: Token, lexicons: Lexicons | None) -> Token | None:
    for top in (verb, *ancestors(verb)):
        if sentence_before_semicolon(top):
            return None  # "The vote was held; it is scheduled to …": the vote is no content
        if top.dep_ == "ccomp":
            return top
        if top.dep_ == "acl" and has_child(top, ("mark",), _CONTENT_MARKS):
            return top
        if top.dep_ == "relcl" or (lexicons is not None and authors_remark(top, lexicons)):
            return None
    return None


def authors_remark(clause: Token, lexicons: Lexicons) -> bool:
    """A concession the author adds to what a clause says ("…, although a cut seems unlikely"), not
    one inside the reported words ("said that while X would …, he …"); or the time it sets off
    after it ("…, shortly after B accused C")."""
    if _setting(clause):
        return True
    return _concessive(clause, lexicons) and not _opened_before(clause)


def _setting(clause: Token) -> bool:
    """A time clause with a subject of its own that a comma sets off after the clause it hangs on,
    outside a quotation ("warned that A is a threat, shortly after B accused C"): the author's setting.
    Not one with no comma ("would leave after the vote is held") nor one put first, inside the content."""
    marks = _subject_clause_marks(clause, SETTING_MARKS)
    return bool(marks) and _set_off_after(clause) and not _perfect_result(clause.head)


def _perfect_result(verb: Token) -> bool:
    """A clause in the perfect ("said that 2,000 tourists have been stranded, after rains caused
    mudslides"): it states a result, and the time clause after it tells what brought it about, so
    both are the speaker's. A simple tense ("said the bridge was unsafe, after a truck hit it")
    leaves the time clause free to date the report, the author's setting."""
    return has_child(verb, ("aux",), ("have", "has", "had", "'ve"))


def _concessive(clause: Token, lexicons: Lexicons) -> bool:
    """A concessive clause with a subject of its own ("…, although a cut seems unlikely"): not one
    without ("while hiking between the towns", "though badly hurt"), which says how the reported
    event went; nor "while" after its main clause with no comma before it, a time."""
    marks = _subject_clause_marks(clause, lexicons.terms("concessive_marks"))
    if not marks:
        return False
    mark = marks[0]
    fronted = clause.i < clause.head.i  # "While X was ongoing, it appears …": a contrast
    return mark.lower_ not in TIME_OR_CONTRAST_MARKS or fronted or clause.doc[mark.i - 1].text == ","


def _opened_before(clause: Token) -> bool:
    """A clause inside reported content: the "that" of the clause it hangs on comes before it ("said
    that while X would …, he …", "said that crops were hit although the impact is unknown"). Not one
    a comma sets off after that clause, outside a quotation ("said that A would …, whilst B backed
    …"): the author's own remark again."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.head.children):
        return False
    return not _set_off_after(clause)


def _subject_clause_marks(clause: Token, words: frozenset[str]) -> list[Token]:
    """The marks among ``words`` of an adverbial clause with a subject of its own ("although a cut
    seems unlikely", "after B accused C"); none for another clause or one without a subject."""
    if clause.dep_ != "advcl":
        return []  # asked of every clause: most are no adverbial ones
    marks = [m for m in children_with(clause, ("mark",)) if m.lower_ in words]
    return marks if marks and has_child(clause, SUBJ_DEPS) else []


def _set_off_after(clause: Token) -> bool:
    """A clause a comma sets off after the clause it hangs on, outside a quotation that holds both:
    the author's own words, not the reported ones."""
    start = clause.left_edge.i
    set_off = start > clause.head.i and clause.doc[start - 1].text == ","
    return set_off and not one_quotation(clause, clause.head)


def one_quotation(a: Token, b: Token) -> bool:
    """Both words inside the same quotation: "…illegal, and the AFP will use …," Ryan said — the
    ", and" clause is still the speaker's words."""
    quotes = quote_ids(a.doc)
    return bool(quotes[a.i]) and quotes[a.i] == quotes[b.i]


def across_semicolon(a: Token, b: Token) -> bool:
    """A semicolon between two words: "Two guards were held; police say ..." reports nothing before it."""
    left, right = sorted((a.i, b.i))
    return _semicolon_within(a, left, right)


def sentence_before_semicolon(clause: Token) -> bool:
    """A clause that ends at a semicolon before the verb it hangs on: "The fire started at noon;
    according to the mayor, the guard raised the alarm" (the mayor speaks of the alarm only), "The
    council voted in May; it is scheduled to take effect in June" (the vote happened). The parser
    makes the first sentence a complement of the second; it is the author's own."""
    table = token_table(clause.doc)  # asked of about every clause: its head and label off the table
    head = table.head[clause.i]
    if table.dep[clause.i] not in _CLAUSE_LINKS or head <= clause.i:
        return False
    return ";" in table.text[clause.right_edge.i + 1 : head]


def _semicolon_within(token: Token, start: int, end: int) -> bool:
    """A semicolon among the tokens ``start`` to ``end`` of ``token``'s Doc, read off its token table:
    extraction asks this of about every clause, and a slice of the Doc makes a Token per word."""
    return ";" in token_table(token.doc).text[start:end]


def finite_clause(clause: Token) -> bool:
    """A clause with a tense of its own ("records show that the clinic refused X"): a finding. Not a
    participle or bare verb ("footage showed him shouting", "showed the pair embrace"): a scene the
    author describes, not anyone's account; nor a question ("the column shows how many votes ...")."""
    return clause.doc[clause.left_edge.i].tag_ not in WH_TAGS and tensed(clause)


# Tags of wh-words opening an indirect question: "shows how many", "shows which party won".
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
