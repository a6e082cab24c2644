"""model_rules: the attribute ruler and lemmatizer stand-ins set exactly what spaCy's own components set."""

from __future__ import annotations

import pytest
import spacy
from spacy.lang.en import English
from spacy.pipeline import AttributeRuler

from graphbuild.model_rules import IndexedAttributeRuler, MemoisedEnglishLemmatizer, speed_up_rules
from graphbuild.nlp import DEFAULT_MODELS, load_parser

# Invented sentences that reach the ruler's special patterns: contractions and PTB tokens, two-word
# forms ("gon na", "Let 's"), an expletive "there", "but" as an adverb, object and subject pronouns.
SENTENCES = (
    "They do n't know if the convoy left Gulu , but the army said it was gon na retake the depot .",
    "Let 's be clear: there is no ceasefire, y' all, and I ai n't leaving until you tell me why.",
    "The leaves fell while the minister leaves for talks; she had warned him and it worried us.",
    "-LRB- Reuters -RRB- `` We did what we had to do , '' said the spokesman , who has since resigned .",
)


def signature(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def stock():
    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English model installed")


def test_graphbuild_pipelines_use_the_stand_ins():
    kinds = {type(pipe) for _, pipe in load_parser().pipeline}
    assert {IndexedAttributeRuler, MemoisedEnglishLemmatizer} <= kinds


def test_the_stand_ins_set_what_spacys_components_set(stock):
    fast = spacy.load(stock.path)
    speed_up_rules(fast)
    for text in SENTENCES:
        assert signature(fast(text)) == signature(stock(text))
    # memoised answers are the same the second time round
    twice = SENTENCES * 2
    assert [signature(d) for d in fast.pipe(twice)] == [signature(d) for d in stock.pipe(twice)]


def test_a_ruler_with_an_operator_keeps_spacys_matcher():
    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], {"LEMMA": "large"}, index=-1)
    speed_up_rules(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert [t.lemma_ for t in nlp("a very very big gun")] == ["", "", "", "large", ""]


def test_a_ruler_given_new_patterns_uses_them():
    nlp = English()
    ruler: AttributeRuler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "rpg"}]], {"POS": "PROPN"})
    speed_up_rules(nlp)
    assert [t.pos_ for t in nlp("an rpg hit")] == ["", "PROPN", ""]
    ruler.add([[{"LOWER": "hit"}]], {"POS": "VERB"})
    assert [t.pos_ for t in nlp("an rpg hit")] == ["", "PROPN", "VERB"]
