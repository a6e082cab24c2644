"""Rule-based coreference: pronouns to antecedents, and triples linked to the entities they are about.

Personal pronouns resolve only on clear evidence: the subject of reported words is their
speaker ("the bank said it would appeal"); else the one compatible entity (number, gender, type)
in their own sentence, else in the nearest of ``ANTECEDENT_WINDOW`` sentences back that has one;
when two fit, the pronoun stays unresolved. One from an earlier sentence must be what that
sentence is about (``resolve.salience``: its subject or named source, or taken up there by a
pronoun), or the only one that fits in the whole window. A pronoun inside a quotation looks for its
antecedent inside the same quotation. Relative pronouns take the noun
their clause modifies; "I" in a quotation is its speaker. A triple whose subject or object is a
bare pronoun with no antecedent says nothing a reader can use and is left out of the graph, and so
is a quoted fact whose speaker is not found: words of nobody named, which no reader can weigh.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from graphbuild.extract.attribution import attribution_of
from graphbuild.extract.coordination import shared_head
from graphbuild.extract.phrases import quote_ids
from graphbuild.extract.qualifiers import QUOTED
from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention, Triple, evolve
from graphbuild.resolve.agreement import (
    BARE_PRONOUNS,
    FEMININE_PRONOUNS,
    GROUP_SPEAKER_PRONOUNS,
    MASCULINE_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    RESOLVED_PRONOUNS,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    acting_head,
    acts_for_owner,
    agrees_in_gender,
    bound_by_own_pronoun,
    coargument,
    compatible,
    gender_of,
    inside_verbs_subject,
    is_expletive,
    organisation_evidence,
    people_word,
    relative_head,
    situation_it,
)
from graphbuild.resolve.canonical import possessor_country
from graphbuild.resolve.compounds import named_modifiers, names_owner, place_word
from graphbuild.resolve.conjunct_ends import split_conjunct_ends
from graphbuild.resolve.contrasted import described_referent
from graphbuild.resolve.craft_subjects import not_a_craft
from graphbuild.resolve.elliptic import bare_number, part_of_pronoun, relative_part
from graphbuild.resolve.entities import LocalEntity, expanded_span, sentence_bounds, sentence_index
from graphbuild.resolve.owners import modifier_within, token_owners, with_missed_names
from graphbuild.resolve.plural_objects import singular_body_as_them
from graphbuild.resolve.possessed_names import possessed_name
from graphbuild.resolve.possessors import owned_by_pronoun, owned_label, possessor
from graphbuild.resolve.predicates import judged_it, thing_predicate
from graphbuild.resolve.referents import (
    apposed_name,
    body_as_they,
    holder_named_next,
    title_referent,
)
from graphbuild.resolve.relatives import relative_antecedent
from graphbuild.resolve.salience import (
    ANTECEDENT_WINDOW,
    addressee,
    described_it,
    fitting,
    inside_noun_phrase,
    is_subject,
    named_in_own_clause,
    named_source,
    objects_of,
    one_of_a_pair,
    place_acted_on,
    reported_source,
    rival,
    rival_role,
    speaks,
    unexcluded,
    unnamed_speaker,
)
from graphbuild.resolve.speakers import (
    addressed_rival,
    direct_speech,
    not_the_speaker,
    quoted_within,
    speaker_body,
)
from graphbuild.resolve.subject_owners import subject_owner_rival
from graphbuild.resolve.thing_threads import earlier_thing_subject


def link_triples(
    doc: Doc, entities: list[LocalEntity], triples: Iterable[Triple], lexicons: Lexicons
) -> list[Triple]:
    """Point each triple's subject and object at the entity it is about.

    A triple with a bare pronoun argument and no antecedent is left out ("it takes advantage of
    its members"): it names nobody, so no query can use it and a reader cannot check it.
    """
    owner = with_missed_names(doc, token_owners(entities))
    out = []
    for t in triples:
        subject, object_ = _link(doc, t.subject, owner, lexicons), _link(doc, t.object, owner, lexicons)
        if subject.entity_id is None and subject.text.strip().lower() in SPEAKER_PRONOUNS:
            subject = _speaker_link(doc, t, subject, owner, lexicons)
        if any(_names_nobody(doc, m) and m.entity_id is None for m in (subject, object_)):
            continue
        if subject.entity_id is None and (bare_number(doc, subject) or part_of_pronoun(doc, subject)):
            continue  # "Nine were confirmed dead", "One of them appeared in court": of whom, said before
        if owned_by_pronoun(doc, subject, lexicons):
            continue  # "His experience is in Iloca", no owner named: whose? no reader can tell
        source = speaker_name(doc, t, owner, lexicons)
        if t.attributed_to and source is None:
            continue  # "one said shots were fired": a claim of nobody named, no stated fact either
        if t.modality == QUOTED and source is None:
            # '"… will have my full support."' with no named speaker: whose words, whose support? On
            # the blind before-sheets of fresh2-15 all 25 such quoted facts were judged wrong
            continue
        linked = evolve(t, subject=subject, object=object_, attributed_to=source)
        out += split_conjunct_ends(doc, linked, owner, lexicons)  # "felt in A and B": in each
    return out


SPEAKER_PRONOUNS = frozenset({"i", "me"})


def _speaker_link(
    doc: Doc, triple: Triple, mention: Mention, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> Mention:
    """ "I will resign," Ana Ruiz said: "I" is the named speaker the fact is attributed to."""
    source, prov = triple.attributed_to, triple.provenance
    if not source or source.strip().lower() in BARE_PRONOUNS:
        return mention
    span = expanded_span(doc, mention.start, mention.end)
    if span is not None and len(span) and quoted_within(span.root, lexicons):
        return mention
    offset = prov.sentence.find(source)
    if offset < 0:
        return mention
    span = expanded_span(doc, prov.char_start + offset, prov.char_start + offset + len(source))
    entity = owner.get(span.root.i) if span is not None and len(span) else None
    if entity is None or entity.type != "Actor" or entity.subtype not in ("Person", "Role"):
        return mention
    if organisation_evidence(entity, doc, lexicons):
        return mention  # '"I saw a fireball," said Anchorage Fire Dept.': "I" is a person, not the body
    return evolve(mention, entity_id=entity.key, entity_label=entity.name)


def speaker_name(doc: Doc, triple: Triple, owner: dict[int, LocalEntity], lexicons: Lexicons) -> str | None:
    """The source a triple is attributed to, a pronoun ("he said") replaced by its antecedent's name.

    A pronoun with no antecedent, and "I", "we", "you", leave the source unknown (None): a pronoun
    is never a source a reader can check.
    """
    source = triple.attributed_to
    if source is None or source.strip().lower() not in BARE_PRONOUNS:
        return source
    word = source.strip().lower()
    if word not in PRONOUNS:
        return None
    prov = triple.provenance
    for token in expanded_span(doc, prov.char_start, prov.char_end) or ():
        if token.lower_ == word and token.dep_ in SUBJECT_DEPS:
            entity = antecedent(token, owner, lexicons)
            return entity.name if entity is not None else None
    return None


def _names_nobody(doc: Doc, mention: Mention) -> bool:
    """A bare pronoun, or a part named only through a relative ("six vehicles, none of which had…")."""
    return mention.text.strip().lower() in BARE_PRONOUNS or relative_part(doc, mention)


def _link(doc: Doc, mention: Mention, owner: dict[int, LocalEntity], lexicons: Lexicons) -> Mention:
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or not len(span):
        return mention
    root = span.root
    entity = owner.get(root.i)
    if entity is not None and shared_head(root) and root.right_edge.i < span.end:
        return mention  # "the Falklands, Balkans and Iraq wars" are wars, not the Falklands
    if entity is not None and modifier_within(span, entity):
        # "Tonga" of "Tonga's prime minister": the owner, not the post ("the country's": the one named)
        entity = possessor_country(span, owner, lexicons)
    if entity is None:
        # "Syrian president Bashar al-Assad's forces", "the US military": the owner of a possessive or
        # compound modifier when the head names people acting for it; "Egypt's stock market", "his
        # mother", "a UN report", "Wang's New York showroom" are not it
        acting = None  # asked only of a phrase with a named modifier of its head (few have one)
        for token in named_modifiers(span, root.i, owner):
            if acting is None:
                acting = acts_for_owner(root, lexicons)
            if (acting or (token.dep_ == "compound" and place_word(root, owner[token.i], lexicons))) and (
                token.dep_ != "compound" or names_owner(root, owner[token.i], lexicons)
            ):
                entity = owner[token.i]
                break
        # "said Mensah's spokesman Lena Ostrova": the title's holder, named next, is who the phrase is
        if entity is not None:
            entity = holder_named_next(span, owner) or entity
    if entity is None:
        entity = apposed_name(span, owner)  # "Lead singer Bono gave …": the parser's close apposition
    if entity is None:  # "the Alaska Supreme Court … The court ruled", "Judge Tom Hale … The judge ruled"
        entity = described_referent(span, owner, lexicons)  # unless "the original judge" (contrasted)
    if entity is None and root.lower_ in RESOLVED_PRONOUNS:
        entity = antecedent(root, owner, lexicons)
    if entity is None:  # "his name": no node, but the label says whose
        found = functools.partial(possessor, owner=owner, lexicons=lexicons, antecedent_of=antecedent)
        label = owned_label(span, mention, found)
        return mention if label is None else evolve(mention, entity_label=label)
    return evolve(mention, entity_id=entity.key, entity_label=entity.name)


def antecedent(
    pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons, *, _depth: int = 0
) -> LocalEntity | None:
    """The entity a pronoun stands for, or None without clear evidence for exactly one."""
    entity = _antecedent(pronoun, owner, lexicons, _depth=_depth)
    if (
        entity is None
        or not body_as_they(pronoun, entity, owner, lexicons)
        or addressed_rival(pronoun, owner, lexicons)
        or thing_predicate(pronoun, lexicons)
        or judged_it(pronoun, lexicons)
        or one_of_a_pair(pronoun, entity)
        or subject_owner_rival(pronoun, entity, owner, lexicons)
        or singular_body_as_them(pronoun, entity, owner)
        or not_a_craft(pronoun, entity, owner, lexicons)  # "the plane took off … it crashed"
        or possessed_name(pronoun, entity)  # "drove his Ferrari Kestra … He was fined"
    ):
        return None
    return title_referent(pronoun, entity, owner, lexicons)


def _antecedent(
    pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons, *, _depth: int = 0
) -> LocalEntity | None:
    word = pronoun.lower_
    if word in RELATIVE_PRONOUNS:
        return relative_antecedent(pronoun, owner, lexicons)
    if word in GROUP_SPEAKER_PRONOUNS:
        return speaker_body(pronoun, owner, lexicons)
    if is_expletive(pronoun, lexicons) or situation_it(pronoun) or _depth > CHAIN_DEPTH:
        return None
    doc = pronoun.doc
    quotes = quote_ids(doc)
    here = quotes[pronoun.i]
    source = _reported_source(pronoun, lexicons) if not here else None
    if source is not None and direct_speech(pronoun, source):
        return None  # '"She knows the law," said Ruiz': in a speaker's own words, "she" is someone else
    if source is not None and source.lower_ in PRONOUNS:
        # "he said he would…"; "he told the forewoman that she…": she is not his
        return (
            antecedent(source, owner, lexicons, _depth=_depth + 1)
            if _same_kind(source, word, lexicons)
            else None
        )
    if source is not None and source.lemma_.lower() not in lexicons.terms("document_nouns"):
        return _speaker(pronoun, source, owner, lexicons)
    bounds = sentence_bounds(doc)
    index = sentence_index(doc, pronoun.i)
    # "Speaking to X, she said…": the one the clause is spoken to is not its speaker, here or before
    excluded = (
        objects_of(pronoun, owner)
        | named_in_own_clause(pronoun, owner)
        | relative_head(pronoun, owner)  # "Kidd, whom he beat, said…": he is not Kidd
        | {owner[i].key for i in range(*bounds[index]) if i in owner and addressee(doc[i], pronoun, lexicons)}
    )
    # own sentence: the compatible entities before the pronoun, outside the pronoun's own phrase
    found: list[tuple[Token, LocalEntity]] = []
    speaker = speaks(pronoun, lexicons)  # '"… Kim was able to …," he said': he is not named in it
    for i in range(pronoun.i - 1, bounds[index][0] - 1, -1):
        if quotes[i] != here and (here or speaker):
            continue  # a quotation is its speaker's own discourse
        before = doc[i]  # made once: each test below reads it
        if (
            _same_kind(before, word, lexicons)
            and quotes[i] == here
            and not coargument(before, pronoun)
            and not bound_by_own_pronoun(before, word)
        ):
            # "Sirhan shot him while he was walking": an earlier pronoun of the same kind is the thread,
            # unless a nearer name fits as well ("he does not think Tom Hale has … where he needs")
            thread = unexcluded(antecedent(before, owner, lexicons, _depth=_depth + 1), excluded)
            return thread if all(e is thread for _, e in found) else None
        if (
            rival(before, word, owner, lexicons)
            and not coargument(before, pronoun)
            and not inside_noun_phrase(pronoun, before)
        ):
            return None  # "the court says it will…": a nearer unnamed noun may be what it means
        entity = owner.get(i)
        if entity is None or entity.key in excluded or (word in PERSON_PRONOUNS and people_word(entity, doc)):
            continue
        if not compatible(word, entity, lexicons, subject=is_subject(before)):
            if word in THING_PRONOUNS and place_acted_on(before, entity, lexicons):
                return None  # "sanctions on Iran unless it reveals…": Iran fits as well
            continue
        if not agrees_in_gender(word, entity, doc, lexicons) or before.head.i == pronoun.i:
            continue
        if (
            coargument(before, pronoun)
            or inside_verbs_subject(before, pronoun)
            or bound_by_own_pronoun(before, word)
        ):
            continue  # "al-Shabaab has turned it into…": a plain pronoun is not its own verb's subject
        found.append((before, entity))
    if found:  # "His novel was… Featuring on Voxa's list, it…": the novel goes on (thing_threads)
        return None if earlier_thing_subject(pronoun, found, owner, lexicons) else _the_one(found, word)
    # earlier sentences: their one compatible entity
    for start, end in reversed(bounds[max(0, index - ANTECEDENT_WINDOW) : index]):
        inside = [i for i in range(start, end) if not here or quotes[i] == here]
        if speaks(pronoun, lexicons) and not here:
            if any(
                (rival(doc[i], word, owner, lexicons) or unnamed_speaker(doc[i], word, owner, lexicons))
                and speaks(doc[i], lexicons)
                for i in inside
            ):
                return None  # '"…," commented a senior official. He added…': the unnamed one goes on
            sources = {
                owner[i].key: owner[i]
                for i in inside
                if i in owner and owner[i].key not in excluded and reported_source(doc[i], lexicons)
            }
            if sources:
                # "Their deaths were announced by NATO. They said…": who speaks goes on speaking
                fit = [e for e in sources.values() if compatible(word, e, lexicons, subject=True)]
                one = fit[0] if len(sources) == 1 and fit else None
                return one if one is not None and agrees_in_gender(word, one, doc, lexicons) else None
        thread = next(
            (
                i
                for i in inside
                if quotes[i] == here and _same_kind(doc[i], word, lexicons) and is_subject(doc[i])
            ),
            None,
        )
        if thread is not None:
            # "He had succeeded Lennon. He first entered…": a subject pronoun carries the topic on
            return unexcluded(antecedent(doc[thread], owner, lexicons, _depth=_depth + 1), excluded)
        if word in THING_PRONOUNS and any(described_it(doc[i]) for i in inside):
            return None  # "X said it could be the biggest operation. It was led by…": the operation
        if any(
            rival(doc[i], word, owner, lexicons) and rival_role(doc[i], pronoun, lexicons) for i in inside
        ):
            return None  # the sentence before is about an unnamed thing that fits as well
        found = fitting(doc, inside, word, owner, excluded, lexicons)
        if found:
            one = _the_one(found, word)
            if one is None or any(is_subject(t) or named_source(t) for t, e in found if e is one):
                return one
            if any(_same_kind(doc[i], word, lexicons) and doc[i].i > found[0][0].i for i in inside):
                # "The board fined Tom Hale and his club. He…": named and taken up by a pronoun in
                # the same sentence, the one fitting entity is what that sentence is about
                return one
            # "A won the final. The race was organised by B. He…": B, named off the subject, is
            # no safer a guess than A, the person the passage is about; and "it", which as often
            # means a state of affairs never named ("It has been worsened by the cold"), takes a
            # body only as a subject or named source of the sentence before ("bought a drone. It…")
            if word in THING_PRONOUNS and one.type == "Actor":
                return None
            window = [i for s, e in bounds[max(0, index - ANTECEDENT_WINDOW) : index] for i in range(s, e)]
            rivals = fitting(
                doc, [i for i in window if not here or quotes[i] == here], word, owner, excluded, lexicons
            )
            return one if all(e is one for _, e in rivals) else None
    return None


# How many pronouns back a pronoun may follow a thread of pronouns of its own kind.
CHAIN_DEPTH = 4


def _same_kind(token: Token, word: str, lexicons: Lexicons) -> bool:
    """A personal pronoun of the same gender and number as ``word`` ("him" for "he") that stands
    for something (not the "it" of "it is illegal")."""
    if token.pos_ != "PRON" or is_expletive(token, lexicons) or situation_it(token):
        return False
    kinds = (MASCULINE_PRONOUNS, FEMININE_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS)
    same = next((k for k in kinds if word in k), frozenset())
    return token.lower_ in same and not token.lower_.endswith(("self", "selves"))


def _reported_source(pronoun: Token, lexicons: Lexicons) -> Token | None:
    """The head of the speaker when the pronoun is the subject of reported words ("Sheriff Lee said
    they arrested…"): only the speaker, or someone the speaker speaks for, can be meant."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    source = attribution_of(pronoun.head, lexicons)
    root = pronoun.doc[source[0] : source[1]].root if source is not None else None
    if root is not None and root.head.lemma_.lower() in lexicons.terms("evidence_verbs"):
        return None  # "phone records show she drove to X": evidence speaks for nobody
    return root


def _speaker(
    pronoun: Token, source: Token, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> LocalEntity | None:
    """ "The bank said it would appeal": the speaker of the reported words, when it fits; else None
    ("Sheriff Lee said they arrested…" means his office, which the text does not name)."""
    entity = owner.get(source.i)
    word = pronoun.lower_
    if entity is None or entity.type != "Actor" or not compatible(word, entity, lexicons, subject=True):
        return None
    if not_the_speaker(pronoun, source, owner, lexicons):
        return None
    return entity if agrees_in_gender(word, entity, pronoun.doc, lexicons) else None


def _the_one(found: list[tuple[Token, LocalEntity]], word: str) -> LocalEntity | None:
    """The only candidate entity (for "they", the only plural one); None when two fit.

    Two fitting entities leave the pronoun open, whatever their roles: "A appointed B. The House
    confirmed him", "the US stands with the Iraqi people as they ...", "said Chaudhry, '... found
    Musharraf guilty ...'. Prosecutors contend he was aware": salience guesses wrong too often.
    """
    entities = {e.key: e for _, e in found}
    if word in PLURAL_PRONOUNS:
        plural = {k: e for k, e in entities.items() if e.plural}
        entities = plural or entities
    return next(iter(entities.values())) if len(entities) == 1 else None


__all__ = [
    "BARE_PRONOUNS",
    "PRONOUNS",
    "RESOLVED_PRONOUNS",
    "acting_head",
    "antecedent",
    "compatible",
    "gender_of",
    "is_expletive",
    "link_triples",
    "speaker_name",
    "token_owners",
    "with_missed_names",
]
