"""Mending two misparses of reported speech, before any fact is read off the parse.

"Police confirmed two people, aged 15 and 18, were detained": the small English model often takes
the content clause's subject ("two people") as the reporting verb's object and hangs the rest
("were detained") on the verb as a subjectless clause. Read as parsed, the police "confirmed two
people" and someone unnamed "was detained". A finite clause has a subject; a reporting verb takes
a clause or an object, and an object followed by a finite clause with none is that clause's subject.

"The service indicated on Twitter the girl was ill": the model hangs "was" on "indicated" as a
conjunct, with no "and" or comma to coordinate them. Two clauses are not coordinated by nothing; the
second is the verb's content.

"X was arrested in Belgrade, Serbia, the ministry said": the model reads "the ministry" as one more
conjunct of the places and leaves "said" without a subject. A reporting verb after its content takes
the phrase right before it as its speaker.

"X called the mayor's deal \"lousy\"": the model hangs the quoted adjective after the noun on it. An
English adjective stands before its noun; after the object of a verb of naming it is what the object
is called.

"Police stress that the inquiry is ongoing and are urging calm": the model hangs "are urging" on
the content clause's "is". Coordinated verbs that share a subject agree in number; a plural verb
after a singular one goes on with the reporting clause whose verb agrees with it. Likewise a past
verb after ", and" or a modal ("ruled that A was illegal, and directed B": ``raised_conjuncts``).

"The farmer who sued the state over land taken from white farmers, John Smith, has died": the
model hangs the name on the relative clause's last noun; it renames the subject the clause is on
(``relative_appositions``).

"A gunman entered a Carthage, North Carolina nursing home": the model takes the town, after "a", as
the verb's object and hangs the rest ("North Carolina nursing home") on it or on the verb. A name
after "a" and before ", State noun" is a modifier: the town and its state say where the noun is.

"On Friday Velmar Motors announced ...": the model takes the fronted time for a compound of the
name after it, and leaves "On" with no object or gives it the whole "Friday Velmar Motors", leaving
the verb with no subject. A preposition takes an object; the time right after one is that object,
not part of the next name, and a name right before a subjectless verb is its subject.

"The singer has died aged 89": the model hangs "aged" on the verb as its complement and the number
on the verb too, so the fact's object is a bare "aged". The number right after "aged" is the age it
gives; together they say how old.

"The group announced in a recorded message that it would end its campaign": the model hangs the
"that" clause on the noun right before it, so the group announced only "in a message". A verb of
saying takes a clause; a "that" clause after the place or medium it was said in is what was said.

"José Eduardo dos Santos fired the board": the model reads the particle of a Portuguese, Spanish,
Dutch or French name as a verb ("dos" as "does") and NER cuts the name in two. A lower-case name
particle between two capitalised words of a person's name is part of the name.

"the television show Kids Say the Darndest Things": the model parses a title that reads as a
sentence as one. A title a work noun introduces is one name (``work_titles``).

"A magnitude 7.7 earthquake struck": the model makes "A magnitude" a second subject. A scale word
before a number that counts the next noun grades that noun (``graded_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.conditional_clauses import mend_conditional_complements
from graphbuild.extract.deps import SUBJ_DEPS, SUBJ_OR_EXPL_DEPS
from graphbuild.extract.gerund_compounds import mend_gerund_compounds
from graphbuild.extract.gerund_subjects import mend_gerund_subjects
from graphbuild.extract.graded_nouns import mend_graded_nouns
from graphbuild.extract.hyphened_particles import mend_hyphened_particles
from graphbuild.extract.name_particles import mend_name_particles
from graphbuild.extract.phrases import TIME_ENTITIES
from graphbuild.extract.raised_conjuncts import mend_raised_conjuncts
from graphbuild.extract.relative_appositions import mend_relative_appositions
from graphbuild.extract.subjects import verb_number
from graphbuild.extract.work_titles import mend_work_titles
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import forget_token_table, token_table

# Dependencies of a clause the parser hangs on a reporting verb in this misparse.
CLAUSE_DEPS = frozenset({"conj", "ccomp"})
# The auxiliaries that make a clause finite ("were detained", "would be").
FINITE_AUX_DEPS = frozenset({"aux", "auxpass"})
FINITE_AUX_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})


def mend_misparses(doc: Doc, lexicons: Lexicons) -> int:
    """Mend every misparse this module knows. Returns how many were mended.

    The reporting verbs are found once: a mend changes heads and labels, never a lemma, and the
    Tokens found stay valid after the token table is dropped."""
    reporting = verbs_of(doc, lexicons.terms("reporting_verbs"))
    naming = verbs_of(doc, lexicons.terms("naming_verbs"))
    return (
        mend_work_titles(doc, lexicons)  # first: no other mend reads a title's words as a clause
        + mend_reported_subjects(doc, lexicons, reporting)
        + mend_unjoined_content(doc, lexicons, reporting)
        + mend_trailing_speakers(doc, lexicons, reporting)
        + mend_object_predicatives(doc, lexicons, naming)
        + mend_place_modifiers(doc)
        + mend_fronted_times(doc)
        + mend_disagreeing_conjuncts(doc)
        + mend_raised_conjuncts(doc)
        + mend_relative_appositions(doc)
        + mend_ages(doc)
        + mend_medium_content(doc, lexicons, reporting)
        + mend_name_particles(doc)
        + mend_hyphened_particles(doc)
        + mend_gerund_compounds(doc, lexicons)
        + mend_gerund_subjects(doc, lexicons)  # after: a listed compound is no clause
        + mend_graded_nouns(doc)
        + mend_conditional_complements(doc)
    )


def _changed(doc: Doc, mended: int) -> int:
    """``mended``, the Doc's token table (read before, now stale) dropped when anything changed."""
    if mended:
        forget_token_table(doc)
    return mended


