"""What a chosen antecedent may finally stand for: animacy and number checks on the one entity
coreference picked, made after the choice so the entity still rivals others while it is picked.

A singular organisation is "they" only where it speaks or owns (``body_as_they``); a title node is
"he" or "she" only when no named person holds the title there (``title_referent``): "Party leader
and Prime Minister Ana Ruiz said she …" means Ana Ruiz, not the post.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import TokenTable, has_child, token_table
from graphbuild.resolve.agreement import PERSON_PRONOUNS, PLURAL_PRONOUNS, agrees_in_gender
from graphbuild.resolve.apposed_titles import title_before, titled_by
from graphbuild.resolve.entities import LocalEntity, sentence_bounds, sentence_index
from graphbuild.resolve.mentions.nouns import NOUN_LEXICONS, typed_nouns
from graphbuild.resolve.named_heads import head_candidate, introduced
from graphbuild.resolve.salience import reported_source, speaks
from graphbuild.resolve.title_owners import names_post_owner

# The subtype of a title node ("senator of United States", "the party leader").
ROLE = "Role"
# Dependencies of a title that only describes someone ("served as prime minister", "became minister").
PREDICATE_DEPS = frozenset({"attr", "oprd"})
PREDICATE_PREPOSITION = "as"
# Words that may stand between a title and the name it is written before: the title's own proper
# nouns and "from" ("Senator from Vermont Ana Ruiz"), "and" before more title words ("Party leader and
# Prime Minister Ana Ruiz"). "for", "of" and a possessive make the name another's ("lawyer for X").
TITLE_JOINERS = frozenset({"from", "and"})
TITLE_GAP = 4
POSSESSIVE = "poss"
PLURAL_NOUN = "NNS"


def body_as_they(
    pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """Whether a plural pronoun may stand for one organisation (``lexicons/speaking_subtypes.txt``).

    A singular body is "it"; news calls it "they" where it speaks: the pronoun is a reporting
    verb's active subject ("They also state…"; not "they are expected to": a passive subject is
    talked of), or the body is named earlier in the pronoun's sentence as its source ("Acme said
    they would appeal", "according to the Post, an adviser told them"). A possessive may also be a
    body's named earlier in its sentence with no plural noun between ("Acme is known for their
    trucks"; not "users on Acme who revealed their address"). Elsewhere "they" means people: "ABC
    News reported the release. They are expected home" (the freed), "They worked long shifts, the
    Mail said" (the workers, met before the source).
    """
    if (
        pronoun.lower_ not in PLURAL_PRONOUNS
        or entity.type != "Actor"
        or entity.plural
        or entity.subtype.lower() not in lexicons.terms("speaking_subtypes")
    ):
        return True
    if speaks(pronoun, lexicons):
        return True
    doc = pronoun.doc
    start, _ = sentence_bounds(doc)[sentence_index(doc, pronoun.i)]
    named = [i for i in range(start, pronoun.i) if owner.get(i) is entity]
    if any(reported_source(doc[i], lexicons) for i in named):
        return True
    return (
        pronoun.dep_ == POSSESSIVE
        and bool(named)
        and not any(
            doc[i].tag_ == PLURAL_NOUN and owner.get(i) is not entity for i in range(named[-1] + 1, pronoun.i)
        )
    )


def title_referent(
    pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> LocalEntity | None:
    """The one a person pronoun means when coreference picked a title node.

    The title's holder, when a named person holds it where it is written (apposition: "Ana Ruiz,
    chief of the office, …"; or the title written before the name); nobody when two hold it, or when
    the title only describes someone ("she served as prime minister"); else the title node itself
    ("the mayor's spokesman said he …": an unnamed person, still someone).
    """
    if pronoun.lower_ not in PERSON_PRONOUNS or entity.type != "Actor" or entity.subtype != ROLE:
        return entity
    doc = pronoun.doc
    holders: dict[str, LocalEntity] = {}
    predicate = True
    for start, end in entity.token_spans:
        if end <= start:
            continue
        root = doc[start:end].root
        predicate = predicate and _predicate(root)
        for person in (_apposed(root, owner), _named_after(doc, start, end, owner)):
            if person is not None:
                holders[person.key] = person
    if len(holders) == 1:
        holder = next(iter(holders.values()))
        return holder if agrees_in_gender(pronoun.lower_, holder, doc, lexicons) else None
    return None if holders or predicate else entity


def _is_person(entity: LocalEntity | None) -> bool:
    return entity is not None and entity.type == "Actor" and entity.subtype == "Person"


def _predicate(root: Token) -> bool:
    return root.dep_ in PREDICATE_DEPS or (root.dep_ == "pobj" and root.head.lower_ == PREDICATE_PREPOSITION)


def _apposed(root: Token, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person a title stands in apposition to, either way round ("Ana Ruiz, a senator";
    "One senator, Ana Ruiz, …")."""
    linked = [root.head] if root.dep_ == "appos" else []
    linked += [c for c in root.children if c.dep_ == "appos"]
    people = {owner[t.i].key: owner[t.i] for t in linked if _is_person(owner.get(t.i))}
    return next(iter(people.values())) if len(people) == 1 else None


