"""Facts stated inside noun phrases: appositions, titles before names, possessives.

``Jane Doe, a senior official at the Center`` -> (Jane Doe, is, a senior official at the
Center); ``President Bush`` -> (Bush, is, President); ``the company's founder`` -> (the company,
has, founder).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Span, Token

from graphbuild.extract.acronyms import modifier_name, unspelled_glosses
from graphbuild.extract.coordination import shared_modifier
from graphbuild.extract.facts import Fact, as_variants
from graphbuild.extract.hedged_appositions import hedged_apposition
from graphbuild.extract.located import located_facts
from graphbuild.extract.misplaced_appositions import misplaced
from graphbuild.extract.name_possessives import inside_name, owns_name_word
from graphbuild.extract.phrases import (
    TIME_ENTITIES,
    TokenSpan,
    glossed_name,
    noun_span,
    trim,
    whole_name,
)
from graphbuild.extract.plural_appositions import member_relation, one_of, plural_common_head, unset_off
from graphbuild.extract.posts import person_after_post, post_words, titles_name
from graphbuild.extract.relations import be_form
from graphbuild.extract.restrictive import restricted_span
from graphbuild.extract.subjects import ranks
from graphbuild.extract.titles import title_facts, title_piece, whole_title_prep
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import PLACE_LABELS, children_with, token_table

_NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Names NER gives to actors, never a place beside another place.
_NAMED_ACTORS = frozenset({"PERSON", "ORG", "NORP"})
# Entity labels of what is no person: an organisation or a place holds no personal role.
_NON_PERSON_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
# Links of a word that carries a nominal fact (an apposition, a possessive, a place's preposition);
# a proper noun may carry a title fact whatever its link.
FACT_CARRIER_DEPS = frozenset({"appos", "poss", "prep"})


def _semicolon(a: Token, b: Token) -> bool:
    """ "...; specifically, the location of ...": a semicolon ends a phrase, it sets off no apposition;
    nor does a colon, which joins a label to what it labels ("Image: Ana Ruiz", a film titled
    "Ruiz: The Return")."""
    left, right = sorted((a.i, b.i))
    if right + 1 < len(a.doc) and a.doc[right + 1].text == ":":
        return True  # "Sirhan in 1969 (Image: CDCR)": a label, then what it labels
    return any(t.text in (";", ":") for t in a.doc[left:right])


def _in_list(token: Token) -> bool:
    """A noun of a coordinated list ("Police, the ambulance service, and an air ambulance"):
    commas there separate items, so an item is no apposition of the one before."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def listed_appos(appos: Token) -> bool:
    """A comma before a coordinated item's first word (", and an air ambulance", ", two Belgians")
    makes the apposition a list item; "the member and son of X" and "as well as" do not."""
    items = [c.left_edge if c.dep_ == "conj" else c for c in appos.children if c.dep_ in ("cc", "conj")]
    return any(appos.doc[t.i - 1].text == "," for t in items)


# Entity labels of amounts.
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _amount(token: Token) -> bool:
    """A number, or a noun counted by one ("2.2 billion yuan", "40 people")."""
    return (
        token.ent_type_ in _AMOUNT_ENTS or token.like_num or any(c.dep_ == "nummod" for c in token.children)
    )


def _clashing(head: Token, appos: Token, lexicons: Lexicons) -> bool:
    """Two phrases that cannot be one thing: a person and an organisation or place, a time, a
    possessive fragment of a name ("Her party, the Pakistan People's Party")."""
    kinds = {head.ent_type_, appos.ent_type_}
    if "PERSON" in kinds and kinds & _NON_PERSON_ENTS:
        return True
    if head.ent_type_ in _NON_PERSON_ENTS and appos.lemma_.lower() in lexicons.terms("role_nouns"):
        return True  # "the airspace controller, Eurocontrol, the CEO of ..."
    if _amount(head) and _amount(appos):
        return True  # "2.2 billion yuan (US$325 million)": the same amount restated, no fact
    zones = lexicons.terms("time_zones")
    for token in (head, appos):
        zone = token.lower_.rstrip("+-0123456789:")  # "UTC+3"
        if token.ent_type_ in TIME_ENTITIES or zone in zones or token.lemma_.lower() == "time":
            return True
    return any(c.dep_ == "case" for c in appos.children)