def _given_or_found(verbs: list[Token] | None, doc: Doc, lexicons: Lexicons, lexicon: str) -> list[Token]:
    """``verbs`` when the caller found them already (``mend_misparses``), else the Doc's verbs of
    ``lexicons/<lexicon>.txt``."""
    return verbs if verbs is not None else verbs_of(doc, lexicons.terms(lexicon))


def verbs_of(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The tokens whose lemma is one of ``lemmas``, found in the token table (few Tokens made)."""
    column = token_table(doc).lemma_lower
    return [doc[i] for i, lemma in enumerate(column) if lemma in lemmas]


def mend_reported_subjects(doc: Doc, lexicons: Lexicons, verbs: list[Token] | None = None) -> int:
    """Make the object of each reporting verb followed by a finite clause with no subject (and no
    "and" between) the subject of that clause, and the clause the verb's complement. Returns how
    many clauses were mended."""
    mended = 0
    for verb in _given_or_found(verbs, doc, lexicons, "reporting_verbs"):
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objects) != 1:
            continue
        clause = next((c for c in verb.children if _subjectless_clause(verb, objects[0], c)), None)
        if clause is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        objects[0].head, objects[0].dep_ = clause, "nsubjpass" if passive else "nsubj"
        clause.dep_ = "ccomp"
        mended += 1
    return _changed(doc, mended)


def mend_unjoined_content(doc: Doc, lexicons: Lexicons, verbs: list[Token] | None = None) -> int:
    """Make each conjunct clause with its own subject, hung on a reporting verb with no word or
    mark between them, the verb's complement. Returns how many clauses were mended."""
    mended = 0
    for verb in _given_or_found(verbs, doc, lexicons, "reporting_verbs"):
        for clause in [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]:
            between = doc[verb.i + 1 : clause.left_edge.i]
            subject = any(c.dep_ in SUBJ_OR_EXPL_DEPS for c in clause.children)
            if subject and not any(t.dep_ == "cc" or t.is_punct for t in between):
                clause.dep_ = "ccomp"
                mended += 1
    return _changed(doc, mended)


def mend_trailing_speakers(doc: Doc, lexicons: Lexicons, verbs: list[Token] | None = None) -> int:
    """Make the conjunct or apposition right before a subjectless reporting verb that follows its
    content clause (", the ministry said") that verb's subject. Returns how many were mended."""
    mended = 0
    for verb in _given_or_found(verbs, doc, lexicons, "reporting_verbs"):
        if verb.i == 0:
            continue
        if any(c.dep_ in SUBJ_OR_EXPL_DEPS for c in verb.children):
            continue
        content = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        speaker = _listed_before(doc, verb.i - 1)
        if content and speaker is not None and content[0].left_edge.i <= speaker.i:
            speaker.head, speaker.dep_ = verb, "nsubj"
            mended += 1
    return _changed(doc, mended)


def _listed_before(doc: Doc, i: int) -> Token | None:
    """The nearest noun whose phrase ends at token ``i`` and that the parser made one more item of a
    list or an apposition after a comma (", the ministry" in "in A, B, the ministry")."""
    token = doc[i]
    while token.head.i != token.i and token.right_edge.i == i:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("conj", "appos"):
            start = token.left_edge.i
            return token if start > 0 and doc[start - 1].text == "," else None
        token = token.head
    return None


def mend_object_predicatives(doc: Doc, lexicons: Lexicons, verbs: list[Token] | None = None) -> int:
    """Make an adjective hung after the object of a naming verb (``lexicons/naming_verbs.txt``) that
    verb's object predicative. Returns how many were mended."""
    mended = 0
    for verb in _given_or_found(verbs, doc, lexicons, "naming_verbs"):
        if verb.pos_ != "VERB":
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for adjective in [
                c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"
            ]:
                adjective.head, adjective.dep_ = verb, "oprd"
                mended += 1
    return _changed(doc, mended)


def mend_disagreeing_conjuncts(doc: Doc) -> int:
    """Hang a subjectless conjunct verb whose number clashes with the content clause it was hung
    on ("the inquiry is ongoing and are urging") on the clause above, when that one agrees with
    it ("Police stress that …"), with its "and". Returns how many were mended."""
    mended = 0
    table = token_table(doc)  # read before this mend changes the parse, as a list of Tokens would be
    conjuncts = [
        doc[i] for i, dep in enumerate(table.dep) if dep == "conj" and table.pos[i] in ("VERB", "AUX")
    ]
    for conjunct in conjuncts:
        clause = conjunct.head
        above = clause.head
        if clause.dep_ != "ccomp" or any(c.dep_ in SUBJ_OR_EXPL_DEPS for c in conjunct.children):
            continue
        number = verb_number(conjunct)
        subject = [c for c in clause.children if c.dep_ in SUBJ_DEPS]
        if number is None or len(subject) != 1 or subject[0].pos_ not in ("NOUN", "PROPN"):
            continue
        if verb_number(clause) in (None, number) or verb_number(above) != number:
            continue
        if not any(c.dep_ in SUBJ_DEPS for c in above.children):
            continue
        for join in [c for c in clause.children if c.dep_ == "cc" and c.i < conjunct.i]:
            join.head = above
        conjunct.head = above
        mended += 1
    return _changed(doc, mended)


# Articles before a "Town, State noun" phrase: "a Dallas, Texas hospital"; a name is not counted.
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def mend_place_modifiers(doc: Doc) -> int:
    """Make the common noun closing "a Town, State noun" the head of the phrase, in the place of the
    town the model took for it; the town becomes the noun's modifier. Returns how many were mended."""
    mended = 0
    table = token_table(doc)  # read before this mend changes the parse: no Token per word of the Doc
    articles = [
        doc[i] for i, dep in enumerate(table.dep) if dep == "det" and table.lower[i] in INDEFINITE_ARTICLES
    ]
    for article in articles:
        town = article.head
        noun = _noun_after_place(town, article)
        if noun is None or town.head.i == town.i:
            continue
        noun.head, noun.dep_ = town.head, town.dep_
        town.head, town.dep_ = noun, "nmod"
        article.head = noun
        for token in doc[town.i + 1 : noun.i]:
            if not town.i < token.head.i <= noun.i:
                token.head = noun  # the comma and the state: inside the noun's phrase
        mended += 1
    return _changed(doc, mended)


def mend_fronted_times(doc: Doc) -> int:
    """Make the time words right after an objectless preposition its object ("On Friday" of "On
    Friday Velmar Motors announced"), where the model hung them on the next name as compounds.
    Returns how many were mended."""
    mended = 0
    for prep in _fronting_preps(doc):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if any(c.dep_ != "pobj" for c in prep.children) or len(objects) > 1:
            continue
        times = _compound_times_after(prep)
        name = _subject_taken_as_object(prep, objects[0], times) if objects else None
        if not times or (objects and name is None):
            continue
        if name is not None:  # "On [Friday Ford Motor Company] announced": the name is the subject
            name.head, name.dep_ = prep.head, "nsubj"
        last = times[-1]
        last.head, last.dep_ = prep, "pobj"
        for token in times[:-1]:
            token.head = last  # "last Friday": the time's own words stay on it
        mended += 1
    return _changed(doc, mended)


def _subject_taken_as_object(prep: Token, obj: Token, times: list[Token]) -> Token | None:
    """The name ``obj`` a fronted preposition took as its object with the time before it, when it
    stands right before the verb the preposition hangs on and that verb has no subject."""
    verb = prep.head
    return (
        obj
        if times
        and times[-1].head.i == obj.i
        and prep.i < verb.i == obj.i + 1
        and verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJ_OR_EXPL_DEPS for c in verb.children)
        else None
    )


