"""Canonical entities within one document.

Mentions become local entities by these rules, each recorded with its reason so it can be audited:
the same normalised name and type; an acronym the text defines (``Long Name (LN)``); a surname or
other short form of a person named in full (``Mubarak`` -> ``Hosni Mubarak``, ``Abu Bakr`` ->
``Abu Bakr al-Baghdadi``), whatever type NER gave the short form; and a definite description
(``the group``, ``the militants``, ``the weapon``) that refers back to a compatible named entity.

A headline is read with its body: its title-case words are often verbs' subjects or surnames
(``Smith backs plan``), which NER types afresh. A headline mention whose text is a short form of
a person named in full in the body joins that person; one the body does not confirm (its words do
not occur after the headline) is dropped unless a lexicon, not NER or a noun, typed it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons, given_names, load_lexicons
from graphbuild.nlp import doc_text, lowercase_words
from graphbuild.resolve import description_rivals as rivals
from graphbuild.resolve.acting_countries import with_acting_countries
from graphbuild.resolve.attackers import named_attacker
from graphbuild.resolve.entities import LocalEntity, name_head, normalise, sentence_index
from graphbuild.resolve.mentions import EntityMention
from graphbuild.resolve.mentions.ner import BIG_CITY
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.name_classes import other_class
from graphbuild.resolve.places import lookup_place, town_population
from graphbuild.resolve.referents import unnamed_before
from graphbuild.resolve.short_names import (
    family_name_first,
    full_person_names,
    given_name_of,
    short_form_of,
    short_forms,
)
from graphbuild.resolve.titled_surnames import titled_full_name

# How far back (in sentences) a definite description looks for its antecedent.
DESCRIPTION_WINDOW = 3
# For a description's noun subtype, the antecedent (type, subtypes) it may refer to.
DESCRIPTION_TARGETS: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    ("Actor", "ArmedGroup"): ("Actor", frozenset({"ArmedGroup"})),
    ("Actor", "Organization"): ("Actor", frozenset({"ArmedGroup", "Organization"})),
    ("Region", "City"): ("Region", frozenset({"City"})),
    ("Region", "AdminArea"): ("Region", frozenset({"AdminArea"})),
    ("Region", "Country"): ("Region", frozenset({"Country"})),
    # only "the government", "the administration" (``lexicons/government_heads.txt``), and only to
    # a government so named: "the ministry" or "the parliament" is another body
    ("Actor", "Government"): ("Actor", frozenset({"Government"})),
}
# Clauses on a description's noun that say themselves which one it is.
CLAUSE_DESCRIPTION_DEPS = frozenset({"acl", "relcl"})
# Sources that know the type of a name better than NER does (merging across documents trusts them too).
TRUSTED_SOURCES = frozenset({"gazetteer", "place", "part", "phrase", "pattern"})
# A first line this long or ending like a sentence is body text, not a headline.
HEADLINE_MAX_WORDS = 20
_SENTENCE_END = tuple(".!?:;,")


def group_mentions(
    doc: Doc, mentions: list[EntityMention], lexicons: Lexicons | None = None
) -> list[LocalEntity]:
    """Group a document's mentions into local entities, in order of first mention."""
    lexicons = lexicons or load_lexicons()
    by_key: dict[str, LocalEntity] = {}
    order: list[LocalEntity] = []
    mentions, from_headline = read_headline(doc, mentions, headline_end(doc))
    acronyms = defined_acronyms(doc, mentions)
    people = full_person_names(mentions)
    full_names = short_forms(people)
    given = given_names(lexicons)
    for m in mentions:
        target, reason, score = None, "", 1.0
        if id(m) in from_headline:
            reason, score = "headline word of a name in the text", 0.9
        if m.definite and m.generic:
            target = description_antecedent(doc, m, order, lexicons)
            if target is not None:
                if target.key not in by_key:  # a country named so far only by its people's adjective
                    order.append(target)
                target = by_key.setdefault(target.key, target)
                target.mentions += 1
                target.token_spans.append((m.start, m.end))
                continue
        key = f"{m.type}:{normalise(m.name)}"
        target = by_key.get(key)
        if target is None and m.text in acronyms:
            target, reason, score = by_key.get(acronyms[m.text]), "acronym defined in the text", 1.0
        # a surname NER called a place ("Musharraf" as GPE), or that a small town abroad shares
        # ("Holland" after "Kane Holland"), is still the person's short form
        unverified = m.type == "Actor" or (m.type == "Region" and not m.codes)
        unverified = unverified and m.source not in TRUSTED_SOURCES
        if target is None and (unverified or _small_town(m)):
            target = titled_full_name(m, doc, full_names, by_key, lexicons)
            if target is not None:
                reason, score = "short form of a person named in full", 0.9
        if target is None and m.type == "Actor" and m.source not in TRUSTED_SOURCES:
            target = given_name_of(m.name, people, given, by_key)
            if target is not None:  # "Don Imus ... Don loved and adored Deirdre"
                reason, score = "given name of the one person so named in full", 0.9
        if target is None and m.subtype == "Person" and m.source not in TRUSTED_SOURCES:
            target = family_name_first(m.name, people, given, by_key)
            if target is not None:  # "Premier Li Keqiang ... Li delivered a speech"
                reason, score = "family name written first of the one person so named in full", 0.9
        if target is None:
            target = LocalEntity(
                key,
                m.name,
                m.type,
                m.subtype,
                codes=dict(m.codes),
                generic=m.generic,
                plural=m.plural,
                source=m.source,
            )
            by_key[key] = target
            order.append(target)
        else:
            if m.source in TRUSTED_SOURCES and target.source not in TRUSTED_SOURCES and m.type == target.type:
                target.subtype, target.source = m.subtype, m.source
            for k, v in m.codes if m.type == target.type else ():  # a town's codes are no person's
                target.codes.setdefault(k, v)
        if reason and m.text not in target.aliases:
            target.reasons.append({"alias": m.text, "reason": reason, "score": score})
        target.aliases[m.text] += 1
        for alias in m.aliases:
            target.aliases[alias] += 1
        target.mentions += 1
        if not m.nested:  # a nested name does not own its tokens: the outer mention does
            target.token_spans.append((m.start, m.end))
    return order


