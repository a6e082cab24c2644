"""Relations a noun phrase states between two entities: "the leader of X", "X's fighters",
"Y-based Z", "CNN anchor Dana X".

Each becomes a *nominal* triple of its own, with the sentence as provenance, so a role or a
membership written inside a phrase is an edge of the network even when no verb states it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.extract.acronyms import after_bracket, listing_bracket
from graphbuild.extract.located import predicated
from graphbuild.extract.name_possessives import owns_name_word
from graphbuild.extract.nominal import BODY_LEXICONS, epithet, listed_appos
from graphbuild.extract.plural_appositions import plural_common_head
from graphbuild.extract.posts import qualifier_before
from graphbuild.extract.publication_posts import publication_between
from graphbuild.extract.qualifiers import is_infinitive
from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.nlp import PLACE_LABELS, has_child, token_table
from graphbuild.resolve.apposed_bodies import POST_LEXICONS, apposed_body
from graphbuild.resolve.apposed_places import apposed_place
from graphbuild.resolve.compounds import named_after_place, names_owner, one_in_place
from graphbuild.resolve.entities import LocalEntity, sentence_bounds
from graphbuild.resolve.event_nouns import contest_gerund, is_nominal
from graphbuild.resolve.noun_phrase_triples import noun_phrase_triple, sentence_provenance
from graphbuild.resolve.of_phrases import of_label, of_targets
from graphbuild.resolve.owned_heads import ACTING_LEXICONS
from graphbuild.resolve.owned_people import unowned_person
from graphbuild.resolve.post_holders import held_post, names_post_holder, two_word_post
from graphbuild.resolve.whole_offices import body_placed, maker_model, post_between

# Prepositions that tie a noun to another thing in a noun phrase: "militants in X", "fighters of X",
# "a spokesman for X", "rebels from X", "talks with X", "strikes against X", "troops near X".
NOMINAL_PREPOSITIONS = frozenset(
    {
        "of",
        "in",
        "at",
        "from",
        "for",
        "with",
        "against",
        "near",
        "inside",
        "on",
        "to",
        "within",
        "across",
        "into",
        "outside",
    }
)
# The prepositions a person's name takes in a noun phrase: where she is from or works ("Ana Ruiz of
# Acme", "Ruiz from Lund", "Ruiz at the university"); any other after a name is a verb's, misattached.
PERSON_PREPOSITIONS = frozenset({"of", "from", "at", "in"})
# The verb whose predicate noun renames its subject ("X is a village in Y").
COPULA = "be"
# Entity labels of places.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_TYPE = "Region"
# Words between an apposition's noun and its preposition that say where ("a village north of X",
# "a town close to X"): the place relation is theirs.
BRIDGE_DEPS = frozenset({"advmod", "amod", "appos", "npadvmod"})


def coordinated(token: Token) -> list[Token]:
    """A word and the words coordinated with it: "in A and B"."""
    out = [token]
    for t in out:
        out.extend(c for c in t.children if c.dep_ == "conj" and c not in out)
    return out


def nominal_pairs(
    token: Token,
    owner: dict[int, LocalEntity],
    routes: frozenset[str],
    naming: frozenset[str] = frozenset(),
    compass: frozenset[str] = frozenset(),
    qualifiers: frozenset[str] = frozenset(),
    posts: frozenset[str] = frozenset(),
    members: frozenset[str] = frozenset(),
    bodies: frozenset[str] = frozenset(),
    held: frozenset[str] = frozenset(),
) -> Iterator[tuple[Token, str, Token]]:
    """``(head, label, dependant)`` word pairs a noun phrase relates: ``X of/in/for Y``, ``Y's X``,
    ``Y-based X`` ("be in"), a name or noun modifying another ("ISIL tanks": have; not before a
    noun the name names, ``naming``: "the al-Qaeda terrorist group"), the sides of ``N between A
    and B`` (not of a route or vehicle, ``routes``). A post keeps the word that changes what holding
    it means (``qualifiers``: "former", "ex-", "acting"): "former FBI agent X" is no agent now; a
    titled name's "of" is the title's (``posts``): "Prime Minister X of Y" is prime minister of Y; a
    name after a post's body (``bodies``: "a spokesman for the party, X") holds the post there."""
    yield from _between_pairs(token, routes)
    if token.pos_ not in ("NOUN", "PROPN"):
        return
    for noun in _predicate_nouns(token, owner):
        yield from _apposition_relations(token, noun, owner, compass, qualifiers, held)
    if token.i not in owner:
        # "the A and B areas of X": the names modifying an unnamed head stand for it
        heads = [
            t
            for c in token.lefts
            if c.dep_ == "compound"
            and c.i in owner
            and not named_after_place(token, owner[c.i])
            and not one_in_place(token, owner[c.i])
            for t in coordinated(c)
        ]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in NOMINAL_PREPOSITIONS and child.lower_ != "of":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    yield from ((h, f"be {child.lower_}", t) for h in heads for t in coordinated(pobj))
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    yield from (
                        (h, "be in", t) for h in heads for t in coordinated(pobj) if t.ent_type_ in PLACE_ENTS
                    )
        return
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in NOMINAL_PREPOSITIONS:
            if token.ent_type_ == "PERSON" and child.lower_ not in PERSON_PREPOSITIONS:
                continue  # "says Henrik Lund, 19, to Dagbladet": a person's name takes no "to" phrase
            label = "of" if child.lower_ == "of" else f"be {child.lower_}"
            if label != "of" and predicated(token):
                continue  # "France became the first country in Europe": a class, no one thing placed
            title = _title_before(token, owner, posts) if label == "of" else ""
            if title:  # "Prime Minister X of Y": X is prime minister of Y, not merely "of" Y
                label = f"be {title} of"
            label = of_label(token, label, posts, members)  # "the capital of X": be capital of
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if owner.get(pobj.i) is owner[token.i]:
                    continue  # "the provinces of A and B", one mention with A: A and B are peers
                # ("the Gulf of Mexico": one name; "the Beatification of Cardinal X": no owner)
                for target in of_targets(token, pobj, label, owner):
                    yield token, label, target
        elif child.dep_ == "poss" and not (
            unowned_person(token, child, owner) or owns_name_word(token, posts)
        ):
            for target in coordinated(child):
                yield target, "have", token
        elif child.dep_ == "appos" and child.i not in owner and child.pos_ == "NOUN":
            if not (_after_conjunct(token, child) or listed_appos(child)):
                yield from _apposition_relations(token, child, owner, compass, qualifiers, held)
        elif child.dep_ == "appos" and (post := held_post(token, child, owner, posts, bodies)) is not None:
            word = two_word_post(post, posts, qualifiers)  # "the prime minister of Y, X"
            word = _qualified(post, word, qualifiers) if word else _post(post, qualifiers)
            yield child, f"be {word} {token.head.lower_}", token
        elif child.dep_ == "appos" and not (
            epithet(token, child)
            or _after_conjunct(token, child)
            or listed_appos(child)  # "four Croatians, three Filipinos, two Belgians": a list
            or names_post_holder(token, child, owner)
            or plural_common_head(token, child)  # "fighters, especially nomads": no identity
            or listing_bracket(token.doc, (child.i, child.i + 1))  # "Acme (NYSE:ACM)": a listing
            or after_bracket(token.doc, token.i, child.i)  # "the Union (EU) General Council"
            or (child.ent_type_ not in PLACE_LABELS and _listed_not_renamed(token, child, owner))
        ):
            if label := apposed_place(token, child, owner):
                yield token, label, child
            elif token.pos_ == "NOUN" and child.pos_ == "PROPN":
                yield child, "be", token  # "CDC officials Dr. Ann Lee": the name is an official
            else:
                yield token, "be", child
        elif child.i < token.i and child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            # "ISIL-held building", "U.S.-led coalition", "Y-based Z", "ISIL tanks"
            words = [t for t in child.subtree if t.i in owner]
            verb = next((t for t in child.subtree if t.tag_ == "VBN"), None)
            occupation = _occupation(token, child, owner)
            if occupation and words:
                # "CNN anchor Dana X", "FBI agent Ali X": the name holds the post at the body
                yield token, f"be {_post(child, qualifiers)} of", words[-1]
                continue
            if verb is None and not _owner_modifier(token, child, owner):
                continue
            if verb is None and (_names_head(token, child, owner, naming) or maker_model(token, child)):
                continue
            if verb is None and post_between(token, child, owner, posts):
                continue  # "United Nations secretary-general Ban X": a post, no "the UN has Ban"
            label = (
                "be based in"
                if verb is not None and verb.lower_ == "based"
                else verb.lemma_.lower()
                if verb
                else "have"
            )
            for word in words[-1:]:
                if label == "be based in":
                    yield token, label, word
                else:
                    yield word, label, token