def _predicate_pair(head: Token, appos: Token) -> bool:
    """ "He was a rebel, an unapologetic critic of …": two descriptions of the copula's subject, not
    one of the other; a common noun in predicate position describes, it names nothing."""
    return head.dep_ == "attr" and head.pos_ == "NOUN" and appos.pos_ == "NOUN" and appos.is_lower


def _owned_after_title(head: Token, appos: Token) -> bool:
    """ "musician Bob Dylan's 2009 release": with no comma, the name after a noun is in apposition
    to it, and what the name owns is no apposition of that noun; the parse that makes the owned
    thing the apposition says "the musician is the release"."""
    return appos.left_edge.i == head.i + 1 and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 for c in appos.children
    )


def _several_for_one(head: Token, appos: Token, lexicons: Lexicons) -> bool:
    """A coordinated apposition ("a husband and wife") on a singular noun inside an "of" phrase
    ("the occupants of the first vehicle, a husband and wife"): several cannot be one thing, so
    the parse hung them on the wrong noun; a body of people ("the couple") may be several. Names
    are left alone: "the president, Ana Ruiz, and the mayor, …" runs a list through them."""
    return (
        head.tag_ == "NN"
        and head.dep_ == "pobj"
        and appos.pos_ == "NOUN"
        and any(c.dep_ == "conj" for c in appos.children)
        and head.lemma_.lower() not in lexicons.terms("collective_nouns")
    )


def apposition_facts(appos: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """Apposition facts; across a list, a time or two kinds of thing only as variants (below)."""
    head = appos.head
    doubtful = (
        _in_list(head)
        or listed_appos(appos)
        or _clashing(head, appos, lexicons)
        or _semicolon(head, appos)
        or _predicate_pair(head, appos)
        or _owned_after_title(head, appos)
        or _several_for_one(head, appos, lexicons)
        or plural_common_head(head, appos)
        or unset_off(head, appos, lexicons.terms("role_nouns"))
        or title_piece(head, lexicons.terms("role_nouns"))
        or misplaced(head, appos, lexicons)
    )
    facts = unspelled_glosses(_apposition_facts(appos, lexicons), appos.doc)
    yield from as_variants(hedged_apposition(facts, appos, lexicons), doubtful)


# The prepositions a person's name takes in its phrase: "Ana Ruiz of Acme", "Ruiz from Lund".
_PERSON_PREPOSITIONS = frozenset({"of", "from"})


def _person_name_span(name: Token, span: TokenSpan) -> TokenSpan:
    """A person's name in apposition without a phrase misattached to it ("the mayor, Ana Ruiz, on
    Twitter": on Twitter is the verb's): the span ends before its first other preposition."""
    if name.ent_type_ != "PERSON":
        return span
    cuts = [
        c.left_edge.i
        for c in name.children
        if c.dep_ == "prep" and c.i > name.i and c.lower_ not in _PERSON_PREPOSITIONS
    ]
    return (span[0], min([span[1], *cuts]))


def _mistyped_place(appos: Token, lexicons: Lexicons) -> bool:
    """A name after a place that NER took for a people but is no demonym ("in Furukawa, Ibaraki"):
    the wider place of a place's "Town, Region" name. (An untyped name is left alone: "Research in
    Motion, RIM", "Commander in Chief, the President" are no places.)"""
    return (
        appos.pos_ == "PROPN" and appos.ent_type_ == "NORP" and appos.lower_ not in lexicons.terms("demonyms")
    )


def _apposition_facts(appos: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """``X, a Y of Z`` -> (X, is, a Y of Z); for a role noun also (X, is a Y of, Z)."""
    head = appos.head
    if head.pos_ not in _NOMINAL_POS or appos.pos_ not in (*_NOMINAL_POS, "NUM") or _name_number(appos):
        return
    if epithet(head, appos) or appos.lower_ in lexicons.terms("name_suffixes"):
        return  # "Ivan the Terrible", "John Roe, Jr.": one name, not a name and what it is
    if _lost_predicate(appos):
        return
    holder = _role_holder(head, appos, lexicons)
    head = holder or one_of(head, appos) or head
    subject = glossed_name(head, appos) or modifier_name(head, noun_span(head))
    obj = restricted_span(appos, _person_name_span(appos, noun_span(appos)), lexicons)
    be = be_form(head, tensed=False)
    placed = head.ent_type_ in PLACE_LABELS or (  # "south of Port Blair, Andaman Islands": a site
        head.pos_ == "PROPN"
        and head.dep_ == "pobj"
        and (head.head.lower_ in _LOCATIVE_PREPOSITIONS or head.ent_type_ == "FAC")
    )
    # a name NER mistyped after a place it names is a wider place: "in Eastleach, Gloucestershire"
    wider = head.ent_type_ in PLACE_LABELS and appos.pos_ == "PROPN" and appos.ent_type_ not in _NAMED_ACTORS
    if placed and (appos.ent_type_ in PLACE_LABELS or wider or _mistyped_place(appos, lexicons)):
        # "Kutama, Zimbabwe": a place within a place; "in Montcoal, West Virginia" though NER missed
        # the town
        yield Fact(subject, (be, "in"), obj, lemma="be in", kind="appos:in")
        return
    if appos.pos_ == "PROPN" and head.pos_ == "NOUN":
        # "the branch's former manager, Christopher Drogoul": the name is what the noun describes
        relation, lemma = member_relation(head, appos, be)
        yield Fact(obj, relation, subject, lemma=lemma, kind="appos:is")
        return
    yield Fact(subject, (be,), obj, lemma="be", kind="appos:is")
    # "the president and founder of Acme": the "of" hangs on the last role, and is both roles'
    shared = shared_modifier(appos)
    preps = [c for c in appos.children if c.dep_ == "prep" and c.i > appos.i] if shared is None else [shared]
    preps = [w for p in preps[:1] if (w := whole_title_prep(appos, p, lexicons))]  # "Secretary of State"
    if preps and appos.lemma_.lower() in lexicons.terms("role_nouns"):
        pobj = [c for c in preps[0].children if c.dep_ == "pobj"]
        if pobj:
            relation = (be, *range(obj[0], preps[0].i + 1))
            lemma = f"be {appos.lemma_.lower()} {preps[0].lower_}"
            yield Fact(
                subject,
                relation,
                restricted_span(pobj[0], noun_span(pobj[0]), lexicons),
                lemma=lemma,
                kind="appos:role",
            )


# Prepositions whose object is a place: a name after one, with a state or country in apposition,
# is a place in it.
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})