def headline_end(doc: Doc) -> int:
    """Token index where the headline ends, 0 when the text has none.

    The headline is the first line when more text follows and it reads as a title, not a
    sentence: no final punctuation, at most ``HEADLINE_MAX_WORDS`` words.
    """
    text = doc_text(doc)
    newline = text.find("\n")
    line = text[:newline].strip() if newline > 0 else ""
    if not line or not text[newline:].strip() or line.endswith(_SENTENCE_END):
        return 0
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return 0
    return next((t.i for t in doc if t.idx >= newline), len(doc))


def read_headline(doc: Doc, mentions: list[EntityMention], end: int) -> tuple[list[EntityMention], set[int]]:
    """The mentions with the headline's (before token ``end``) read against the body.

    A headline mention that is a short form of a person named in full in the body (a surname) takes
    that name and type, whatever NER or a lexicon said (``Howard`` is a town too);
    one the body does not confirm is dropped unless a lexicon typed it. Returns the mentions and
    the ``id`` of each one renamed, so its merge can be recorded.
    """
    if end == 0:
        return mentions, set()
    body = [m for m in mentions if m.start >= end]
    words = " " + " ".join(normalise(t.text) for t in doc[end:] if not t.is_space) + " "
    longer = {m.name: m for m in body if len(m.name.split()) > 1 and m.subtype == "Person"}
    index = short_forms(sorted(longer, key=lambda n: (-len(n.split()), n)))
    out: list[EntityMention] = []
    renamed: set[int] = set()
    for m in mentions:
        if m.start >= end:
            out.append(m)
            continue
        full = short_form_of(m.name, index) if not m.generic else None
        if full is not None and full != m.name:
            named = longer[full]
            m = replace(
                m, name=full, type=named.type, subtype=named.subtype, source=named.source, codes=named.codes
            )
            renamed.add(id(m))
        elif m.source not in TRUSTED_SOURCES and not _confirmed(m, words):
            continue
        out.append(m)
    return out, renamed


def _small_town(m: EntityMention) -> bool:
    """A town GeoNames knows that is no big city: its name may well be a surname."""
    return m.type == "Region" and m.subtype == "City" and 0 < town_population(m.name) < BIG_CITY


