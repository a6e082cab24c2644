"""Who says a clause: the speaker of the reporting verb it is the content of ("X said ..."), the
source of "according to X", the speaker of a quotation, the holder of a claim ("rejected claims that
...") or of a statement ("released a statement saying ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract import held_views
from graphbuild.extract.closing_sources import sourced_conjunct
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.descriptions import glossing_clause
from graphbuild.extract.fronted import area_owner
from graphbuild.extract.held_views import view_holder, voiced, wished_clause
from graphbuild.extract.phrases import TokenSpan, ancestors, noun_span, quote_ids
from graphbuild.extract.qualifiers import (
    CONTENT_DEPS,
    marked_that,
    negates,
    own_sentence,
)
from graphbuild.extract.resumed_quotes import resumed_report, well_closed
from graphbuild.extract.scope import (
    across_semicolon,
    authors_remark,
    content_clause,
    finite_clause,
    one_quotation,
    sentence_before_semicolon,
)
from graphbuild.extract.sources import according_to
from graphbuild.extract.sources import named_source as _named
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, token_table

# Speakers a reader cannot check: inside a quotation they are the quotation's own speaker.
DEICTIC_SPEAKERS = frozenset({"i", "we", "you"})


def _carried_report(top: Token, source: TokenSpan, lexicons: Lexicons) -> TokenSpan | None:
    """The speaker of a report a paper carries: "the minister reported that A, according to the
    Herald" (the parser hangs "according to" on A): A is the minister's word, the Herald's only to
    pass on. Not a source inside the content ("claimed that according to X, A"): X's account of A."""
    content = content_clause(top, lexicons)
    reporting = lexicons.terms("reporting_verbs")
    if content is None or content.dep_ != "ccomp" or content.head.lemma_.lower() not in reporting:
        return None
    return speaker_of(content.head) if source[0] > top.i else None


def _sentence_source(token: Token) -> TokenSpan | None:
    """The source of a sentence that opens with "According to X," (its root's ``according_to``)."""
    root = token.sent.root
    first = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    if first is None or first.i != token.sent.start or first.i >= token.i or _in_source_phrase(token, root):
        return None
    return according_to(root)


def _in_source_phrase(verb: Token, top: Token) -> bool:
    """``verb`` inside the "according to X" phrase on ``top`` ("according to an article published
    by the Star"): the article's publishing is the author's fact, not the article's."""
    return any(
        c.left_edge.i <= verb.i <= c.right_edge.i for c in children_with(top, ("prep",), ("according",))
    )


def attribution_of(verb: Token, lexicons: Lexicons) -> TokenSpan | None:
    """The speaker when the clause is (inside) the content of a reporting verb: "X said ...",
    "..., X say", "X said the man who ... was ..." (the nearest reporting verb above speaks).

    Kept per verb with the Doc's token table (dropped when a misparse is mended): extraction asks it
    of each clause, resolution again of the clauses that join two entities and of pronouns' heads.
    """
    memo = token_table(verb.doc).memo.setdefault(ATTRIBUTION_KEY, {})
    key = (verb.i, lexicons)
    if key not in memo:
        memo[key] = _attribution_of(verb, lexicons)
    return memo[key]


# Where ``attribution_of`` keeps its answers in ``TokenTable.memo``.
ATTRIBUTION_KEY = "attribution_of"


