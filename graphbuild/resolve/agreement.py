"""Agreement between a pronoun and what it may stand for: number, type, gender, and the pronouns
that stand for nothing ("it is time to …"). Pure functions of a token or a local entity, used by
coreference (``resolve.coref``) and by the edges a phrase's entities take part in."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.lexicons import Lexicons, without_accents
from graphbuild.nlp import lowercase_words
from graphbuild.resolve.entities import LocalEntity, sentence_bounds, sentence_index
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.name_parts import part_of_name
from graphbuild.resolve.placed_people import placed_person

MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PERSON_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# Speaker and addressee pronouns: in news they sit inside quotes and name no earlier entity.
DEICTIC_PRONOUNS = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})
PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
# "We" and "us" in reported words: the body the speaker speaks for ("X, commander of Y, said we …").
GROUP_SPEAKER_PRONOUNS = frozenset({"we", "us"})
# The pronouns coreference looks an antecedent up for.
RESOLVED_PRONOUNS = PRONOUNS | GROUP_SPEAKER_PRONOUNS
# Phrases that only point back, with no noun of their own ("the latter said", "Both were
# Boeing 777s"): left unresolved they name nobody, like a bare pronoun.
ANAPHORIC_PHRASES = frozenset(
    {"the latter", "the former", "the one", "the other", "the others", "both", "the two", "the first"}
)
BARE_PRONOUNS = (
    PRONOUNS
    | DEICTIC_PRONOUNS
    | ANAPHORIC_PHRASES
    | frozenset({"this", "these", "those", "one", "someone", "others"})
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Articles a person's name never takes: "he drove a Lada Niva" (a kind of thing, not one person).
INDEFINITE_ARTICLES = frozenset({"a", "an", "another"})


def compatible(pronoun: str, entity: LocalEntity, lexicons: Lexicons, *, subject: bool = False) -> bool:
    """Whether ``entity`` can be what ``pronoun`` stands for (number and type).

    Collective actors (``lexicons/collective_subtypes.txt``) are ``they`` even in the singular, and
    ``it`` unless they are a mere ``Group``.

    A place is ``it`` only when it is the subject of its clause (``Northern Kenya is poor… X has
    turned it into a base``): places sit in most sentences as settings, and a setting is rarely
    what a later ``it`` means.
    """
    collective = entity.subtype.lower() in lexicons.terms("collective_subtypes")
    if pronoun in PERSON_PRONOUNS:
        return entity.type == "Actor" and entity.subtype in ("Person", "Role") and not entity.plural
    if pronoun in PLURAL_PRONOUNS:
        if entity.type == "Weapon":
            return entity.plural or not entity.generic
        return entity.type == "Actor" and (entity.plural or collective)
    if pronoun in THING_PRONOUNS:
        if entity.plural and entity.generic:
            return False
        if entity.type == "Actor":
            return collective and entity.subtype != "Group"
        if entity.type == "Region":
            return pronoun == "its" or (subject and not entity.plural)
        return entity.type == "Weapon"
    return False


def gender_of(entity: LocalEntity, doc: Doc, lexicons: Lexicons) -> str | None:
    """``male``/``female`` from a title or noun in or just before a mention ("Mrs Hale", "the queen").

    None without such evidence: a name alone says nothing, and then either pronoun may fit.
    """
    masculine, feminine = lexicons.terms("masculine_words"), lexicons.terms("feminine_words")
    found = set()
    for start, end in entity.token_spans:
        for token in doc[max(0, start - 2) : end]:
            word = token.lower_
            found |= {"male"} if word in masculine else {"female"} if word in feminine else set()
    return found.pop() if len(found) == 1 else None


def agrees_in_gender(pronoun: str, entity: LocalEntity, doc: Doc, lexicons: Lexicons) -> bool:
    """Whether a person pronoun's gender fits: a name the document shows to be an organisation
    (``organisation_evidence``) or a place (``placed_person``) is neither "he" nor "she"."""
    if pronoun not in PERSON_PRONOUNS:
        return True
    if organisation_evidence(entity, doc, lexicons) or placed_person(entity, doc, lexicons):
        return False  # "Dawn", a daily; "Hematabad, Raiganj and Kiran Dighi", towns NER took for people
    if part_of_name(entity, doc, lexicons):
        return False  # "the Bartlett Park District", "His Honour": no person's name
    gender = (
        gender_of(entity, doc, lexicons)
        or given_name_gender(entity, doc, lexicons)
        or pronoun_gender(entity, doc)
    )
    if gender is None:
        return True
    return (gender == "male") == (pronoun in MASCULINE_PRONOUNS)


def given_name_gender(entity: LocalEntity, doc: Doc, lexicons: Lexicons) -> str | None:
    """``male``/``female`` from the first word of a full name ("Peggy Whitson", "Frank-Walter
    Steinmeier"), when that word is a given name used for one gender
    (``lexicons/{male,female}_given_names.txt``, or the commonest names a little less one-sided,
    ``*_given_names_common.txt``: George, Harriet); names used for both constrain nothing. A name
    of one word may be a surname, so only names of two or more words count."""
    lists = {
        gender: (lexicons.terms(f"{gender}_given_names"), lexicons.terms(f"{gender}_given_names_common"))
        for gender in ("male", "female")
    }
    found = set()
    for start, end in entity.token_spans:
        if end - start < 2 or doc[start].pos_ != "PROPN":
            continue
        word = without_accents(doc[start].lower_)
        for given in (word, word.split("-")[0]):
            genders = {g for g, names in lists.items() if any(given in n for n in names)}
            if genders:
                found |= genders
                break
    return found.pop() if len(found) == 1 else None


def pronoun_gender(entity: LocalEntity, doc: Doc) -> str | None:
    """``male``/``female`` from the pronouns of a sentence where the entity is the only person named
    ("Judge Sirait added as he adjourned the trial": Sirait is "he"); None when they disagree."""
    found: set[str] = set()
    for start, end in entity.token_spans:
        people, genders = _people_and_pronouns(doc, sentence_index(doc, start))
        if not any(not start <= i < end for i in people):
            found.update(genders)
    return found.pop() if len(found) == 1 else None


def _people_and_pronouns(doc: Doc, index: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The PERSON tokens of sentence ``index`` and the genders of its personal pronouns, read once
    per sentence and kept on the Doc: coreference asks about the same sentences for every pronoun."""
    cache = doc.user_data.setdefault("gb_sentence_people", {})
    if index not in cache:
        first, last = sentence_bounds(doc)[index]
        people, genders = [], set()
        for token in doc[first:last]:
            if token.ent_type_ == "PERSON":
                people.append(token.i)
            if token.pos_ == "PRON" and token.lower_ in MASCULINE_PRONOUNS:
                genders.add("male")
            elif token.pos_ == "PRON" and token.lower_ in FEMININE_PRONOUNS:
                genders.add("female")
        cache[index] = (tuple(people), tuple(sorted(genders)))
    return cache[index]


def people_word(entity: LocalEntity, doc: Doc) -> bool:
    """ "the Afghan … he": an entity named only by a nationality, ethnic or religious group's word
    (NER ``NORP`` on the last word of every mention) is a people, not one person; nor is it what
    "the network" refers to. A name NER once took for a group ("Hawkins") is still a person."""
    spans = [(start, end) for start, end in entity.token_spans if end > start]
    return bool(spans) and all(doc[end - 1].ent_type_ == "NORP" for _, end in spans)


def organisation_evidence(entity: LocalEntity, doc: Doc, lexicons: Lexicons) -> bool:
    """ "In an interview with Dawn, she …": a name the tagger read as a person once, but which the
    document shows to be an organisation or a thing, never stands for "he" or "she". Evidence: an
    article right before the name ("the Dawn reported"; "driving a Lada Niva": a person's name
    takes no "a"), or a press or broadcaster noun (``lexicons/media_nouns.txt``) the name modifies,
    follows or stands in apposition to ("the Dawn newspaper", "radio station Dawn FM", "Dawn, a
    daily"), or a name ending in an organisation's head noun
    (``lexicons/organization_heads.txt``: "Anchorage Fire Dept", "Valdora Press Bureau") and never
    shortened to one word, as a person's surname would be ("Frank Church … Church said"). The
    tagger's ``ORG`` is none: it reads many surnames so."""
    media = lexicons.terms("media_nouns")
    if _headed_as_body(entity, doc, lexicons.terms("organization_heads")):
        return True
    for start, end in entity.token_spans:
        if end <= start or lowercase_words(doc, start, end):
            continue  # "the gunman" given to a person is a description, not "the" before a name
        span = doc[start:end]
        if _article_before(span, named=entity.subtype == "Person"):
            return True
        root = span.root
        related = [root.head] if root.dep_ in ("compound", "appos") else []
        related += [c for c in root.children if c.dep_ == "appos"]
        related += _noun_before(root, start)
        if any(t.lemma_.lower() in media and t.pos_ == "NOUN" for t in related):
            return True
    return False


def _article_before(span: Span, *, named: bool) -> bool:
    """ "the Dawn reported", "driving a Lada Niva": an article that determines the name itself. An
    indefinite one counts only before a person's name with a proper noun head ("an official for X"
    and "a Senator" are descriptions of a role), and not after "be", where a person is a type
    ("before there was a Kara Lin")."""
    start, doc = span.start, span.doc
    if start == 0 or doc[start - 1].head.i not in range(start, span.end):
        return False
    word = doc[start - 1].lower_
    if word == "the":
        return True
    root = span.root
    return named and word in INDEFINITE_ARTICLES and root.pos_ == "PROPN" and root.head.lemma_ != "be"


def _noun_before(root: Token, start: int) -> list[Token]:
    """The common noun nearest before a name that modifies it ("radio station Dawn FM": station);
    only the nearest, since in "radio presenter Kara Lin" the earlier noun describes the later."""
    nouns = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < start]
    return nouns[-1:]