def _confirmed(mention: EntityMention, body: str) -> bool:
    """The body has the headline mention's words: its text or, for a person, a short form (``Hammond``).

    ``body`` is the body's normalised tokens, space-separated and padded with spaces.
    """
    words = normalise(mention.text).split()
    forms = {" ".join(words)}
    if mention.subtype == "Person":
        forms |= {" ".join(words[k:]) for k in range(1, len(words))}
    return any(f" {form} " in body for form in forms)


def defined_acronyms(doc: Doc, mentions: list[EntityMention]) -> dict[str, str]:
    """``Long Name (LN)`` in the text: the acronym maps to the long name's entity key."""
    table: dict[str, str] = {}
    for m in mentions:
        end = m.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1].text
            if acronym.isupper() and 2 <= len(acronym) <= 8 and len(m.name.split()) > 1:
                table[acronym] = f"{m.type}:{normalise(m.name)}"
    return table


def description_antecedent(
    doc: Doc, mention: EntityMention, seen: list[LocalEntity], lexicons: Lexicons | None = None
) -> LocalEntity | None:
    """The named entity a definite description (``the group``) refers to: the nearest one in its
    own sentence, else the one compatible name of the sentences before (two leave it open).

    A name of another class (``lexicons/class_heads.txt``: "the group" and "the Supreme Court")
    and a people's or faith's name (NER ``NORP``: "the network" and "Islam") are never its antecedent,
    nor a name when the noun was used before for an unnamed thing (``unnamed_before``: "a group in
    the country … the United States … abducted in the country").
    """
    lexicons = lexicons or load_lexicons()
    if rivals.self_identifying(doc[mention.start : mention.end]):
        return None  # "the world's most populous country", "the group of young men"
    # "Lebanon respects the border, the country …": a country acting, typed as its government
    acting = (mention.type, mention.subtype) == COUNTRY
    candidates, own = with_acting_countries(doc, seen, lexicons) if acting else (seen, {})
    entity = _description_antecedent(doc, mention, candidates, lexicons)
    entity = own.get(id(entity), entity)
    entity = entity or named_attacker(doc, mention, seen, lexicons)  # "Ana Ruiz shot … the gunman"
    if entity is None:
        return None
    owner = {i: e for e in seen for start, end in e.token_spans for i in range(start, end)}
    executive = mention.subtype == "Government"
    return (
        None
        if unnamed_before(doc[mention.start : mention.end], entity, owner, before_named=not executive)
        else entity
    )