def _attribution_of(verb: Token, lexicons: Lexicons) -> TokenSpan | None:
    reporting, ruling = lexicons.terms("reporting_verbs"), lexicons.terms("ruling_verbs")
    evidence = lexicons.terms("evidence_verbs")  # a finding cited by whoever says the evidence shows it
    documents = lexicons.terms("document_nouns")
    if verb.dep_ == "acl" and verb.lemma_.lower() in reporting and _issued(verb.head, documents):
        # "the police released a statement saying …": the statement's saying is the police's word
        source = speaker_of(verb.head.head)
        if source is not None:
            return source
    content = content_clause(verb, lexicons)
    outer: TokenSpan | None = None  # a first speaker "I" or "we", kept while looking further up
    quotes = quote_ids(verb.doc)
    crossed = -1  # past a semicolon: only a speaker after the next sentence's verb speaks of both
    for top in (verb, *ancestors(verb)):
        source = according_to(top)
        if source is not None and not _in_source_phrase(verb, top) and source[0] > crossed:
            return _carried_report(top, source, lexicons) or source
        closing = sourced_conjunct(top, verb)  # "A, and B, according to X": X's account of A too
        source = according_to(closing) if closing is not None else None
        if source is not None and source[0] > crossed:
            return source
        if glossing_clause(top, lexicons):
            return None  # "LSD, the drug underlying the hippie era, …, his family said": the author's gloss
        if top.dep_ == "relcl" and _set_off(top) and not _supposing(top, lexicons):
            # "X claims Paul, who guessed eight matches, is…": the author's description; but
            # "According to X, Y is a vet, who has a degree …": the whole sentence is X's account
            return _sentence_source(top)
        if quotes[top.head.i] and not quotes[verb.i]:
            return outer  # '"… saying: …," Fitzgerald wrote': words outside a quotation are not in it
        if authors_remark(top, lexicons):
            return None  # "..., although a cut seems unlikely": the author's own remark
        if (own_sentence(top) and not one_quotation(top, top.head)) or _own_speaker(top, reporting):
            return None  # "X said that A, and the ministry has criticised B": the author adds B
        if top.dep_ == "conj" and top.head.lemma_.lower() in reporting and marked_that(top) and crossed < 0:
            return speaker_of(top.head)  # "confirmed that A, and that B": B is reported too
        if (
            top.dep_ in CONTENT_DEPS
            and (
                top.head.lemma_.lower() in reporting
                or held_views.phrasal_report(top.head, lexicons)
                or _finding(top.head, ruling)
                or (_finding(top.head, evidence) and finite_clause(top) and _named_evidence(top.head))
                or wished_clause(top, lexicons)
            )
            and not across_semicolon(top, top.head)
            and top.head.i > crossed
        ):
            if _spliced(top, quotes):
                return None  # "Rain battered the coast, officials said 30 died": the author's sentence
            denial = top.head.lemma_.lower() in lexicons.terms("denial_verbs")
            if (negates(top.head) and not denial) or _unsaid(top.head):
                return None  # "would not say whether ...", "Neither A nor B would say ..."
            # "According to X, …, said they …": a subjectless reporting verb cites its source
            speaker = (
                speaker_of(top.head)
                or _absorbed_speaker(top.head)
                or according_to(top.head)
                or _document_source(top.head, lexicons)
            )
            if top.head.lemma_.lower() in evidence:  # "footage showed X, according to police"
                return attribution_of(top.head, lexicons) or speaker or outer  # who cites it says X
            if speaker is None or not _passed_up(top, speaker, lexicons):
                return speaker or outer
            outer = outer or speaker  # "Obama said, 'I think ...'": the outer speaker is the source
        if top is content and top.dep_ == "acl":
            holder = top.head.head  # "officials rejected claims that …": whoever holds the claim
            lemma = holder.lemma_.lower()
            if top.head.dep_ == "dobj" and (lemma in reporting or lemma in lexicons.terms("denial_verbs")):
                return speaker_of(holder)
            if _issued(top.head, documents) or voiced(top.head, lexicons):
                return speaker_of(holder)  # "the ministry issued a statement that …", "voiced fears that …"
            claimant = _claimant(top.head, lexicons)
            if claimant is not None:
                return claimant  # "the minister's claim that the rebels …": the minister's word
        if top is content and top.dep_ == "ccomp":
            holder = view_holder(top, lexicons)
            if holder is not None:
                return holder  # "Dunbar's view is that …", "the conclusion of the study was that …"
        feeler = held_views.feeling_holder(top, lexicons)  # "officials were concerned that X": their view
        if feeler is not None:
            return _named(feeler)
        speaker = _trailing_speaker(top, reporting)
        if speaker is not None:
            return speaker
        if sentence_before_semicolon(top):
            crossed = top.head.i  # "A; according to X, B": X speaks of B only; "A; B, X said": of both
    resumed = resumed_report(verb, reporting)  # '"A," said X. "B."': B is X's word too
    return outer or _quotation_speaker(verb, reporting) or (_named_speaker(resumed) if resumed else None)


