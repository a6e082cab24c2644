"""``extract_triples``: every fact of a Doc or Span as ``Triple`` records, in order of appearance."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graphbuild.extract import confidence
from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.bearings import with_bearing
from graphbuild.extract.clause_openers import opened_clause
from graphbuild.extract.clauses import sentence_clause_facts
from graphbuild.extract.counterfactual import counterfactual_condition
from graphbuild.extract.cut_lists import cut_list
from graphbuild.extract.defining import defining_modifier, free_choice_subject, free_relative
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.empty_pieces import cut_report, indirect_question, said_of, self_containing
from graphbuild.extract.facts import Fact, to_triple
from graphbuild.extract.generic_relatives import generic_relative
from graphbuild.extract.hyphened_relations import negated_word_verb, whole_relation_words
from graphbuild.extract.nominal import sentence_nominal_facts
from graphbuild.extract.phrases import MAX_DEPTH, quote_ids
from graphbuild.extract.reported_phrases import reported_phrase
from graphbuild.extract.respective import respective_pairs
from graphbuild.extract.word_pieces import without_word_pieces
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Provenance, Triple, evolve
from graphbuild.nlp import has_child, span_text, token_table, whole_word


def sentence_facts(sent: Span, lexicons: Lexicons, *, variants: bool = True) -> list[Fact]:
    """Facts of one sentence, scored, without duplicates (clause facts first, then nominal ones).

    Without ``variants`` (the graph), restated readings and quoted words with no speaker found are
    left out before they are scored.
    """
    seen: set[tuple[object, ...]] = set()
    out = []
    for fact in [*sentence_clause_facts(sent, lexicons), *sentence_nominal_facts(sent, lexicons)]:
        fact = with_bearing(
            whole_relation_words(without_word_pieces(fact, sent.doc), sent.doc), sent.doc, lexicons
        )
        key = (fact.subject, fact.relation, fact.object, fact.arguments)
        if key in seen or fact.subject == fact.object or _empty(fact, sent.doc) or _idle(fact, sent.doc):
            continue
        if not variants and fact.variant:
            seen.add(key)  # left out whatever the checks below say: they only ever add reasons to
            continue
        if (
            _fragment(fact, sent.doc)
            or cut_list(fact, sent.doc)
            or opened_clause(fact, sent.doc, lexicons)
            or negated_word_verb(fact, sent.doc)
            or _speaker_relative(fact, sent.doc)
            or _objectless(fact, sent, lexicons)
        ):
            fact = evolve(fact, variant=True)
        if fact.negated:
            fact = _without_no(fact, sent.doc)
        fact = reported_phrase(_quoted_nominal(fact, sent.doc, lexicons), sent.doc, lexicons)
        unasserted = (
            _unasserted(fact, sent.doc)
            or defining_modifier(fact, sent.doc, lexicons)
            or free_choice_subject(fact, sent.doc, lexicons)
            or generic_relative(fact, sent.doc, lexicons)
            or indirect_question(fact, sent.doc)
            or self_containing(fact)
            or cut_report(fact, sent.doc, lexicons)
            or said_of(fact, sent.doc, lexicons)
        )
        if not variants and (fact.variant or unasserted or _unsourced_quote(fact, sent.doc)):
            seen.add(key)
            continue
        seen.add(key)
        # a surface reading the sentence does not assert: kept for Open IE with its own score (no
        # primary fact restates it), left out of the graph like a variant
        fact = fact.with_confidence(confidence.score(fact, sent.doc))
        out.append(evolve(fact, variant=True) if unasserted else fact)
    return out


def _quoted_nominal(fact: Fact, doc: Doc, lexicons: Lexicons) -> Fact:
    """A nominal fact inside a quotation ('X remarked: "A village, some 400 people, has vanished"',
    '"… in some of Africa's fragile states," Y said'): the speaker's words like the clause it sits
    in, so it takes that clause's source."""
    nominal = fact.object is not None and not any(isinstance(p, int) for p in fact.relation)
    if fact.attributed_to is not None or not nominal:
        return fact
    quotes = quote_ids(doc)
    here = quotes[fact.subject[0]]
    if not here or any(quotes[i] != here for i in (*range(*fact.subject), *range(*fact.object))):
        return fact
    clause = doc[fact.subject[0] : fact.subject[1]].root
    for _ in range(MAX_DEPTH):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    source = attribution_of(clause, lexicons) if clause.pos_ in ("VERB", "AUX") else None
    return evolve(fact, attributed_to=source) if source is not None else fact


def _unsourced_quote(fact: Fact, doc: Doc) -> bool:
    """A fact stated inside a quotation whose speaker was not found (a quote running on from an
    earlier sentence, a speaker named only before a colon): someone's words, not the author's, so
    no plain fact of the graph; left out of it like a variant (Open IE output keeps it)."""
    if fact.attributed_to is not None:
        return False
    quotes = quote_ids(doc)
    verbs = [part for part in fact.relation if isinstance(part, int)]
    return bool(verbs) and all(quotes[i] for i in verbs)


def _idle(fact: Fact, doc: Doc) -> bool:
    """A possessive between two common nouns says nothing a user would ask a graph about.

    ``the hotel's closure`` -> ``the hotel has closure``, ``the player's name``: an event or part of
    an unnamed thing. A possessive is kept when a name stands on either side
    (``Spain's coach``, ``the party's leader Ana Ruiz``).
    """
    if not fact.kind.endswith(":has") or fact.object is None:
        return False
    spans = [fact.subject, fact.object]
    named = (doc[i].pos_ == "PROPN" or doc[i].ent_type_ for start, end in spans for i in range(start, end))
    return not any(named)


# Word classes that head no phrase a fact can be about: "the were nine out" (a typo), "All that
# we know is …" read as "All can say", a conjunction of a script the model does not know.
FUNCTION_POS = frozenset({"DET", "CCONJ", "SCONJ", "ADP", "PART", "PUNCT", "SYM", "X"})
# An article the parser read as a pronoun ("the were nine out"): it heads nothing.
ARTICLES = frozenset({"the", "a", "an"})


# Subjects that deny there is any: what they do happened to no one.
NOBODY = frozenset({"no one", "nobody", "none", "nothing", "noone", "no-one"})


def _fragment(fact: Fact, doc: Doc) -> bool:
    """A subject headed by a function word, or an object that is one: a misparse that states
    nothing, kept only as a variant (Open IE benchmarks score surface forms; the graph skips variants)."""
    subject = doc[fact.subject[0] : fact.subject[1]]
    if span_text(subject).lower() in NOBODY:
        return True  # "no one tried to storm the base": a fact of nobody
    if fact.object is not None and fact.object[1] - fact.object[0] == 1:
        word = doc[fact.object[0]]
        if word.pos_ in FUNCTION_POS or word.lower_ in ARTICLES:
            return True  # "had succeeded the also resigned X" read as "succeeded | the": a lone function word
    if fact.object is not None and _subjectless_clause(doc[fact.object[0]]):
        return True  # "a gun police say was found nearby" -> "police | say | was found nearby"
    if fact.object is not None and _perfect_auxiliary(fact, doc):
        return True  # "having held posts with X" read as "having | held posts": the verb is "held"
    return subject.root.pos_ in FUNCTION_POS or subject.root.lower_ in ARTICLES


# Penn tags of a finite verb or modal: a word that opens a clause, never a noun phrase.
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _subjectless_clause(first: Token) -> bool:
    """An object opened by a finite verb: a content clause whose subject was moved out of it (a
    relative pronoun, "a gun police say was found nearby"), so it says nothing of what. Not a
    question or condition whose subject follows its verb ("asked: 'Do you pray?'")."""
    if first.tag_ not in FINITE_TAGS or first.pos_ not in ("VERB", "AUX"):
        return False
    clause = first.head if first.dep_ in ("aux", "auxpass") else first
    return not has_child(clause, SUBJ_DEPS) and not has_child(first, SUBJ_DEPS)


def _objectless(fact: Fact, sent: Span, lexicons: Lexicons) -> bool:
    """An "object" that is none: a direct object on a verb that never takes one
    (``lexicons/objectless_verbs.txt``: "reactions varied one person said …" runs two clauses
    together, the noun is the next one's subject), or a speaking participle the parse made a
    passive's complement ("the arrest has been made saying, 'he remains in custody'": who said it
    is the clause above)."""
    if fact.object is None:
        return False
    if _recipient_only(fact, sent.doc):
        return True
    doc, quiet = sent.doc, lexicons.terms("objectless_verbs")
    first = doc[fact.object[0]]
    if (
        first.dep_ == "oprd"
        and first.tag_ == "VBG"
        and first.lemma_.lower() in lexicons.terms("reporting_verbs")
    ):
        return True
    verbs = {p for p in fact.relation if isinstance(p, int) and doc[p].lemma_.lower() in quiet}
    return any(t.dep_ == "dobj" and t.head.i in verbs for t in doc[fact.object[0] : fact.object[1]])


def _recipient_only(fact: Fact, doc: Doc) -> bool:
    """The hearer of a told or shown embedded question as the object ("told police where the bodies
    were", "showed the world how divided it was"): the content is the fact (a fact of its own keeps
    it), "told police" alone says nothing."""
    start, end = fact.object  # type: ignore[misc]
    root = doc[start:end].root
    verb = root.head
    if root.dep_ not in ("dobj", "dative") or verb.i in range(start, end) or verb.i not in fact.relation:
        return False
    return any(c.dep_ == "ccomp" and c.i >= end and doc[c.left_edge.i].tag_ in WH_TAGS for c in verb.children)


# Tags of a wh-word opening a content clause ("how", "where", "what"): an embedded question. A
# "that" clause leaves the hearer an object ("warned Britain that …": the warning is an act on it).
WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def _perfect_auxiliary(fact: Fact, doc: Doc) -> bool:
    """A relation of only "have" whose object opens with a past participle: the parse took the
    auxiliary of a perfect ("having held posts") for the verb and its participle for a modifier."""
    verbs = [doc[p] for p in fact.relation if isinstance(p, int)]
    first = doc[fact.object[0]] if fact.object is not None else None
    return (
        len(verbs) == 1
        and verbs[0].lemma_ == "have"
        and first is not None
        and first.tag_ == "VBN"
        and first.pos_ == "VERB"
    )


def _unasserted(fact: Fact, doc: Doc) -> bool:
    """Readings of a sentence that state no fact of the graph: one alternative of "either ... or",
    a possessive superlative, a relation of a bare clitic letter, a free relative (no one in
    particular), a condition contrary to fact ("if I was at home")."""
    return (
        _one_alternative(fact, doc)
        or counterfactual_condition(fact, doc)
        or free_relative(fact, doc)
        or _ranked_possession(fact, doc)
        or _clitic_relation(fact, doc)
        or _unpaired(fact, doc)
        or _bare_infinitive(fact, doc)
    )


def _bare_infinitive(fact: Fact, doc: Doc) -> bool:
    """A relation opened by the "to" of an infinitive with no modality to frame it ("airlifted to a
    hospital to treat burns" -> "a hospital | to treat | burns", "traffic to grind to a halt"): a
    purpose or a complement read as a plain fact, often with the wrong doer; nothing was done.
    Not the infinitive of a ranked noun ("the first woman to win the race"): that one happened."""
    first = fact.relation[0] if fact.relation else None
    if fact.modality is not None or not isinstance(first, int) or doc[first].tag_ != "TO":
        return False
    return not any(_ranking(c) for noun in _ranked_nouns(doc[first].head) for c in noun.children)


def _ranked_nouns(verb: Token) -> list[Token]:
    """The noun an infinitive completes: its head ("the first woman to win"), or the complement of
    the copula it hangs on ("became the first Americans to win", parsed as the verb's xcomp)."""
    if verb.dep_ in ("acl", "relcl"):
        return [verb.head]
    if verb.dep_ == "xcomp":
        return [c for c in verb.head.children if c.dep_ in ("attr", "acomp", "oprd")]
    return []


def _ranking(word: Token) -> bool:
    """An ordinal or superlative modifier ("first", "last", "only", "largest") ranking its noun."""
    return word.ent_type_ == "ORDINAL" or word.tag_ in SUPERLATIVE_TAGS or word.lower_ in RANKING_WORDS


# Adjectives that rank a noun like an ordinal: "the only team to score".
RANKING_WORDS = frozenset({"first", "last", "only", "next"})


# The adverb that pairs the members of two coordinations in order: "A and B won X and Y respectively".
RESPECTIVELY = "respectively"


def _unpaired(fact: Fact, doc: Doc) -> bool:
    """A fact of a clause that pairs its coordinations "respectively" ("the two bombs exploded near
    a school and near a bank, respectively"): a triple keeps one side whole or cuts the other, so it
    pairs the members wrongly. Not a verb with a content clause ("..., respectively, he said"): the
    adverb is hung on it by mistake, and what it says is still said."""
    sent = doc[fact.subject[0] : fact.subject[1]].sent
    lower = token_table(doc).lower  # asked of every fact: no Token per word unless the adverb is there
    if RESPECTIVELY not in lower[sent.start : sent.end]:
        return False
    verbs = {p for p in fact.relation if isinstance(p, int)}
    for token in sent:
        if token.lower_ != RESPECTIVELY:
            continue
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if (
            verb is not None
            and verb.i in verbs
            and not has_child(verb, ("ccomp",))
            and not respective_pairs(verb)
        ):
            return True
    return False


def _clitic_relation(fact: Fact, doc: Doc) -> bool:
    """A relation whose only words are single letters: the clitic of a contraction written without
    its apostrophe ("thats", "whats") read as a verb; it states no act."""
    verbs = [doc[p].text for p in fact.relation if isinstance(p, int)]
    return (
        bool(verbs) and len(verbs) == len(fact.relation) and all(len(w) == 1 and w.isalpha() for w in verbs)
    )


# Words opening a coordination whose members are alternatives: "either X or Y" asserts neither.
ALTERNATIVE_PRECONJ = frozenset({"either", "neither"})


def _one_alternative(fact: Fact, doc: Doc) -> bool:
    """A fact made of one member of an "either ... or" coordination ("is either re-elected or
    replaced" -> "is | re-elected", "will either approve the plan or reject it" -> "will approve |
    the plan"): the sentence asserts no single alternative, so it is kept only as a variant. A
    phrase holding the whole coordination ("chose either tea or coffee") is kept."""
    if not _names_alternatives(doc):
        return False  # no "either" nor "neither" anywhere: no member of the Doc is an alternative
    table = token_table(doc)  # read off the table: this runs for every word of every fact
    dep, heads, children = table.dep, table.head, table.children
    parts = [(p, p + 1) for p in fact.relation if isinstance(p, int)]
    parts += [fact.subject, *([fact.object] if fact.object else [])]
    for start, end in parts:
        for i in range(start, end):
            head = heads[i] if dep[i] == "conj" else i
            members = [head, *(c for c in children[head] if dep[c] == "conj")]
            if len(members) > 1 and _alternatives(doc[head]) and not all(start <= m < end for m in members):
                return True
    return False


def _names_alternatives(doc: Doc) -> bool:
    """Whether a word of the Doc is "either" or "neither", found once and kept on the Doc: most
    articles have none, and then no fact of theirs need be walked word by word for one."""
    found = doc.user_data.get(ALTERNATIVES_KEY)
    if found is None:
        found = doc.user_data[ALTERNATIVES_KEY] = not ALTERNATIVE_PRECONJ.isdisjoint(token_table(doc).lower)
    return found


# Where ``_names_alternatives`` keeps its answer (the Doc's words never change).
ALTERNATIVES_KEY = "gb_names_alternatives"


def _alternatives(head: Token) -> bool:
    """Whether a coordination's first member is opened by "either" or "neither": a child of it
    (preconj), or the word just before it, which the parser may hang on the verb ("is either
    re-elected or replaced")."""
    if any(c.lower_ in ALTERNATIVE_PRECONJ and c.dep_ in ("preconj", "advmod", "cc") for c in head.children):
        return True
    first, _ = whole_word(head)
    return first > 0 and head.doc[first - 1].lower_ in ALTERNATIVE_PRECONJ


def _ranked_possession(fact: Fact, doc: Doc) -> bool:
    """A possessive whose owned noun is ranked by a superlative ("Tonga's largest trial",
    "the firm's most costly error"): the owner is where the ranking holds, not what has the thing;
    "Tonga | had | largest trial" states nothing, kept only as a variant."""
    if not fact.kind.endswith(":has") or fact.object is None:
        return False
    root = doc[fact.object[0] : fact.object[1]].root
    for child in root.children:
        if child.dep_ != "amod":
            continue
        if child.tag_ in SUPERLATIVE_TAGS or any(c.tag_ in SUPERLATIVE_TAGS for c in child.children):
            return True
    return False


# Penn tags of a superlative adjective ("largest") or adverb ("most costly").
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


# Kinds of fact read off a noun phrase, not stated by a verb ("the school in Lyon").
NOMINAL_KINDS = frozenset({"located", "poss", "appos", "title"})
# Possessives whose owner is whoever speaks or is spoken to: "our place in the universe".
SPEAKER_POSSESSIVES = frozenset({"my", "our", "your"})


def _speaker_relative(fact: Fact, doc: Doc) -> bool:
    """A fact read off a noun phrase owned by the speaker or the listener ("our place in the
    universe" -> "our place is in the universe"): it names nothing a graph can hold, and no one
    stated it; kept only as a variant."""
    if fact.kind.split(":")[0] not in NOMINAL_KINDS:
        return False
    spans = [fact.subject, *([fact.object] if fact.object else [])]
    return any(
        doc[i].lower_ in SPEAKER_POSSESSIVES and doc[i].dep_ == "poss" for a, b in spans for i in range(a, b)
    )


def _without_no(fact: Fact, doc: Doc) -> Fact:
    """ "there was no wiring on the floor", negated: the subject is "wiring" ("no wiring", negated
    too, would deny that there was none)."""
    start, end = fact.subject
    if end - start > 1 and doc[start].lower_ in NEGATIVE_DETERMINERS and doc[start].dep_ == "det":
        return evolve(fact, subject=(start + 1, end))
    return fact


# Determiners that negate their noun's clause ("no proof"), which carries the negation instead.
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


def _empty(fact: Fact, doc: Doc) -> bool:
    spans = [fact.subject, *([fact.object] if fact.object else [])]
    punct = token_table(doc).is_punct
    return any(end <= start or all(punct[i] for i in range(start, end)) for start, end in spans)


def extract_triples(
    doclike: Doc | Span,
    *,
    doc_id: str = "",
    lexicons: Lexicons | None = None,
    variants: bool = False,
    max_tokens: int | None = None,
) -> Iterator[Triple]:
    """Yield triples sentence by sentence, in order of appearance; never mutates the Doc.

    A Span is treated as one sentence (index 0); a Doc is split into its sentences. ``variants``
    adds the restated readings of facts that Open IE benchmarks reward (see ``Fact.variant``).
    Sentences longer than ``max_tokens`` are left out (the others keep their indices).
    """
    lexicons = lexicons or load_lexicons()
    sentences = [doclike] if isinstance(doclike, Span) else list(doclike.sents)
    for index, sent in enumerate(sentences):
        if max_tokens is not None and len(sent) > max_tokens:
            continue
        text = span_text(sent).rstrip()
        provenance = Provenance(doc_id, index, text, sent.start_char, sent.start_char + len(text))
        for fact in sentence_facts(sent, lexicons, variants=variants):
            triple = to_triple(fact, sent.doc, provenance)
            if triple is not None:
                yield triple