def _description_antecedent(
    doc: Doc, mention: EntityMention, seen: list[LocalEntity], lexicons: Lexicons
) -> LocalEntity | None:
    classes, tiers = lexicons.synonyms("class_heads"), lexicons.synonyms("government_levels")
    governments = lexicons.terms("government_heads")
    executive = mention.subtype == "Government"
    head = doc[mention.end - 1]
    if executive and (
        head.lower_ not in governments or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    ):
        return None  # "the Government of Iraq" names its own country
    if mention.type == "Weapon":
        want_type, subtypes = "Weapon", None
    else:
        target = DESCRIPTION_TARGETS.get((mention.type, mention.subtype))
        if target is None:
            return None
        want_type, subtypes = target
    if head.lower_ in lexicons.terms("mass_bodies"):
        return None  # "Al-Arabiya … told the press": every outlet at once, not the one named
    if _apposed_name(head):
        return None  # "the company, Hospira, said": the name set off beside it says which one
    if any(c.dep_ in CLAUSE_DESCRIPTION_DEPS and doc[c.left_edge.i - 1].text != "," for c in head.children):
        return None  # "the charity supporting the venue" (not "the firm, which makes…"): it says which one
    here = sentence_index(doc, mention.start)
    best, best_end, fitting = None, -1, set()
    names: dict[str, str] = {}  # the fitting entities' names
    earlier: dict[str, LocalEntity | None] = {}
    named: dict[str, int] = {}  # how often each compatible name is written before the description
    last: dict[str, tuple[LocalEntity, int]] = {}  # each fitting name's last mention
    for entity in seen:
        # "the Japanese government" (government of Japan) is generic but one country's; any other
        # government named before ("the Korean government") leaves "the government" open
        eligible = not entity.generic or (executive and " of " in entity.name)
        if entity.type != want_type or not (eligible or executive):
            continue
        if subtypes is not None and entity.subtype not in subtypes:
            continue
        if mention.type == "Weapon" and mention.subtype not in ("Arms", entity.subtype):
            continue
        if other_class(doc, mention, entity, classes, lexicons) or _many_for_one(doc, mention, entity):
            continue
        if executive and (name_head(entity.name) not in governments or entity.name.lower() in governments):
            continue
        if executive and rivals.other_tier(doc[mention.start : mention.end], entity.name, tiers):
            continue  # "the local Haitian government … the central government": another tier
        for start, end in entity.token_spans:
            if _description_span(doc, start, end):
                continue  # a description resolved before is no name: "the commission" goes to the name
            if rivals.credited_source(doc[end - 1], head):
                continue  # "According to the BBC, the group …": the source vouches, it is not the group
            if end <= mention.start:
                earlier[entity.key] = entity if eligible else None
                named[entity.key] = named.get(entity.key, 0) + 1
            if end <= mention.start and sentence_index(doc, start) >= here - DESCRIPTION_WINDOW:
                fitting.add(entity.key)
                names[entity.key] = entity.name
                last[entity.key] = (entity, max(end, last.get(entity.key, (entity, -1))[1]))
                if eligible and end > best_end:
                    best, best_end = entity, end
    if executive and not fitting:
        # "the US government … [ten sentences on] … the government": a state's executive is named once
        # and then called "the government"; the one named anywhere before is it, two leave it open
        if not earlier:  # "Peruvian officials said … the government": Peru, though named only so
            posts = lexicons.terms("state_posts")
            return _one_country(doc, mention.start, seen, lexicons, unnamed=True, posts=posts)
        return next(iter(earlier.values())) if len(earlier) == 1 else None  # None: a name too vague
    if executive:
        return best if len(fitting) == 1 else None
    kinds = rivals.same_kind(doc, last, classes, head.lower_)  # "PCS … Jobcentre services …; the union": PCS
    if len(kinds) < len(fitting):
        fitting, (best, best_end) = set(kinds), max(kinds.values(), key=lambda c: c[1])
    if not fitting and (mention.type, mention.subtype) == COUNTRY:
        # "Floods hit Chile … [five sentences] … the country"; "Iraqi police said … the country"
        return _one_country(doc, mention.start, seen, lexicons, unnamed=True, posts=NO_POSTS)
    if not fitting and mention.type == ACTOR:
        return _salient_body(earlier, named)  # "ETA … ETA … ETA … [five sentences] … the group"
    if best is None or len(fitting) == 1 or sentence_index(doc, best_end - 1) == here:
        return best
    if all(rivals.short_form(names[key], best.name) for key in fitting):
        # "Amnesty … Amnesty International … the organisation": a short form is the same body
        return best
    if _is_subject_end(doc, best_end):
        return best  # the group last named as a subject is the one the text goes on about
    return None  # "… Jakarta … Mumbai. Raids near the capital": two earlier names fit, a guess


def _salient_body(earlier: dict[str, LocalEntity | None], named: dict[str, int]) -> LocalEntity | None:
    """The one body the text has kept naming, when none fits in the last sentences: named at least
    ``SALIENT_NAMINGS`` times while every other compatible name was written once."""
    ranked = sorted(((n, key) for key, n in named.items() if earlier.get(key) is not None), reverse=True)
    if not ranked or ranked[0][0] < SALIENT_NAMINGS or (len(ranked) > 1 and ranked[1][0] > 1):
        return None
    return earlier[ranked[0][1]]


# How often a body must be named before a description far from it may still mean it.
SALIENT_NAMINGS = 3
ACTOR = "Actor"
NO_POSTS: frozenset[str] = frozenset()  # no state's post ("president") named