def _fronting_preps(doc: Doc) -> list[Token]:
    """The prepositions ``mend_fronted_times`` looks at, read off the token table before it changes
    the parse: only one followed by a time word hung as a compound can have time words to take
    (``_compound_times_after``), and it makes a Token of those few, not of every word."""
    table = token_table(doc)
    dep, ent_type = table.dep, table.ent_type
    return [
        doc[i]
        for i in range(len(dep) - 1)
        if dep[i] == "prep" and dep[i + 1] == "compound" and ent_type[i + 1] in TIME_ENTITIES
    ]


def _compound_times_after(prep: Token) -> list[Token]:
    """The time words (a DATE or TIME entity) right after ``prep`` that the model hung, as
    compounds, on a name that follows them."""
    doc = prep.doc
    i = prep.i + 1
    times = []
    while i < len(doc) and doc[i].ent_type_ in TIME_ENTITIES and doc[i].dep_ == "compound":
        times.append(doc[i])
        i += 1
    name = doc[i] if i < len(doc) else None
    if not times or name is None or name.ent_iob_ != "B" or name.ent_type_ in TIME_ENTITIES:
        return []
    return times if all(t.head.i >= name.i for t in times) else []


def _noun_after_place(town: Token, article: Token) -> Token | None:
    """The lower-case noun ending "Town, State noun" after ``article`` ("a Carthage, North Carolina
    nursing home"): the town right after the article, a comma, a place the model named, nouns."""
    doc = town.doc
    if town.i != article.i + 1 or not town.is_title or town.i + 2 >= len(doc):
        return None
    if doc[town.i + 1].text != "," or doc[town.i + 2].ent_type_ != "GPE":
        return None
    i = town.i + 2
    while i < len(doc) and doc[i].ent_type_ == "GPE":
        i += 1
    j = i
    while j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].is_lower:
        j += 1
    if j == i:
        return None
    noun = doc[j - 1]
    return None if town.head.i == noun.i or noun.head.i in range(town.i + 1, noun.i) else noun