# Verbs by which a document comes from their subject: "X released a statement", not "X found a note".
ISSUING_VERBS = frozenset(
    {
        "release",
        "issue",
        "publish",
        "post",
        "send",
        "write",
        "sign",
        "make",
        "deliver",
        "file",
        "submit",
        "read",
    }
)


def _document_source(reporting_verb: Token, lexicons: Lexicons) -> TokenSpan | None:
    """Who a document that says something comes from: "the police released a statement saying …"
    (the document a participle of saying hangs on is the object of its releaser, ``ISSUING_VERBS``),
    else the document itself ("a statement posted online said …", "found a note saying …")."""
    noun = reporting_verb.head
    documents = lexicons.terms("document_nouns")
    if reporting_verb.dep_ != "acl" or noun.lemma_.lower() not in documents:
        return None
    if _issued(noun, documents):
        return speaker_of(noun.head) or noun_span(noun)
    return noun_span(noun)


def _issued(noun: Token, documents: frozenset[str]) -> bool:
    """A document (``lexicons/document_nouns.txt``) that is the object of a verb of issuing it
    (``ISSUING_VERBS``): "the police released a statement", not "police found a note"."""
    return (
        noun.dep_ == "dobj" and noun.lemma_.lower() in documents and noun.head.lemma_.lower() in ISSUING_VERBS
    )


def _finding(verb: Token, ruling: frozenset[str]) -> bool:
    """ "The tribunal ruled that …", "the study found that …": a finding its subject states. Not "it
    has not been determined how …" (no finder, nothing found), nor "found the body" (no clause)."""
    return (
        verb.lemma_.lower() in ruling
        and not negates(verb)
        and any(c.lower_ != "it" for c in children_with(verb, ("nsubj",)))
    )


def _named_evidence(verb: Token) -> bool:
    """Evidence named by a noun ("the records show ..."): "this shows the treatment works" is the
    author's own inference from what came before."""
    return not any(s.tag_ in ("DT", "PRP", "WDT") for s in children_with(verb, ("nsubj",)))


def _quotation_speaker(verb: Token, reporting: frozenset[str]) -> TokenSpan | None:
    """'"… tackle all the issues", spokesperson Madan Kaushik said.': when the parse does not hang
    the reporting verb on the quotation, the speaker of a quotation is the subject of the reporting
    verb that follows its closing mark, after a comma, in the sentence the quotation closes in ('"A.
    B," said the statement.': both sentences are the statement's); else, for a quotation opened after
    a colon, the speaker of the reporting verb before it ('X emphasised that …: "A. B."')."""
    doc, quotes = verb.doc, quote_ids(verb.doc)
    here = quotes[verb.i]
    if not here:
        return None
    close = next((i for i in range(verb.i + 1, len(doc)) if quotes[i] != here or doc[i].is_quote), None)
    if close is None or quotes[close] != here:
        return _opening_speaker(verb, reporting)  # the quotation runs on past its paragraph
    end = doc[close].sent.end
    if close + 1 >= end or (doc[close + 1].text != "," and doc[close - 1].text != ","):
        return _opening_speaker(verb, reporting)
    for i in range(close + 1, end):
        if quotes[i]:
            return None  # another quotation starts first
        if doc[i].lemma_.lower() in reporting and doc[i].pos_ == "VERB":
            return speaker_of(doc[i]) or _inverted_speaker(doc[i], close)
    return None


def _inverted_speaker(verb: Token, close: int) -> TokenSpan | None:
    """'"…," added the statement.': right after the closing mark, a reporting verb with no subject
    has its speaker after it, which the parser takes for its object."""
    if verb.i != close + 1 or has_child(verb, ("nsubj", "nsubjpass")):
        return None
    spoken = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
    return noun_span(spoken[0]) if spoken else None


# Marks that open a quotation after its reporting verb: 'X said: "…"' (and the misused 'said; "…"').
INTRODUCING_MARKS = frozenset({":", ";"})