def _between_pairs(noun: Token, routes: frozenset[str]) -> Iterator[tuple[Token, str, Token]]:
    """ "clashes between A and B", "talks between A and B", "the border between A and B": the sides
    a noun puts between each other are related by it ("clash with"), whatever governs the noun.
    The token table says first whether there is a ``between`` at all (most nouns have none)."""
    if not has_child(noun, ("prep",), ("between",)):
        return
    if not (is_nominal(noun) or noun.pos_ == "PROPN" or contest_gerund(noun)) or _denied_or_unrealised(noun):
        return
    if noun.lemma_.lower() in routes:
        return  # "trains between A and B": the places are its ends, no sides of an act
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            sides = coordinated(pobj)
            # two sides only: a longer list may set one against the rest ("between A and B, C
            # and D") or hold an apposition read as a conjunct ("between A and B, Colorado, C")
            if len(sides) == 2 and any(c.dep_ == "cc" for c in pobj.children):
                yield sides[0], f"{noun.lemma_.lower()} with", sides[1]


def _denied_or_unrealised(noun: Token) -> bool:
    """ "no turmoil between A and B", "did not hold talks between A and B", "to create a conflict
    between A and B": no relation the sentence states as fact."""
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children):
        return True
    if noun.dep_ != "dobj":  # ("talks between A and B were not going well": they were held)
        return False
    verb = noun.head
    return any(c.dep_ == "neg" for c in verb.children) or is_infinitive(verb)