def possessor_country(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """ "Chile … the country's new president, X": "the country" as the possessor inside a person's
    description is the one country named before, as a bare "the country" is."""
    nouns = typed_nouns(lexicons, "location_nouns")
    if span[0].lower_ != "the" or nouns.get(span.root.lower_, ("", ""))[1] != COUNTRY[1]:
        return None
    seen = list({id(e): e for e in owner.values()}.values())
    return _one_country(span.doc, span.start, seen, lexicons, unnamed=False, posts=NO_POSTS)


def _one_country(
    doc: Doc, start: int, seen: list[LocalEntity], lexicons: Lexicons, *, unnamed: bool, posts: frozenset[str]
) -> LocalEntity | None:
    """ "Floods hit Valdora … The government said": with no government named, "the government" is the state's,
    acting as the country; only when one country is named before it, by name, in a body's name ("police of
    Valdora") or by its people's adjective ("a Syrian activist"): two leave it open. With ``unnamed``, a
    country so far named only by its people's adjective or in a body's name ("Iraqi police said … before the
    country votes") is a new entity, which its name joins (the words that named it, "Iraqi", its alias). A
    place with a state's post (``posts``: "the president of East Timor") is a state too."""
    before = [e for e in seen if any(end <= start for _, end in e.token_spans)]
    countries = {e.name: e for e in before if (e.type, e.subtype) == COUNTRY and not e.generic}
    named = {name: name for name in countries}  # each country by the words that named it
    bodies = (e for e in before if e.generic and OF in e.name and "country" in e.codes)
    named.update((e.name.rsplit(OF, 1)[1],) * 2 for e in bodies)
    held = (e.name.split(OF, 1) for e in before if e.generic and e.type == ACTOR and OF in e.name)
    named.update((place, place) for post, place in held if post.lower() in posts)
    for token in doc[:start]:
        place = lookup_place(token.text, lexicons, demonym=True) if token.text[:1].isupper() else None
        if place is not None:
            named.setdefault(place.name, token.text)
    if len(named) != 1:
        return None
    name, said = next(iter(named.items()))
    place = lookup_place(name, lexicons) if unnamed and name not in countries else None
    if place is None or place.subtype != COUNTRY[1]:
        return countries.get(name)
    key, codes = f"{COUNTRY[0]}:{normalise(place.name)}", dict(place.codes)
    return LocalEntity(key, place.name, *COUNTRY, codes=codes, source="place", aliases=Counter({said: 1}))


# The type and subtype of a country, which a government without a name of its own stands for.
COUNTRY = ("Region", "Country")
# How a generic body's name says whose it is ("police of Valdora").
OF = " of "


def _apposed_name(head: Token) -> bool:
    """Whether a description's noun and a proper name are set off as one ("the company, Hospira,";
    "Hospira, the company,")."""
    names = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if head.dep_ == "appos" and head.head.i < head.i:
        names.append(head.head)
    return any(n.pos_ == "PROPN" for n in names)


def _description_span(doc: Doc, start: int, end: int) -> bool:
    """A lowercase span ending in a common noun ("company", "oil company"): a definite description
    an earlier step gave the entity."""
    return doc[end - 1].pos_ == "NOUN" and lowercase_words(doc, start, end)


def _many_for_one(doc: Doc, mention: EntityMention, entity: LocalEntity) -> bool:
    """ "these countries", "the groups" after one treaty or one group: a plural organisation noun
    (inflected: "countries", not "police") means several bodies, never one named body. Members'
    plurals ("the militants" for an armed group) are another subtype and still refer back."""
    head = doc[mention.end - 1]
    return (
        mention.subtype == "Organization"
        and head.tag_ == PLURAL_NOUN
        and head.lemma_.lower() != head.lower_
        and not entity.plural
    )


# The parser's tag of a plural common noun.
PLURAL_NOUN = "NNS"


def _is_subject_end(doc: Doc, end: int) -> bool:
    """Whether the mention ending at ``end`` heads (or names) the subject of its clause; a place in
    a person's title ("former U.S. President Ana Ruiz said") is not: the person is the subject."""
    root = doc[end - 1]
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
        if root.ent_type_ == PERSON_ENT and doc[end - 1].ent_type_ != PERSON_ENT:
            return False
    return root.dep_ in ("nsubj", "nsubjpass")


PERSON_ENT = "PERSON"


__all__ = [
    "TRUSTED_SOURCES",
    "defined_acronyms",
    "description_antecedent",
    "group_mentions",
    "headline_end",
    "possessor_country",
    "read_headline",
]