def _opening_speaker(verb: Token, reporting: frozenset[str]) -> TokenSpan | None:
    """'Carslaw emphasised that this was no reason to keep it open: "You can't … The ozone hole was …"':
    a quotation opened after a colon is the words of the subject of the reporting verb that
    heads the sentence the colon ends; one opened after a reporting verb and a comma, the words of
    that verb's subject ('Lee said, "The mill will close. Its 300 workers were told today."')."""
    doc, quotes = verb.doc, quote_ids(verb.doc)
    here = quotes[verb.i]
    opening = next((i for i in range(verb.i, -1, -1) if quotes[i] != here), -1) + 1
    mark = opening - 1
    while mark >= 0 and doc[mark].is_space:
        mark -= 1
    if mark > 0 and doc[mark].text == "," and _reporting_word(doc[mark - 1], reporting) and well_closed(verb):
        return _named_speaker(doc[mark - 1])  # 'X said, "A. B."': B is X's word as A is
    if mark < 0 or doc[mark].text not in INTRODUCING_MARKS:
        return None
    root = doc[mark].sent.root
    if root.lemma_.lower() not in reporting or root.pos_ != "VERB":
        return None
    return speaker_of(root)


def _named_speaker(reporting_verb: Token) -> TokenSpan | None:
    """The speaker of a reporting verb in another sentence, unless a pronoun: "he" is resolved
    only against the words of the fact's own sentence, so it would leave the fact with nobody."""
    span = speaker_of(reporting_verb)
    single = span is not None and span[1] - span[0] == 1 and reporting_verb.doc[span[0]].tag_ == "PRP"
    return None if single else span


def _reporting_word(word: Token, reporting: frozenset[str]) -> bool:
    return word.lemma_.lower() in reporting and word.pos_ == "VERB"


def _set_off(relcl: Token) -> bool:
    """A non-restrictive relative clause: a comma before it ("Paul, who guessed …")."""
    start = relcl.left_edge.i
    return start > 0 and relcl.doc[start - 1].text == ","


def _supposing(relcl: Token, lexicons: Lexicons) -> bool:
    """ "Analysts said the letter reflects fears over the files, which may contain …": a relative
    clause with a modal of its own supposes, so it is the speculation of whoever reports the clause
    around it, not the author's description of the noun."""
    return has_child(relcl, ("aux",), lexicons.terms("modals"))