def _apposition_relations(
    name: Token,
    noun: Token,
    owner: dict[int, LocalEntity],
    compass: frozenset[str] = frozenset(),
    qualifiers: frozenset[str] = frozenset(),
    held: frozenset[str] = frozenset(),
) -> Iterator[tuple[Token, str, Token]]:
    """ "X, the leader of Y" (be leader of), "X, a spokesman for Y", "X, a village north of Y" (be
    north of): an apposition renames X, so what its noun is to Y, X is. A place's relation is
    where it lies ("be in", "be north of"); anyone else's is the post or role its noun says."""
    if body := apposed_body(name, noun, owner, held, qualifiers):  # "X, a former CNN anchor"
        yield name, f"be {body[0]} of", body[1]
    place = name.ent_type_ in PLACE_ENTS
    region = name.i in owner and owner[name.i].type == PLACE_TYPE
    if region:  # "Brodec, a Šar Mountain village": the place named before the noun holds the name's
        for c in noun.children:
            if c.dep_ == "compound" and c.i < noun.i and c.i in owner and owner[c.i].type == PLACE_TYPE:
                yield name, "be in", c
    routes = [(child, "") for child in noun.children if child.dep_ == "prep"]
    routes += [
        (prep, bridge.lower_)
        for bridge in noun.children
        if bridge.dep_ in BRIDGE_DEPS
        and (bridge.pos_ in ("ADV", "ADJ") or bridge.lower_ in compass)  # "north" read as a noun
        and bridge.i > noun.i
        for prep in bridge.children
        if prep.dep_ == "prep"
    ]
    for prep, bridge in routes:
        if prep.lower_ not in NOMINAL_PREPOSITIONS:
            continue
        # the tagger may call a village's name a person's: its node and a compass word place it
        if (place or (region and bridge in compass)) and (bridge or prep.lower_ != "of"):
            label = " ".join(w for w in ("be", bridge, prep.lower_) if w)  # "be north of", "be in"
        elif bridge:
            continue  # "X, a man close to Y": no post
        elif body_placed(noun, prep):
            continue  # "X, a member of the party in the UK": the place is the party's
        else:
            label = f"be {_post(noun, qualifiers)} {prep.lower_}"
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for target in coordinated(pobj):
                if target.i in owner:
                    yield name, label, target