def epithet(head: Token, appos: Token) -> bool:
    """A name and its epithet, "the" and a capitalised word straight after it with no comma ("Paul
    the Octopus", "Ivan the Terrible"): one name, not a name and what it is."""
    doc = head.doc
    return (
        head.pos_ == "PROPN"
        and appos.i == head.i + 2
        and doc[head.i + 1].lower_ == "the"
        and appos.text[:1].isupper()
    )


# Tags of a verb that can open a clause's predicate: "hurled", "threw".
_PAST_TAGS = frozenset({"VBD", "VBN"})


def _lost_predicate(appos: Token) -> bool:
    """ "Residents of X, a town in Y, hurled stones": in a sentence parsed with no verb at its root,
    an "apposition" opening on a past verb is the lost predicate, not what its head is."""
    first = appos.left_edge
    return first.pos_ == "VERB" and first.tag_ in _PAST_TAGS and appos.sent.root.pos_ not in ("VERB", "AUX")


def _name_number(appos: Token) -> bool:
    """A number right after its noun, with no comma or bracket, is part of a name ("phase three",
    "Apollo 11"), not an apposition ("Ana Ruiz, 42,")."""
    return appos.pos_ == "NUM" and appos.i > 0 and not appos.doc[appos.left_edge.i - 1].is_punct


def names_outer_noun(head: Token, appos: Token) -> bool:
    """A name in apposition to a place or body inside "the N of X" names N, not X: "the president of
    Chile, Ana Ruiz" (Ruiz is no Chile); the parse hangs it on the nearest noun. Not a bracketed
    abbreviation ("the head of the Rights Commission (AIHRC)") nor a described thing ("the head of
    the Quds Force, a designated Terrorist Organization"): those are about X."""
    prep = head.head
    doc = appos.doc
    return (
        head.dep_ == "pobj"
        and doc[appos.left_edge.i - 1].text != "("
        and not any(c.dep_ == "det" for c in appos.children)
        and prep.lower_ == "of"
        and prep.head.pos_ in _NOMINAL_POS  # "the President of Chad, Idriss X"
        and head.ent_type_ in _NON_PERSON_ENTS
        and appos.pos_ == "PROPN"
        and appos.ent_type_ not in PLACE_LABELS
    )


# Lexicons of nouns for a body of people, which no person's name is in apposition to.
BODY_LEXICONS = ("collective_nouns", "bare_institutions", "company_nouns")