def _named_after(doc: Doc, start: int, end: int, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person named right after a title, with only the title's own words between ("Senator from
    Vermont Ana Ruiz", "party leader and Prime Minister Ana Ruiz")."""
    joined = False
    for i in range(end, min(end + TITLE_GAP + 1, len(doc))):
        token = doc[i]
        entity = owner.get(i)
        if _is_person(entity):
            # "the mayor and Ana Ruiz": after "and", title words must come before the name
            return entity if not joined or doc[i - 1].lower_ != "and" else None
        if token.lower_ in TITLE_JOINERS:
            joined = joined or token.lower_ == "and"
            continue
        if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP"):
            return None
    return None


# The parser's tags of plural nouns: a plural title ("the sons") is no one person's.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def holder_named_next(span: Span, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person named right after a title phrase the parser cut before the name ("X's
    spokesman | Lena Ostrova"): the title's holder, not the possessor, is the one the phrase means."""
    doc = span.doc
    if span.end >= len(doc) or span.root.pos_ != "NOUN" or span.root.i != span.end - 1:
        return None
    person = owner.get(span.end)
    return person if person is not None and person.type == "Actor" and person.subtype == "Person" else None


def apposed_name(span: Span, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person named right after a bare title the parser made the head ("Lead singer | Bono",
    the name its apposition): the title's holder is who the phrase is."""
    person = holder_named_next(span, owner) or _named_after_comma(span, owner)
    if person is None or span.root.tag_ in PLURAL_TAGS:
        return None  # "the president's sons, Alaa and Gamal": not one of them
    name = span.doc[span.end] if span.doc[span.end].text != "," else span.doc[span.end + 1]
    return person if any(t.dep_ == "appos" and t.head.i == span.root.i for t in (name, name.head)) else None


def _named_after_comma(span: Span, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """ "A third president, Richard Nixon, resigned": the person set off by commas right after a
    description, when the parser makes the name its apposition (checked by ``apposed_name``)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or span.root.pos_ != "NOUN":
        return None
    if span.root.i != span.end - 1:
        return None
    person = owner.get(span.end + 1)
    if person is None or person.type != "Actor" or person.subtype != "Person":
        return None
    after = next((i for i in range(span.end + 1, len(doc)) if owner.get(i) is not person), len(doc))
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].dep_ == "cc":
        return None  # "started at the park, Causeway Bay, and Tin Hau": a list, not a name for it
    return person


def head_named(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one name before that a bare definite description repeats the head of: "the Alaska
    Supreme Court … The court ruled", "the Archdiocese of Philadelphia … the archdiocese" (which
    names may be so repeated: ``named_heads.head_candidate``). Only
    "the" + a singular common noun (adjectives allowed), and only when exactly one named entity so
    far has that head word: two courts named leave "the court" open. A document ("the report") is
    no entity, whatever a name ends with."""
    lemma = bare_description(span, lexicons)
    if lemma is None:
        return None
    found = {e.key: e for i, e in owner.items() if i < span.start and head_candidate(e, lemma, span)}
    if len(found) != 1 or _names_headed(span.doc[: span.start], lemma) > 1:
        return None  # "Kandahar Province and Helmand Province": a name NER missed counts too
    named = next(iter(found.values()))
    return None if unnamed_before(span, named, owner) else named


def bare_description(span: Span, lexicons: Lexicons) -> str | None:
    """The head noun's lemma of a bare definite description, which can only point back: "the" + up
    to two adjectives + a singular common noun, with no phrase or clause saying which one ("The
    court in Berlin", "the court hearing the case" say it themselves; a clause set off by a comma,
    "the airline, which is …", only adds a fact); None for any other phrase, and for a document
    ("the report") or a mass of bodies ("the press"), which no name is."""
    words = _definite_singular(span)
    dep = token_table(span.doc).dep
    if words is None or len(words) > 3 or any(dep[i] not in ("det", "amod") for i in words[:-1]):
        return None
    if has_child(span.root, OWN_DESCRIPTION_DEPS) and _defined(span.root):
        return None
    lemma = span.root.lemma_.lower()
    if lemma in lexicons.terms("document_nouns") or lemma in lexicons.terms("mass_bodies"):
        return None  # "the press" after "the Associated Press": every outlet, not the agency
    return lemma


def _defined(noun: Token) -> bool:
    """Whether a phrase or clause on ``noun`` says which one it is: any but one set off by a comma
    ("the airline, which is the country's second largest,", "the school, at noon"): it only adds a fact."""
    doc = noun.doc
    return any(c.dep_ in OWN_DESCRIPTION_DEPS and doc[c.left_edge.i - 1].text != "," for c in noun.children)


def titled_holder(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one person named before under the title a bare definite description repeats:
    "President Ana Ruiz … the president", "Judge Tom Hale … The judge", "Lena Ostrova, the director
    of X … the director". The title's own nouns must be the description's ("Vice President Ana
    Ruiz" is no "the president"); two people so titled leave it open, and "the president of X"
    names its own office. A thing's descriptor counts too ("Iranian airline Mahan Air … the
    airline") when no lexicon types the noun and no other thing of its kind was named since."""
    doc = span.doc
    table = token_table(doc)
    words = _definite_singular(span)
    if (
        words is None
        or len(words) < 2
        or any(table.dep[i] not in ("det", "amod", "compound") for i in words[1:-1])
        or has_child(span.root, OWN_DESCRIPTION_DEPS)
        or not _holder_place(span.root, lexicons)
    ):
        return None
    root = span.root
    said = {table.lower[i] for i in words[1:]}
    nouns = {table.lower[i] for i in words[1:] if table.pos[i] in NOUN_POS}
    found: dict[str, LocalEntity] = {}
    # a thing's descriptor ("Iranian airline Mahan Air … the airline") only where no lexicon types the
    # noun: "the company" or "the group" is left to the rules of typed descriptions
    typed = any(root.lemma_.lower() in typed_nouns(lexicons, name) for name, _ in NOUN_LEXICONS)
    for person in {id(e): e for e in owner.values() if _is_person(e) or not (typed or e.generic)}.values():
        for start, end in person.token_spans:
            if end > span.start:
                continue
            for last, title_words, title_nouns in _title_words(doc, start, end, owner, person):
                # the same head, and no noun on one side the other lacks ("vice", "crown")
                # a thing's descriptor may carry more nouns ("the cargo ship X … the ship")
                if (
                    last == root.lower_
                    and nouns <= title_words
                    and (title_nouns <= said or not _is_person(person))
                ):
                    found[person.key] = person
    if len(found) != 1:
        return None
    holder = next(iter(found.values()))
    if unnamed_before(span, holder, owner):
        return None
    return holder if _is_person(holder) or not _kind_named_since(holder, span.start, owner) else None


# Children of a description's noun that say themselves which one it is: "the court in Berlin", "the
# passenger who swore at him", "the court hearing the case".
OWN_DESCRIPTION_DEPS = frozenset({"prep", "relcl", "acl"})
# Determiners that point back whatever the words after them ("this barbaric group").
DEMONSTRATIVES = frozenset({"this", "that"})
# The determiners of a bare noun that brings in a thing, which a name may then name ("a mosque").
INTRODUCING_DETERMINERS = frozenset({"a", "an"})
COMPOUND = "compound"
CASE = "case"


def unnamed_before(
    span: Span, entity: LocalEntity, owner: dict[int, LocalEntity], *, before_named: bool = True
) -> bool:
    """Whether the description's noun was used before for a thing that is not ``entity``: pointing
    back before the entity was named ("an Australian federal court. The court ruled … the U.S.
    Supreme Court … the court found"), or with words that say which one ("the Jamaican government",
    "a governor of the province"). The description may continue that thing as well as mean the
    name. With ``before_named`` False only words of its own count (news calls a state's executive
    "the government" before naming it). A bare "a mosque" may be the one named next ("in a mosque
    … the Shirkat Mosque"); a name in the description's own sentence is nearer than any of them
    ("in the U.S. Supreme Court, the court ruled")."""
    doc = span.doc
    table = token_table(doc)
    lemma, start = table.lemma_lower[span.root.i], span.start
    named = [i for i, e in owner.items() if e is entity and i < start]
    if any(i >= span.sent.start for i in named):
        return False
    first = min(named, default=start)
    for i in range(start):
        if table.lemma_lower[i] != lemma or table.tag[i] != SINGULAR_TAG or table.dep[i] == COMPOUND:
            continue  # "a prison sentence": no prison is meant
        kids = [c for c in table.children[i] if not table.is_punct[c] and table.dep[c] != CASE]
        if _entity_own(table, i, kids, entity, owner) or titled_by(doc, i, entity, owner):
            continue  # "the oil rig Deepwater Horizon", "Ana Ruiz, governor of X": the entity's own
        dets = {table.lower[c] for c in kids if table.dep[c] == "det"}
        says_which = any(
            table.dep[c] != "det" and (table.dep[c] != "amod" or table.text[c][:1].isupper()) for c in kids
        )  # "the Jamaican government", "a governor of the province"; not "the barbaric group"
        if says_which and not dets & DEMONSTRATIVES and not introduced(table, i, dets, first):
            return True  # "this barbaric group" points back; "a temple in X … the Y temple" names it
        if before_named and i < first and not (dets and dets <= INTRODUCING_DETERMINERS):
            return True
    return False


def _entity_own(
    table: TokenTable, i: int, kids: list[int], entity: LocalEntity, owner: dict[int, LocalEntity]
) -> bool:
    """Whether the noun at ``i`` is written with the entity itself: in apposition or compound to one
    of its mentions, or the predicate of one ("Hibhib is a village in northern Iraq")."""
    head = table.head[i]
    if owner.get(i) is entity or owner.get(head) is entity or any(owner.get(c) is entity for c in kids):
        return True
    # "Berlin zoo's keepers": the name's own words, written in lower case where NER missed them
    compounds = [table.lower[c] for c in kids if table.dep[c] == COMPOUND and c < i]
    if compounds and " ".join([*compounds, table.lower[i]]) == entity.name.lower():
        return True
    subjects = [c for c in table.children[head] if table.dep[c] in ("nsubj", "nsubjpass")]
    return table.dep[i] == "attr" and any(owner.get(c) is entity for c in subjects)


def _definite_singular(span: Span) -> list[int] | None:
    """The indices of a phrase's words (no punctuation) when it is "the" + words + a singular common
    noun, its root, else None. Read off the token table: coreference asks this of every phrase it
    links (~5,500 on 60 articles), and few pass."""
    table = token_table(span.doc)
    words = [i for i in range(span.start, span.end) if not table.is_punct[i]]
    root = span.root.i
    if not words or table.lower[words[0]] != "the" or root != words[-1]:
        return None
    return words if table.pos[root] == "NOUN" and table.tag[root] == SINGULAR_TAG else None


# Where ``_title_words`` keeps the titles it read, with the owner map it read them under.
TITLES_KEY = "gb_person_titles"


def _title_words(
    doc: Doc, start: int, end: int, owner: dict[int, LocalEntity], person: LocalEntity
) -> list[tuple[str, set[str], set[str]]]:
    """``(last word, words, nouns)``, lower-cased, of each title ``_titles`` finds with the person's
    mention ``doc[start:end]``. Kept per Doc for one owner map (coreference makes one per Doc and
    never changes it): ``titled_holder`` reads the titles of every person named before each bare
    description, ~3,900 times on 60 articles for a few hundred mentions."""
    kept = doc.user_data.get(TITLES_KEY)
    if kept is None or kept[0] is not owner:
        kept = doc.user_data[TITLES_KEY] = (owner, {})
    titles = kept[1]
    key = (start, end, id(person))  # the owner map, kept with it, keeps the person alive
    if key not in titles:
        titles[key] = [
            (title[-1].lower_, {t.lower_ for t in title}, {t.lower_ for t in title if _title_noun(t)})
            for title in _titles(doc[start:end], owner, person)
        ]
    return titles[key]


def _title_noun(token: Token) -> bool:
    """A noun of a title's own words: "an Australian-born British poet" is a poet whatever its
    describing words ("Australian", a proper noun the parser hangs on "born"), "Vice President" no
    President."""
    return token.pos_ in NOUN_POS and token.dep_ not in DESCRIBING_DEPS and not names_post_owner(token)


def _kind_named_since(entity: LocalEntity, end: int, owner: dict[int, LocalEntity]) -> bool:
    """Whether another thing of the entity's kind is named after it and before ``end``: "MV Sirius
    Star … MV Delight … the ship" means the ship named last."""
    last = max((i for i, e in owner.items() if e is entity and i < end), default=end)
    return any(
        e is not entity and (e.type, e.subtype) == (entity.type, entity.subtype)
        for i, e in owner.items()
        if last < i < end
    )


def _holder_place(root: Token, lexicons: Lexicons) -> bool:
    """Whether a description stands where a person may act or be acted on (``HOLDER_DEPS``)."""
    if root.dep_ == PREPOSITION_OBJECT:
        return root.head.lower_ not in lexicons.terms("place_prepositions")
    return root.dep_ in HOLDER_DEPS


def _titles(name: Span, owner: dict[int, LocalEntity], person: LocalEntity) -> list[list[Token]]:
    """The words of the titles written with one mention of a person: before the name ("Former
    Italian Prime Minister Ana Ruiz", inside the name NER found or before it) and in apposition
    ("Ana Ruiz, the director of X", "the governor of X, Ana Ruiz"); no articles, nor others' names."""
    doc, names = name.doc, set(person.name.lower().split())
    first = next((t.i for t in name if t.lower_ in names), name.end)
    start = name.start
    while start > 0 and doc[start - 1].dep_ in TITLE_WORD_DEPS and start <= doc[start - 1].head.i < name.end:
        start -= 1  # each word before the name leans on a later title word or on the name
    appositions = [c for t in name for c in t.children if c.dep_ == "appos" and c.i >= name.end]
    spans = [doc[start:first], *(doc[c.left_edge.i : c.i + 1] for c in appositions)]
    spans += [t for t in (title_before(name, owner, person),) if t is not None]  # "the governor, Ana Ruiz"
    titles = [
        [
            t
            for t in words
            if t.pos_ not in ("DET", "PUNCT") and t.dep_ != "case" and owner.get(t.i) in (None, person)
            if t.lower_ not in names
        ]
        for words in spans
        if len(words) and words[-1].tag_ not in PLURAL_TAGS
    ]
    return [title for title in titles if title]


# Where a description stands for someone acting or acted on: a subject, an object, an owner ("the
# judge's ruling") or the object of a preposition of no place ("against the former prime minister");
# "shot in the head" is no "head of the institute".
HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
PREPOSITION_OBJECT = "pobj"
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Links of a word that only describes a title's noun ("Australian-born", "British"), not part of it.
DESCRIBING_DEPS = frozenset({"amod", "npadvmod"})
# Links of the words of a title written before a name ("Former Italian Prime Minister Ana Ruiz").
TITLE_WORD_DEPS = frozenset({"compound", "amod", "det", "nmod", "punct"})


def _names_headed(words: Span, lemma: str) -> int:
    """How many different names in ``words`` end in the capitalised head word ("… Court")."""
    names = {
        words.doc[t.left_edge.i : t.i + 1].text.lower().removeprefix("the ")  # "the Berlin Zoo" too
        for t in words
        if t.lower_ == lemma and t.text[:1].isupper() and t.i > words.start and t.pos_ == "PROPN"
    }
    return len(names)


# The parser's tag of a singular common noun.
SINGULAR_TAG = "NN"


__all__ = [
    "apposed_name",
    "bare_description",
    "body_as_they",
    "head_named",
    "holder_named_next",
    "title_referent",
    "titled_holder",
]