def _predicate_nouns(token: Token, owner: dict[int, LocalEntity]) -> list[Token]:
    """ "X is a village north of Y", "X was a spokesman for Y": a copula's common-noun predicate
    describes its named subject as an apposition does; not when denied or only possible ("X is not
    a member of Y", "X may be the leader of Y")."""
    # "A and B are villages in Y": a conjunct of the subject is described too
    subject = next((t for t in (token, *token.ancestors) if t.dep_ != "conj"), token)
    if subject.dep_ != "nsubj" or token.i not in owner:
        return []  # asked of every noun: its head is made only for a named subject
    verb = subject.head
    if verb.lemma_ != COPULA:
        return []
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return []
    own = owner[token.i].key  # "X is the main city in Y" may make "the main city" X's mention
    nouns = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return [c for c in nouns if c.i not in owner or owner[c.i].key == own]


def _after_conjunct(token: Token, appos: Token) -> bool:
    """ "A and her counterparts, B and C": an apposition after a coordination names the last
    conjunct, whatever word the parser hangs it from; A is not B."""
    return any(c.dep_ == "conj" and c.i < appos.i for c in token.children)


def _listed_not_renamed(token: Token, appos: Token, owner: dict[int, LocalEntity]) -> bool:
    """ "A, a citizen of X, B, a member of Y", "from Talvin, B, ...": names of two people, or of a
    place and an actor, read as apposition are a list; a thing renamed by a second name is one
    entity already, so a "be" edge between two such is wrong."""
    first, second = owner.get(token.i), owner.get(appos.i)
    if first is None or second is None:
        return False
    if "Weapon" in (first.type, second.type):
        return False  # "the U.S.S. X, a Y-class submarine": a vessel renamed by its class, typed either way
    return first.type != second.type or first.subtype == second.subtype == "Person"


def _post(noun: Token, qualifiers: frozenset[str] = frozenset()) -> str:
    """A post's word, with its hyphenated first half ("co-worker") and the qualifier before it
    (``qualifiers``: "former contractor", "ex-guard")."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        word = f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"
        return word if doc[noun.i - 2].lower_ in qualifiers else _qualified(noun, word, qualifiers)
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_:
        return f"{noun.lower_}-{doc[noun.i + 2].lemma_.lower()}"  # "co-worker" read as "co" + "worker"
    return _qualified(noun, noun.lemma_.lower(), qualifiers)


def _qualified(noun: Token, word: str, qualifiers: frozenset[str]) -> str:
    """``word`` after the post qualifier the noun or the name it titles has ("former", "ex-")."""
    qualifier = qualifier_before(noun, qualifiers)
    if qualifier is None:
        return word
    return (
        f"{qualifier.lower_.rstrip('-')}-{word}"
        if qualifier.lower_.startswith("ex")
        else f"{qualifier.lower_} {word}"
    )


def _title_before(name: Token, owner: dict[int, LocalEntity], posts: frozenset[str]) -> str:
    """The title right before a person's name, outside it, ending in a post's word (``posts``:
    "Prime Minister" of "Prime Minister X of Y"), lower-cased; empty when none ("study co-author
    X of Y" holds no post at Y)."""
    entity = owner.get(name.i)
    if entity is None or entity.subtype != "Person":
        return ""
    start = next((a for a, b in entity.token_spans if a <= name.i < b), name.i)
    words = [c for c in name.lefts if c.dep_ == "compound" and c.i < start and c.i not in owner]
    if not words or words[-1].i != start - 1 or words[-1].lemma_.lower() not in posts:
        return ""
    return " ".join(t.lower_ for t in name.doc[words[0].i : start])


def _occupation(name: Token, child: Token, owner: dict[int, LocalEntity]) -> bool:
    """A common noun between a body's name and a person's name ("CNN anchor Dana X"): the post."""
    holder = owner.get(name.i)
    if holder is None or holder.subtype != "Person" or child.i in owner:
        return False
    if child.dep_ != "compound" or child.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in child.lefts)


