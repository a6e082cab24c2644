"""Everything finding mentions looks words up in, built once per pipeline and ontology folder."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.mentions.countries import country_matcher
from graphbuild.resolve.mentions.gazetteer import GazetteerMatcher
from graphbuild.resolve.mentions.nouns import NOUN_LEXICONS, typed_nouns


@dataclass(frozen=True)
class MentionTables:
    """Phrase matchers and word tables of one pipeline's vocabulary and one ontology folder.

    Building the matchers reads the whole gazetteer and every country name, so the
    ``graphbuild_entities`` component builds them once and passes them to each source.
    ``nouns`` lists each noun lexicon's table under its entity type, in lookup order.
    """

    gazetteer: GazetteerMatcher
    countries: PhraseMatcher
    nouns: tuple[tuple[str, dict[str, tuple[str, str]]], ...]
    titles: frozenset[str]
    compass_words: frozenset[str]
    stative_verbs: frozenset[str]
    territory_nouns: frozenset[str]
    lexicons: Lexicons  # the folder's other lists, for coreference

    @classmethod
    def build(cls, nlp: Language, lexicons: Lexicons) -> MentionTables:
        return cls(
            gazetteer=GazetteerMatcher.build(nlp, lexicons),
            countries=country_matcher(nlp, lexicons),
            nouns=tuple((type_, typed_nouns(lexicons, name)) for name, type_ in NOUN_LEXICONS),
            titles=frozenset(t.lower() for t in lexicons.terms("titles")),
            compass_words=lexicons.terms("compass_words"),
            stative_verbs=lexicons.terms("stative_verbs"),
            territory_nouns=lexicons.terms("territory_nouns"),
            lexicons=lexicons,
        )

    def noun_table(self, type_: str) -> dict[str, tuple[str, str]]:
        """The noun lexicon of an entity type: form -> (canonical, subtype)."""
        return next(table for t, table in self.nouns if t == type_)