def _headed_as_body(entity: LocalEntity, doc: Doc, heads: frozenset[str]) -> bool:
    """Whether every mention is a name of two or more words whose last word is a body's head noun."""
    spans = [(start, end) for start, end in entity.token_spans if end > start]
    return bool(spans) and all(
        end - start > 1 and doc[end - 1].is_title and doc[end - 1].lower_.rstrip(".") in heads
        for start, end in spans
    )


# Words that open a clause which can be the real subject of a dummy "it".
CLAUSE_MARKERS = frozenset({"that", "to", "who", "which"})
# Question words open one only as a verb's or adjective's complement: "it is unclear why …",
# "it was not made clear where …" (a wh-clause that modifies a noun or adds a time is no subject).
QUESTION_MARKERS = frozenset({"whether", "where", "why", "how", "when", "what", "who", "which"})
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "csubj"})
# Complements of the expletive's verb that may carry the clause: "it is clear", "made it clear".
PREDICATE_DEPS = frozenset({"acomp", "attr", "dobj", "oprd"})


def is_expletive(token: Token, lexicons: Lexicons) -> bool:
    """``It is natural that…``, ``it would take much … to``, ``it may be the weapons that…``,
    ``it remains unclear why…``, ``it was not made clear where…``.

    An ``it`` whose verb (one of ``lexicons/expletive_verbs.txt``), or the verb's adjective or noun
    complement, has a clause introduced by ``that`` or ``to`` after it, or a complement clause
    opened by a question word, refers to nothing: the clause is the real subject.
    """
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if _reported_it(token, head, lexicons) or _cleft_it(token, head):
        return True
    if token.dep_ not in SUBJECT_DEPS or head.lemma_ not in lexicons.terms("expletive_verbs"):
        return False
    holders = [head, *(c for c in head.children if c.dep_ in PREDICATE_DEPS)]
    for holder in holders:
        for clause in holder.children:
            if clause.i <= token.i or clause.dep_ not in ("ccomp", "xcomp", "csubj", "advcl", "relcl"):
                continue
            markers = CLAUSE_MARKERS | (
                QUESTION_MARKERS if clause.dep_ in QUESTION_CLAUSE_DEPS else frozenset()
            )
            if any(c.i < clause.i and _opens(c, markers) for c in clause.children):
                return True
    return False