def _owner_modifier(head: Token, child: Token, owner: dict[int, LocalEntity]) -> bool:
    """A name before a noun that owns or fields it ("ISIL tanks", "al-Qaida vehicles"), not a kind
    ("IED facilities") nor one of a list ("U.S., German and Canadian companies"); a person's name
    owns no person or place it runs into ("Ana Luis Ruiz", a place NER took for a person)."""
    entity, owned = owner.get(child.i), owner.get(head.i)
    person = entity is not None and entity.subtype == "Person"
    return (
        child.dep_ in ("compound", "nmod")
        and child.pos_ == "PROPN"
        and entity is not None
        and entity.type == "Actor"
        and not (person and owned is not None and (owned.subtype == "Person" or owned.type == PLACE_TYPE))
        and not any(c.dep_ in ("cc", "conj") for c in child.children)
    )


def _names_head(head: Token, child: Token, owner: dict[int, LocalEntity], naming: frozenset[str]) -> bool:
    """A name before what it is, not what it has: a body's class noun ("the al-Qaeda terrorist
    group", ``naming``), or a country or region named after an organisation ("CNN Philippines",
    "BBC Scotland": one name, the organisation's branch there)."""
    if head.lemma_.lower() in naming or head.lower_ in naming:
        return True
    place = owner.get(head.i)
    return head.pos_ == "PROPN" and place is not None and place.type == "Region" and child.i + 1 == head.i


def _pair_heads(doc: Doc) -> list[bool]:
    """Per token, whether ``nominal_pairs`` can yield anything of it: a noun or name, or a word with a
    "between" preposition (``_between_pairs``); read off the token table, so the two thirds of words
    that are neither cost no Token."""
    table = token_table(doc)
    pos, dep, lower, children = table.pos, table.dep, table.lower, table.children
    return [
        pos[i] in ("NOUN", "PROPN") or any(dep[c] == "prep" and lower[c] == "between" for c in children[i])
        for i in range(len(pos))
    ]


def _describes(word: Token, noun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """A name that only describes the unnamed noun it modifies (``compounds.names_owner``: "an NBC
    employee", "the World Cup victory") does not stand for the noun in the noun's relations."""
    return (
        word.head.i == noun.i
        and word.dep_ == "compound"
        and noun.i not in owner
        and not names_owner(noun, owner[word.i], lexicons)
    )


def nominal_edges(doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons) -> list[Triple]:
    """The relations noun phrases state between two entities, one triple each, sentence by sentence."""
    routes, naming = lexicons.terms("route_nouns"), lexicons.terms("naming_heads")
    compass, qualifiers = lexicons.terms("compass_words"), lexicons.terms("post_qualifiers")
    posts = lexicons.terms("role_nouns") | lexicons.terms("titles")
    members = frozenset().union(*(lexicons.terms(name) for name in ACTING_LEXICONS))
    bodies = frozenset().union(*(lexicons.terms(name) for name in BODY_LEXICONS))
    held = frozenset().union(*(lexicons.terms(name) for name in POST_LEXICONS))
    media = lexicons.terms("media_nouns")
    out: list[Triple] = []
    candidates = _pair_heads(doc)
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        sent = doc[first:last]
        provenance = None  # made for the sentence's first edge: most sentences have none
        for i in (i for i in range(first, last) if candidates[i]):
            for head, label, dependant in nominal_pairs(
                doc[i], owner, routes, naming, compass, qualifiers, posts, members, bodies, held
            ):
                source, target = owner.get(head.i), owner.get(dependant.i)
                if source is None or target is None or source.key == target.key:
                    continue
                if _describes(head, doc[i], owner, lexicons):
                    continue  # "an NBC employee in Lisbon": NBC is not in Lisbon
                if label.endswith(" of") and publication_between(dependant, head, media):
                    continue  # "New York magazine reporter X": the magazine's reporter, not New York's
                if provenance is None:
                    provenance = sentence_provenance(sent, index)
                out.append(noun_phrase_triple(source, head, label, target, dependant, provenance, lexicons))
    return out


__all__ = ["coordinated", "nominal_edges", "nominal_pairs"]