def _subjectless_clause(verb: Token, obj: Token, clause: Token) -> bool:
    """A finite clause after the object, hung on the verb with no subject and nothing joining it."""
    if clause.dep_ not in CLAUSE_DEPS or clause.i < obj.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJ_OR_EXPL_DEPS for c in clause.children):
        return False
    if not any(c.dep_ in FINITE_AUX_DEPS and c.tag_ in FINITE_AUX_TAGS for c in clause.children):
        return False
    return not any(c.dep_ in ("cc", "mark") and verb.i < c.i < clause.i for c in verb.children) and not any(
        c.dep_ in ("cc", "mark") for c in clause.children if c.i < clause.i
    )


# The word that gives an age right before its number ("died aged 89").
AGE_WORD = "aged"


def mend_ages(doc: Doc) -> int:
    """Hang the number right after "aged" on it, where the model hung both on the verb. Returns how
    many were mended."""
    table = token_table(doc)  # read before this mend changes the parse: no Token per word of the Doc
    mended = 0
    for i in (i for i, word in enumerate(table.lower) if word == AGE_WORD and i + 1 < len(doc)):
        age, number = doc[i], doc[i + 1]
        if number.tag_ == "CD" and number.head.i == age.head.i and age.head.i != age.i:
            number.head, number.dep_ = age, "npadvmod"
            mended += 1
    return _changed(doc, mended)


def mend_medium_content(doc: Doc, lexicons: Lexicons, verbs: list[Token] | None = None) -> int:
    """Make the "that" clause hung on the object of a reporting verb's preposition ("announced in a
    recorded message that …", "denied in a statement on its website that …") the verb's complement,
    where the verb has none and the noun is where or how it was said (``lexicons/medium_nouns.txt``)
    or a name, which has no content ("said on Twitter that …"): a noun with content of its own keeps
    its clause ("adds to the consensus that …", "spoke in reply to claims that …"). Returns how many
    were mended."""
    media = lexicons.terms("medium_nouns")
    mended = 0
    for verb in _given_or_found(verbs, doc, lexicons, "reporting_verbs"):
        if verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        said = (c for c in _medium_clauses(verb) if c.head.pos_ == "PROPN" or c.head.lemma_.lower() in media)
        clause = next(said, None)
        if clause is not None:
            clause.head, clause.dep_ = verb, "ccomp"
            mended += 1
    return _changed(doc, mended)


def _medium_clauses(verb: Token) -> list[Token]:
    """The "that" clauses, with a subject, on the nouns of a chain of prepositional phrases after
    ``verb`` ("in a statement on its website that …")."""
    found, preps = [], [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    while preps:
        noun = next((c for c in preps.pop().children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        preps += [c for c in noun.children if c.dep_ == "prep"]
        found += [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i and _that_clause(c)]
    return found


def _that_clause(clause: Token) -> bool:
    """A clause opened by the conjunction "that" (a ``mark``, whatever its tag) with a subject of its
    own: not a relative clause, whose "that" is its subject or object ("a letter that he wrote")."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    subject = any(c.dep_ in SUBJ_OR_EXPL_DEPS for c in clause.children)
    return subject and bool(marks) and marks[0].lower_ == "that"


__all__ = [
    "mend_ages",
    "mend_disagreeing_conjuncts",
    "mend_fronted_times",
    "mend_medium_content",
    "mend_misparses",
    "mend_name_particles",
    "mend_object_predicatives",
    "mend_place_modifiers",
    "mend_reported_subjects",
    "mend_trailing_speakers",
    "mend_unjoined_content",
]