def _opens(word: Token, markers: frozenset[str]) -> bool:
    """Whether a clause's child is its opening marker, or a phrase led by one ("how many people")."""
    return word.lower_ in markers or any(c.lower_ in markers and c.i < word.i for c in word.children)


def _reported_it(token: Token, head: Token, lexicons: Lexicons) -> bool:
    """ "It is believed that …", "it was reported the …", "it was known they …": the passive of a
    reporting verb or one of knowing (``lexicons/impersonal_verbs.txt``) with a clause after it says
    who holds the clause (nobody named), not what "it" is."""
    lemma = head.lemma_.lower()
    return (
        token.dep_ == "nsubjpass"
        and (lemma in lexicons.terms("reporting_verbs") or lemma in lexicons.terms("impersonal_verbs"))
        and any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)
    )


def _cleft_it(token: Token, head: Token) -> bool:
    """ "It was during his years at the bank that he …": a cleft whose focus is a phrase of time or
    place (``be`` with a preposition, no noun or adjective complement) and a ``that`` clause after."""
    if token.dep_ not in SUBJECT_DEPS or head.lemma_ != "be" or token.i > head.i:
        return False
    children = list(head.children)
    if any(c.dep_ in ("attr", "acomp") for c in children) or not any(c.dep_ == "prep" for c in children):
        return False
    return any(t.lower_ == "that" and t.i > head.i for t in head.subtree)