def _spliced(clause: Token, quotes: list[int]) -> bool:
    """A clause before its reporting verb when the verb has its own content after it: "Heavy rain
    battered the coast, officials said 300 had fled", "The firm is working on a fix, however a
    spokesman said …". The parser hangs the author's first sentence on the report that follows a
    comma; only inside a quotation ('"A," he said, "B"') is it the speaker's too."""
    verb = clause.head
    return (
        clause.i < verb.i
        and not quotes[clause.i]
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def _own_speaker(verb: Token, reporting: frozenset[str]) -> bool:
    """ "..., with some local press claiming ...": a reporting participle with a subject of its
    own speaks for itself, not for the clause it hangs from."""
    return (
        verb.lemma_.lower() in reporting
        and verb.dep_ in ("advcl", "acl", "pcomp", "pobj")
        and has_child(verb, SUBJ_DEPS)
    )


def _passed_up(clause: Token, speaker: TokenSpan, lexicons: Lexicons) -> bool:
    """A speaker that gives way to one reporting it: "I"/"we"/"you" ("Obama said, 'I think …'"),
    or a pronoun hoping ("the coach said he hoped the team would win": the coach's word)."""
    if _deictic(clause.doc, speaker):
        return True
    single = speaker[1] - speaker[0] == 1 and clause.doc[speaker[0]].tag_ == "PRP"
    return single and wished_clause(clause, lexicons)


def _deictic(doc, span: TokenSpan) -> bool:
    return span[1] - span[0] == 1 and doc[span[0]].lower_ in DEICTIC_SPEAKERS


def _absorbed_speaker(verb: Token) -> TokenSpan | None:
    """ "According to ISNA, the prosecutor, Ali Mehr, said …": a subjectless reporting verb right
    after an apposition the parser hung on the "according to" source; the apposition speaks."""
    doc = verb.doc
    for child in children_with(verb, ("prep",), ("according",)):
        for obj in (o for to in child.children for o in children_with(to, ("pobj",))):
            for appos in children_with(obj, ("appos",)):
                if appos.right_edge.i + 2 == verb.i and doc[verb.i - 1].text == ",":
                    return _named(appos)
    return None


def _unsaid(reporting_verb: Token) -> bool:
    """A speaker "neither A nor B" (or "no one") says nothing."""
    return any(_nobody(c) for c in children_with(reporting_verb, ("nsubj", "nsubjpass")))


def _nobody(subject: Token) -> bool:
    """ "nobody", "none", "neither A nor B", "no evidence": no one to say anything."""
    return subject.lower_ in ("nobody", "none") or any(
        d.lower_ in ("neither", "no") for d in subject.children
    )


def _claimant(noun: Token, lexicons: Lexicons) -> TokenSpan | None:
    """The owner of a hearsay noun ("the minister's claim that …", "his allegation that …"): whose
    word the content clause is."""
    if noun.lemma_.lower() not in lexicons.terms("hearsay_nouns"):
        return None
    owners = children_with(noun, ("poss",))
    if not owners:
        return None
    left, right = noun_span(owners[0])
    return (left, right - 1) if noun.doc[right - 1].dep_ == "case" else (left, right)  # without "'s"


def _trailing_speaker(top: Token, reporting: frozenset[str]) -> TokenSpan | None:
    """ "..., analysts say": the reporting verb hangs from the content's verb."""
    for child in children_with(top, CONTENT_DEPS):
        if (
            child.lemma_.lower() in reporting
            and child.i > top.i
            and not (quote_ids(top.doc)[child.i] and not quote_ids(top.doc)[top.i])
            and not across_semicolon(top, child)
            and not has_child(child, ("ccomp", "dobj", "xcomp"))  # not "what they believed to be …"
            and not marked_that(child)  # "said that Saddam confessed to …": content, not a speaker
        ):
            return speaker_of(child)
    return None


def speaker_of(reporting_verb: Token) -> TokenSpan | None:
    """The subject of a reporting verb, looking through coordination and participles."""
    verb = reporting_verb
    for _ in range(4):
        subj = children_with(verb, ("nsubj", "csubj"))
        if subj and verb.dep_ == "relcl" and subj[0].tag_ in ("WP", "WDT"):
            return noun_span(verb.head)  # "according to police, who said ...": the police
        if subj:  # "and the mayor of X, Area said": the mayor, not the area
            subject = area_owner(subj[0], subj) or subj[0]
            return None if _nobody(subject) else _named(subject)  # not "no evidence exists to confirm"
        if verb.dep_ == "acl" and verb.tag_ == "VBD":
            return _named(_apposed_to(verb.head))  # "ETA, a Basque group, announced …": misread as a modifier
        agent = children_with(verb, ("agent",))  # "it was reported by X"
        if agent:
            pobj = children_with(agent[0], ("pobj",))
            if pobj:
                return noun_span(pobj[0])
        if verb.dep_ == "advcl" and verb.head.dep_ == "ccomp":
            # "he stated the trial would fail, saying he…": the participle goes with the one who
            # states, not with the subject of the stated content
            verb = verb.head.head
            continue
        if verb.dep_ in ("conj", "advcl", "xcomp", "acomp") and verb.head is not verb and verb.pos_ != "NOUN":
            # "..., warning they could", "was keen to stress …": the subject speaks (a noun has none:
            verb = verb.head  # "questioned while he ruled and claims he ordered …" are not his claims)
            continue
        if verb.dep_ == "pcomp" and verb.head.head is not verb.head:
            verb = verb.head.head  # "justified it by saying …": who justified says it
            continue
        break
    return None


def _apposed_to(noun: Token) -> Token:
    """The noun an apposition describes ("ETA, a separatist group": ETA), else ``noun``."""
    for _ in range(4):
        if noun.dep_ != "appos" or noun.head is noun:
            break
        noun = noun.head
    return noun


__all__ = ["according_to", "attribution_of", "speaker_of"]
