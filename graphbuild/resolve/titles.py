"""Edges that names and titles state, and the names nested in phrases that are no nodes.

A person's title ties them to a country by demonym ("Turkish President X" -> X be president of
Turkey; a country named only so becomes a node), a place to the country its gazetteer code names
("Lyon, France"), and a name written only inside a common-noun phrase ("Chile" in "Chile's health
minister") gets back the words the phrase took, so edges can reach it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.posts import qualifies_post
from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Provenance, Relation, Triple
from graphbuild.nlp import doc_text, token_table
from graphbuild.resolve.coref import token_owners
from graphbuild.resolve.entities import LocalEntity, normalise, sentence_bounds, sentence_index
from graphbuild.resolve.frames import FRAME_CONFIDENCE, entity_mention
from graphbuild.resolve.mentions.titles import role_body
from graphbuild.resolve.places import country_of_demonym
from graphbuild.resolve.whole_offices import self_titled, whole_role

# Links of a word that modifies another noun; a nationality or creed there ("a Sunni group") is
# an adjective, not the group it names.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Word classes of a head a demonym can title ("Turkish President X", "Libyan rebels").
TITLED_POS = frozenset({"NOUN", "PROPN"})
# Shortest written form of a name found again inside other phrases ("UN", "EU", "Chad").
MIN_NAME_CHARS = 2
# How far apart, in words, a place and its country may stand and still be said together: the
# longest chain of places between them ("Dorchester, Boston, Massachusetts, US").
MAX_COUNTRY_GAP = 8
# Word classes that may stand between a place and its country in a chain of names or a noun that
# places one in the other ("Baghdad, capital of Iraq", "France's second city, Lyon").
CHAIN_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})
# Punctuation of such a chain: a comma, a bracket; no semicolon or stop between two clauses.
CHAIN_PUNCT = frozenset({",", "(", ")"})
# A preposition that places one name in another when it hangs on the name or a noun over it ("the
# governor of Illinois in the United States", "the Berlin airports in Germany"), not on a verb.
PLACING_PREPOSITION = "in"
# Word classes of a word a placing preposition may hang on.
PLACED_POS = frozenset({"PROPN", "NOUN"})
# Entity types of a named body or thing a country's name can own or open ("Britain's Royal Navy").
BODY_ENTITIES = frozenset({"ORG", "NORP", "FAC", "PERSON", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})


# Sources of the countries ``title_countries`` adds: named by a post's title, or only as an origin.
PLACE_SOURCE = "place"
ORIGIN_SOURCE = "origin"


def _countries(entities: list[LocalEntity]) -> dict[str, LocalEntity]:
    """ISO code -> the article's entity for that country: the country itself, else its government
    ("France sent troops" reads France as an actor)."""
    countries: dict[str, LocalEntity] = {}
    for e in entities:
        code = e.codes.get("iso3166") or (e.codes.get("country") if e.subtype == "Government" else None)
        if code and (code not in countries or e.type == "Region"):
            countries[code] = e
    return countries


def demonym_titles(
    doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> Iterator[tuple[int, LocalEntity, Token, Token, str | None]]:
    """``(sentence, holder, where, demonym, role)``: a demonym before a named or role-holding head
    ("Turkish President X", "Libyan rebels", "the Ukrainian ambassador, X", "X, the Israeli Prime
    Minister"), with the role noun it qualifies if any."""
    roles = lexicons.terms("role_nouns")
    words = token_table(doc)
    # only a noun that modifies no other noun can hold a title, and only one with a holder to find
    # (named, in apposition to a name, or a role noun): make Tokens of these alone
    heads = [
        i
        for i, (pos, dep) in enumerate(zip(words.pos, words.dep, strict=True))
        if pos in TITLED_POS
        and dep != "compound"
        and (i in owner or (dep == "appos" and words.head[i] in owner) or words.lemma_lower[i] in roles)
    ]
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        for head in (
            doc[i] for i in heads[bisect.bisect_left(heads, first) : bisect.bisect_left(heads, last)]
        ):
            holder, where = owner.get(head.i), head
            if holder is None and head.dep_ == "appos":
                holder, where = owner.get(head.head.i), head.head  # "X, the Israeli Prime Minister"
            if holder is None and head.lemma_.lower() in roles:  # "the Ukrainian ambassador, X"
                named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in owner]
                holder, where = (owner[named[0].i], named[0]) if named else (None, head)
            if holder is None:
                continue
            lefts = [t for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
            for word in lefts:
                place = country_of_demonym(word.text, lexicons) if word.ent_type_ == "NORP" else None
                if place is None or place.subtype != "Country":
                    continue
                born = word.i + 1 < len(doc) and doc[word.i + 1 : word.i + 3].text.lstrip("-") == "born"
                role_word = next(
                    (t for t in [*lefts, head] if t.i > word.i and t.lemma_.lower() in roles), None
                )
                role = whole_role(role_word, roles) if role_word is not None else None  # "prime minister"
                if born:  # "Jordanian-born militant X": from the country, no post of it
                    role = None
                qualifier = next((t for t in lefts if qualifies_post(t, lexicons)), None)
                if role is not None and qualifier is not None:
                    role = f"{qualifier.lower_.rstrip('-')} {role}"  # "former Nigerian president X"
                yield index, holder, where, word, role
                break


def title_countries(doc: Doc, entities: list[LocalEntity], lexicons: Lexicons) -> list[LocalEntity]:
    """The countries a named person's title gives by demonym only ("the Ukrainian ambassador, X"
    where Ukraine is not otherwise named): new Region nodes, so the title becomes an edge
    (X, be ambassador of, Ukraine). A demonym of a group ("Libyan rebels") makes none, unless the
    article names the country only as its government (``origin_country``)."""
    countries = _countries(entities)
    found: dict[str, LocalEntity] = {}
    for _, holder, _, word, role in demonym_titles(doc, token_owners(entities), lexicons):
        place = country_of_demonym(word.text, lexicons)
        code = dict(place.codes).get("iso3166", "") if place else ""
        titled = role is not None and holder.subtype == "Person" and code not in countries
        if (
            place is None
            or code in found
            or not (titled or origin_country(role, countries.get(code), lexicons))
        ):
            continue
        found[code] = LocalEntity(
            f"Region:{normalise(place.name)}",
            place.name,
            "Region",
            place.subtype,
            mentions=1,
            codes=dict(place.codes),
            source=PLACE_SOURCE if titled else ORIGIN_SOURCE,
        )
    return list(found.values())


def origin_country(role: str | None, known: LocalEntity | None, lexicons: Lexicons) -> bool:
    """ "the Yemeni al-Qaeda", "Sudanese media", "Turkish forces" in an article that names
    the country only as an actor ("Yemen said …", read as its government): a demonym with no post
    of the country says where the thing is from, and a group or a person is from the country, not
    from its government; the country then joins as a node of its own for the "be from" edge."""
    return origin_role(role, lexicons) and known is not None and known.type != "Region"


def origin_role(role: str | None, lexicons: Lexicons) -> bool:
    """A demonym's head that says where its holder is from, no post of the country: none, or a
    trade (``profession_nouns``: "Polish film director X" is from Poland)."""
    return role is None or role in lexicons.terms("profession_nouns")


def demonym_edges(
    doc: Doc, entities: list[LocalEntity], owner: dict[int, LocalEntity], lexicons: Lexicons
) -> list[Triple]:
    """``Turkish President X`` -> (X, be president of, Turkey); ``Libyan rebels`` -> (rebels, be from,
    Libya): a demonym before a named or role-holding head ties it to the article's country entity."""
    countries = _countries(entities)
    # a post is of the government the article names, not of a country joined only as an origin
    posts = _countries([e for e in entities if e.source != ORIGIN_SOURCE])
    bounds = sentence_bounds(doc)
    out: list[Triple] = []
    for index, holder, where, word, role in demonym_titles(doc, owner, lexicons):
        place = country_of_demonym(word.text, lexicons)
        origin = origin_role(role, lexicons)
        code = dict(place.codes).get("iso3166", "") if place else ""
        country = (countries if origin else posts).get(code) if place else None
        if country is None or country.key == holder.key or owner.get(word.i) is country:
            continue
        if self_titled(where, role):
            continue  # "the Egyptian minister of health": the office is the phrase's own, no edge
        if normalise(country.name) == normalise(word.text):
            continue  # the demonym's own entity ("Syrian"): a country it is not
        # "Polish film director X": a trade (``profession_nouns``) is from the country, no post of it
        label = "be from" if origin else f"be {role} of"
        sent = doc[bounds[index][0] : bounds[index][1]]
        text = sent.text.rstrip()
        out.append(
            Triple(
                entity_mention(holder, where),
                Relation(label, label),
                Mention(word.text, word.idx, word.idx + len(word.text), country.key, country.name),
                Provenance("", index, text, sent.start_char, sent.start_char + len(text)),
                confidence=FRAME_CONFIDENCE,
                derived="nominal",
            )
        )
    return out


def _span_mention(doc: Doc, entity: LocalEntity, span: tuple[int, int]) -> Mention:
    words = doc[span[0] : span[1]]
    return Mention(words.text, words.start_char, words.end_char, entity.key, entity.name)


def _named_inside(doc: Doc, span: tuple[int, int], names: list[str]) -> tuple[int, int] | None:
    """The words of ``span`` that spell one of ``names`` (after the first word), if any."""
    words = doc[span[0] : span[1]]
    for name in names:
        at = words.text.find(name, 1) if name else -1
        found = doc.char_span(words.start_char + at, words.start_char + at + len(name)) if at > 0 else None
        if found is not None:
            return found.start, found.end
    return None


def names_a_body(doc: Doc, span: tuple[int, int]) -> bool:
    """A country named only as the owner or first words of another name ("the United Kingdom's
    Air Accidents Investigation Board", "the United States Marines"): the sentence speaks of that
    body, and places nothing in the country."""
    root = doc[span[0] : span[1]].root
    return root.dep_ in ("poss", "compound") and root.head.ent_type_ in BODY_ENTITIES


def in_one_chain(doc: Doc, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Two names the sentence says together: next to each other in a chain of names, or joined by
    a noun that places one in the other ("Minsk, Belarus", "Baghdad, capital of Iraq", "the US
    state of New Jersey", "Indonesia's Aceh", "the governor of X in the United States"). A clause,
    a verb or another preposition between them ("Thailand's Prime Minister blamed ... in Bangkok",
    "a US flight to Las Vegas") says nothing of where one lies: that is the reader's world
    knowledge, not the sentence's."""
    first, second = sorted((one, other))
    gap = doc[min(first[1], second[0]) : second[0]]
    if len(gap) > MAX_COUNTRY_GAP:
        return False
    return all(_chain_word(t, doc[first[0]], first[1]) for t in gap)


def _chain_word(token: Token, name: Token, after: int) -> bool:
    """A word of a chain of names or of a placing noun: a name, a noun, a comma, an "of", or an
    "in" right after the first name ("Istanbul in Turkey"), that hangs on it or on a noun over it
    ("the governor of X in Y") or on a noun it is coordinated with ("X and other towns in Y")."""
    if token.is_punct:
        return token.text in CHAIN_PUNCT
    if token.pos_ == "ADP" and token.lower_ == PLACING_PREPOSITION:
        over = token.head.pos_ in PLACED_POS and name in token.head.subtree
        return token.i == after or over or token.head in name.conjuncts
    if token.pos_ == "CCONJ":  # "Aleppo and other towns in Syria": the place is one of the towns
        return token.head == name or token.head in name.conjuncts
    return token.pos_ in CHAIN_POS or token.lower_ == "of"


def _written_as_name(doc: Doc, span: tuple[int, int]) -> bool:
    return any(t.text[:1].isupper() for t in doc[span[0] : span[1]])


def _said_together(
    doc: Doc, spans: list[tuple[int, int]], named: list[tuple[int, int]]
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    """``(places, countries)`` by sentence: the first mention of the place that a sentence says
    together with a mention of the country (``in_one_chain``), and that mention."""
    places: dict[int, tuple[int, int]] = {}
    countries: dict[int, tuple[int, int]] = {}
    for span in spans:
        i = sentence_index(doc, span[0])
        if i in places:
            continue
        near = next((c for c in named if c != span and in_one_chain(doc, span, c)), None)
        if near is not None:
            places[i], countries[i] = span, near
    return places, countries


def country_edges(doc: Doc, entities: list[LocalEntity]) -> list[Triple]:
    """``… in Rome, Italy …`` -> (Rome, be in, Italy): a place and the country its gazetteer code
    names, when one sentence says both together (``in_one_chain``: the sentence is the edge's
    evidence; a place and a country far apart in it is the reader's knowledge, judged not stated)."""
    # the country itself, not a body of it ("Colombian authorities"): a city is in no authorities
    countries = {code: e for code, e in _countries(entities).items() if "iso3166" in e.codes}
    bounds = sentence_bounds(doc)

    def by_sentence(entity: LocalEntity) -> dict[int, tuple[int, int]]:
        found: dict[int, tuple[int, int]] = {}
        for span in entity.token_spans:
            found.setdefault(sentence_index(doc, span[0]), span)
        return found

    out: list[Triple] = []
    for entity in entities:
        country = countries.get(entity.codes.get("country", ""))
        if country is None or country.key == entity.key or entity.type != "Region" or not bounds:
            continue
        # the country by its name ("the government" of it is no name saying where a place lies)
        named_spans = [
            s for s in country.token_spans if _written_as_name(doc, s) and not names_a_body(doc, s)
        ]
        places, named = _said_together(doc, entity.token_spans, named_spans)
        for i, span in by_sentence(entity).items():  # "Lyon, France" as one mention of the place
            inside = _named_inside(doc, span, [country.name, *country.aliases])
            if inside is not None and i not in named:
                places[i], named[i] = span, inside
        index = next((i for i in sorted(places) if i in named), None)
        if index is None:
            continue
        sent = doc[bounds[index][0] : bounds[index][1]]
        text = sent.text.rstrip()
        out.append(
            Triple(
                _span_mention(doc, entity, places[index]),
                Relation("is in", "be in"),
                _span_mention(doc, country, named[index]),
                Provenance("", index, text, sent.start_char, sent.start_char + len(text)),
                confidence=FRAME_CONFIDENCE,
                derived="gazetteer",
            )
        )
    return out


def name_forms(entity: LocalEntity) -> list[str]:
    """The written forms a node goes by that can only be a name: capitalised, longest first."""
    forms = {entity.name, *entity.aliases}
    return sorted(
        (f for f in forms if len(f) >= MIN_NAME_CHARS and any(c.isupper() for c in f)), key=len, reverse=True
    )


def _in_longer_name(span: Span) -> bool:
    """Words of a longer name ("Deputy Secretary" in "Deputy Secretary Blinken"): a name next to them."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.pos_ == "PROPN" for t in (before, after))


def whole_word_matches(text: str, form: str) -> Iterator[tuple[int, int]]:
    r"""Character offsets of ``form`` in ``text`` where no word character touches it on either side,
    left to right and not overlapping: what ``re.finditer(r"(?<!\w)form(?!\w)")`` finds, found with
    ``str.find`` (a pattern opening with a look-behind is matched character by character, and
    every name of every document is looked for)."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at > 0 and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
            yield at, end
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def _word_char(char: str) -> bool:
    r"""What ``\w`` matches in a ``str`` pattern: a letter, a digit or a number, or the underscore."""
    return char.isalnum() or char == "_"


def with_nested_names(
    doc: Doc, entities: list[LocalEntity], role_nouns: frozenset[str] = frozenset()
) -> list[LocalEntity]:
    """The nodes, each also owning the places its name is written inside a phrase that is no node.

    A name nested in a common-noun mention ("Chile" in "Chile's health minister", "the Interior
    Ministry" in "a spokesman for the Interior Ministry") is a node of its own but owns no words, so
    no edge could reach it; here a node that owns no words gets the places its name is written
    (whole tokens, case as written, not already owned, not part of a longer name), so the phrase's
    facts can land on it. A node named elsewhere too gets only the places where a role's phrase
    names it as the role's body ("X, the leader of Y": ``role_nouns``): elsewhere an unowned
    repeat of its name may be another thing's word.
    """
    owned = set(token_owners(entities))
    text = doc_text(doc)  # doc.text joins every token again
    out = []
    for entity in entities:
        extra: list[tuple[int, int]] = []
        for form in name_forms(entity):
            for start, end in whole_word_matches(text, form):
                span = doc.char_span(start, end)
                if (
                    span is None
                    or (entity.token_spans and not role_body(span, role_nouns))
                    or any(i in owned for i in range(span.start, span.end))
                    or _in_longer_name(span)
                    or (span.root.dep_ in MODIFIER_DEPS and span.root.ent_type_ == "NORP")  # "a Sunni group"
                ):
                    continue
                extra.append((span.start, span.end))
                owned.update(range(span.start, span.end))
        out.append(replace(entity, token_spans=[*entity.token_spans, *extra]) if extra else entity)
    return out


__all__ = [
    "country_edges",
    "demonym_edges",
    "demonym_titles",
    "name_forms",
    "title_countries",
    "with_nested_names",
]