def situation_it(pronoun: Token) -> bool:
    """ "it is time for ...", "It's a very serious matter", "it is not clear what ...": an "it"
    that a copula describes stands for a situation, not a named thing."""
    head = pronoun.head
    return (
        pronoun.lower_ == "it"
        and pronoun.dep_ in SUBJECT_DEPS
        and head.lemma_ == "be"
        and any(c.dep_ in ("attr", "acomp") for c in head.children)
    )


def acting_head(noun: Token, lexicons: Lexicons) -> bool:
    """A head noun that names people acting for what its ``of`` names ("fighters of X", "the
    government of X"): X takes part in what they do. "The supreme court of X overruled…" does not
    make X the one who overruled."""
    lemma, word = noun.lemma_.lower(), noun.lower_
    return any(
        w in table
        for w in (lemma, word)
        for table in (_actor_table(lexicons), lexicons.terms("member_nouns"), lexicons.terms("force_nouns"))
    )


# ``actor_nouns.txt`` subtypes of people tied to a name without being it: "Montana residents",
# "Gupta's family members", "Syrian civilians" live in, belong to or suffered at it; "a Customs
# Bureau officer", "Adamov's lawyer" hold a post there (``resolve.nominal`` relates the two).
ATTACHED_PEOPLE_SUBTYPES = frozenset({"Group", "Role"})


def acts_for_owner(noun: Token, lexicons: Lexicons) -> bool:
    """A head whose possessive or compound owner is who acts ("ISIL fighters", "the Iraqi
    government", "Hamas members"): an ``acting_head`` other than people merely attached to the
    owner (``ATTACHED_PEOPLE_SUBTYPES``): "most Montana residents vote by mail" is no act of Montana."""
    if not acting_head(noun, lexicons):
        return False
    modifiers = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if noun.lemma_.lower() == "member":  # "Hamas members" act for Hamas; "family members" do not
        return not any(_attached_people(c, lexicons) for c in modifiers)
    words = (noun.lemma_.lower(), noun.lower_)
    if any(w in lexicons.terms(name) for w in words for name in ("member_nouns", "force_nouns")):
        return True
    return not _attached_people(noun, lexicons)


def apart_from_owner(noun: Token, lexicons: Lexicons) -> bool:
    """A head naming people who are not their owner: "one Immigration Department officer flew
    to Manila" is no flight of the department, "Oregon residents" no act of Oregon."""
    return acting_head(noun, lexicons) and not acts_for_owner(noun, lexicons)