def _role_holder(head: Token, appos: Token, lexicons: Lexicons) -> Token | None:
    """The role noun a name names when the parse hangs it on the role's place or body (see
    ``names_outer_noun``); None when the outer noun is no role ("the capital of France, Paris")."""
    roles = lexicons.terms("role_nouns")
    bodies = frozenset().union(*(lexicons.terms(name) for name in BODY_LEXICONS))
    if not (names_outer_noun(head, appos) or person_after_post(head, appos, roles, bodies)):
        return None
    role = head.head.head
    return role if role.lemma_.lower() in roles else None


def possessive_facts(owner: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """Possessive facts; an idiom ("on Musharraf's orders") or a name ("the Pakistan People's
    Party", "the Drivers' Championship") only as variants."""
    noun = owner.head
    idiom = noun.dep_ == "pobj" and f"{noun.head.lower_} {noun.lower_}" in lexicons.terms("fixed_expressions")
    roles = lexicons.terms("role_nouns")
    named = inside_name(owner, noun, roles) or owns_name_word(noun, roles)
    unheld = not _held(owner, noun, lexicons) or _fraction_of(noun)
    yield from as_variants(_possessive_facts(owner, lexicons), idiom or named or unheld)


# Heads that take a fraction of what their "of" names ("half of the city's population", "a third of
# the party's votes"); a number counts members and keeps them held ("seven of the king's sons").
SHARE_HEADS = frozenset(
    {"half", "third", "quarter", "percent", "%", "majority", "minority", "most", "fraction"}
)


def _fraction_of(noun: Token) -> bool:
    """A possessed noun inside a fraction ("almost half of the city's population"): the sentence
    states the amount, and "the city had population" is no fact of it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    return prep.head.lower_ in SHARE_HEADS


def _held_by_name(noun: Token, lexicons: Lexicons) -> bool:
    """A post whose holder the sentence names ("Habib el-Adly, who was Mubarak's interior
    minister", "Merkel's spokesperson Steffen Seibert"): the holder's ``be … of`` fact says it,
    "Mubarak has interior minister" adds nothing."""
    if noun.lemma_.lower() not in lexicons.terms("role_nouns"):
        return False
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > noun.i for c in noun.children)
    return named or noun.dep_ == "attr" or noun.head.dep_ == "appos"


def _held(owner: Token, noun: Token, lexicons: Lexicons) -> bool:
    """A possession worth stating: a place's part or people ("Brazil's forests"), a role or a
    member ("Kenya's president", "the group's fighters"), or something named ("the party's
    House of Representatives"); not an act or a saying ("Macron's statement", "the hotel's closure").
    Only the noun's own modifiers name it: a name in a phrase after it places or aims the noun
    ("the party's performance in Ontario", "her endorsement on Twitter") and makes nothing held.
    An act or a happening (``_DONE_LEXICONS``) is done, not held, even by a place: "Israel's Gaza
    flotilla raid" is no "Israel has raid", "Greece's crisis" no "Greece has crisis". A stretch of
    the owner's time (``lexicons/span_nouns.txt``) frames the fact and is no possession: "the best
    player in the club's history"."""
    lemma, events = noun.lemma_.lower(), _done_nouns(lexicons)
    if noun.pos_ == "NOUN" and (lemma in events or noun.lower_ in events):
        return False
    if owner.ent_type_ in PLACE_LABELS or noun.ent_type_ or noun.pos_ == "PROPN":
        return True
    people = tuple(
        lexicons.terms(name) for name in ("role_nouns", "member_nouns", "actor_nouns", "kin_nouns")
    )
    if any(lemma in words or noun.lower_ in words for words in people):
        return True
    owned = {t.i for t in owner.subtree}
    return any(c.pos_ == "PROPN" for c in noun.subtree if c.i not in owned and c.i < noun.i)


# Nouns of what happens to, is done or said by, or is said of an owner, never held by it: armed
# acts, stretches of its time, happenings ("Greece's crisis"), deaths, claims and aims ("Israel's
# warning", "the firm's decision"), its attributes ("India's economy") and the units of its score
# ("Easton's two goals": scored, not held). An event it holds may be its own ("the party's
# primary election"), and stays held.
_DONE_LEXICONS = (
    "event_nouns",
    "span_nouns",
    "happening_nouns",
    "death_nouns",
    "hearsay_nouns",
    "control_nouns",
    "attribute_nouns",
    "score_nouns",
)


@functools.lru_cache(maxsize=8)
def _done_nouns(lexicons: Lexicons) -> frozenset[str]:
    """The words of ``_DONE_LEXICONS``: "Israel's decision" is no "Israel has decision". Made once
    per lexicons object: every possessive asks."""
    return frozenset().union(*(lexicons.terms(name) for name in _DONE_LEXICONS))


def _possessive_facts(owner: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """``Kenya's president`` -> (Kenya, has, president); a named role-holder -> (name, is role of, Kenya)."""
    noun = owner.head
    if noun.pos_ not in _NOMINAL_POS or owner.pos_ not in _NOMINAL_POS or owner.ent_type_ in TIME_ENTITIES:
        return  # "today's ruling", "Monday's attack": a time owns nothing, it dates the noun
    doc = owner.doc
    owner_span = whole_name(owner, noun_span(owner))
    owner_span = (owner_span[0], owner_span[1] - 1) if doc[owner_span[1] - 1].tag_ == "POS" else owner_span
    if owner_span[1] <= owner_span[0]:
        return
    start = max(owner.right_edge.i + 1, owner_span[1])
    while start < noun.i and doc[start].tag_ == "POS":
        start += 1
    possessed = noun_span(noun)
    possessed = trim(doc, max(start, possessed[0]), possessed[1])
    if possessed[1] - possessed[0] > 1 and doc[possessed[1] - 1].tag_ == "POS":
        # "Norway's ministry of trade's office": the possessed is an owner in turn, without its "'s"
        possessed = trim(doc, possessed[0], possessed[1] - 1)
    if possessed[1] <= possessed[0]:
        return
    name = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if name and _relation_noun(noun, lexicons):
        words, post = post_words(noun, lexicons)
        own = _own_of_phrase(noun)  # "the President's Chief of Cabinet": the title is "Chief of Cabinet"
        rel = (be_form(noun, tensed=False), *words, *own, "of")
        post = " ".join([post, *(doc[i].lower_ for i in own)])
        holder = _person_name_span(name[0], noun_span(name[0]))
        yield Fact(holder, rel, owner_span, lemma=f"be {post} of", kind="poss:role")
    have = "had" if owner.sent.root.tag_ == "VBD" else "has"
    kin = noun.lemma_.lower() in lexicons.terms("kin_nouns")  # "Ruiz has mother" says nothing
    unstated = kin or _held_by_name(noun, lexicons) or _ranked(noun) or titles_name(noun, lexicons)
    yield Fact(owner_span, (have,), possessed, lemma="have", kind="poss:has", variant=unstated)


def _relation_noun(noun: Token, lexicons: Lexicons) -> bool:
    """A post ("Chad's president") or a kinship ("Ruiz's father") that relates its named holder to
    its owner: "X | is president of | Chad", "Y | is father of | Ruiz"."""
    lemma = noun.lemma_.lower()
    return lemma in lexicons.terms("role_nouns") or lemma in lexicons.terms("kin_nouns")


def _ranked(noun: Token) -> bool:
    """A possessed noun ranked among the owner's own ("the team's first goal", "the island's largest
    trial", "her second attempt"): the phrase picks one out to say something of it, and "the team
    had first goal" states nothing (a named holder keeps its ``be … of`` fact)."""
    return any(ranks(c) for c in noun.lefts if c.dep_ in ("amod", "nummod", "compound", "advmod"))


def _own_of_phrase(noun: Token) -> range:
    """The indices of a role noun's own "of" phrase ("Chief of Cabinet", "Minister of Defence"): a part
    of the title, which an "of" relation to the role's owner must keep."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
    if not of or not children_with(of[0], ("pobj",)):
        return range(0)
    return range(of[0].i, of[0].right_edge.i + 1)


def sentence_nominal_facts(sent: Span, lexicons: Lexicons) -> Iterator[Fact]:
    """Nominal facts of a sentence, in order of the words that carry them."""
    doc, words = sent.doc, token_table(sent.doc)
    carriers = (
        i for i in range(sent.start, sent.end) if words.dep[i] in FACT_CARRIER_DEPS or words.pos[i] == "PROPN"
    )
    for token in (doc[i] for i in carriers):
        if token.dep_ == "appos":
            yield from apposition_facts(token, lexicons)
        elif token.dep_ == "poss":
            yield from possessive_facts(token, lexicons)
        elif token.dep_ == "prep":
            yield from located_facts(token, lexicons)
        if token.pos_ == "PROPN":
            yield from title_facts(token, lexicons)