def _attached_people(noun: Token, lexicons: Lexicons) -> bool:
    table = _actor_table(lexicons)
    subtypes = {table[w][1] for w in (noun.lemma_.lower(), noun.lower_) if w in table}
    return bool(subtypes) and subtypes <= ATTACHED_PEOPLE_SUBTYPES


def _actor_table(lexicons: Lexicons) -> dict[str, tuple[str, str]]:
    key = id(lexicons)
    if key not in _ACTOR_NOUNS:
        _ACTOR_NOUNS[key] = typed_nouns(lexicons, "actor_nouns")
    return _ACTOR_NOUNS[key]


_ACTOR_NOUNS: dict[int, dict[str, tuple[str, str]]] = {}


# Binding: where a candidate before a pronoun cannot be what the pronoun stands for.


def bound_by_own_pronoun(candidate: Token, word: str) -> bool:
    """ "his adviser ... he": a noun owned by a pronoun of the same kind is not what it stands for."""
    noun = candidate if candidate.pos_ in ("NOUN", "PROPN") else candidate.head
    kinds = (MASCULINE_PRONOUNS, FEMININE_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS)
    same = next((k for k in kinds if word in k), frozenset())
    return any(c.dep_ == "poss" and c.lower_ in same for c in noun.children)


def inside_verbs_subject(candidate: Token, pronoun: Token) -> bool:
    """ "The manager of the firm called it …": a word inside the subject is not the verb's object."""
    if pronoun.dep_ not in ("dobj", "pobj") or pronoun.lower_.endswith(("self", "selves")):
        return False
    verb = pronoun.head if pronoun.dep_ == "dobj" else pronoun.head.head
    return any(
        c.dep_ in SUBJECT_DEPS and c.left_edge.i <= candidate.i <= c.right_edge.i for c in verb.children
    )


def coargument(candidate: Token, pronoun: Token) -> bool:
    """Subject and non-reflexive object of the same verb cannot be the same thing."""
    if pronoun.lower_.endswith(("self", "selves")) or pronoun.dep_ in SUBJECT_DEPS | {"poss"}:
        return False
    subject = candidate if candidate.dep_ in SUBJECT_DEPS else candidate.head
    return subject.dep_ in SUBJECT_DEPS and subject.head.i == pronoun.head.i


def relative_head(pronoun: Token, owner: dict[int, LocalEntity]) -> set[str]:
    """ "Tom Hale, whom he beat in the final, said…", "the minister who sacked him": a subject or
    object pronoun of a relative clause is not the name the clause hangs on, which fills another
    place of the same verb (the relative's); unless the relative is only its possessor ("Hale, whose
    firm he founded"). Only the name itself: a name further inside the phrase may be meant."""
    verb = pronoun.head
    if (
        pronoun.dep_ not in _CLAUSE_ARGUMENT_DEPS
        or verb.dep_ != RELATIVE_CLAUSE
        or pronoun.lower_.endswith(("self", "selves"))
        or any(t.tag_ == POSSESSIVE_RELATIVE for t in verb.subtree)
    ):
        return set()
    entity = owner.get(verb.head.i)
    return {entity.key} if entity is not None else set()


RELATIVE_CLAUSE = "relcl"
# The spaCy tag of "whose".
POSSESSIVE_RELATIVE = "WP$"
_CLAUSE_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj"}


__all__ = [
    "ATTACHED_PEOPLE_SUBTYPES",
    "BARE_PRONOUNS",
    "DEICTIC_PRONOUNS",
    "FEMININE_PRONOUNS",
    "MASCULINE_PRONOUNS",
    "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS",
    "PRONOUNS",
    "RELATIVE_PRONOUNS",
    "SUBJECT_DEPS",
    "THING_PRONOUNS",
    "acting_head",
    "acts_for_owner",
    "agrees_in_gender",
    "apart_from_owner",
    "bound_by_own_pronoun",
    "coargument",
    "compatible",
    "gender_of",
    "given_name_gender",
    "inside_verbs_subject",
    "is_expletive",
    "organisation_evidence",
    "people_word",
    "pronoun_gender",
    "relative_head",
    "situation_it",
]
