"""The calibrated confidence: what a reader sees in a fact, as the chance the fact is right."""

from __future__ import annotations

import json

import pytest

from graphbuild.calibrate import WEIGHTS_FILE, calibrate, calibrated_confidence, fact_features, load_weights
from graphbuild.calibrate.features import FEATURE_NAMES
from graphbuild.errors import OntologyError
from graphbuild.lexicons import load_lexicons
from graphbuild.model import Argument, Mention, Provenance, Relation, Triple

VERBS = frozenset({"say", "tell"})


def fact(
    subject: str,
    relation: str,
    obj: str,
    sentence: str,
    *,
    lemma: str = "",
    nodes: bool = False,
    **qualifiers,
) -> Triple:
    node = "Actor:x" if nodes else None
    return Triple(
        Mention(subject, 0, len(subject), entity_id=node),
        Relation(relation, lemma or relation),
        Mention(obj, 0, len(obj), entity_id=node),
        Provenance("d", 0, sentence, 0, len(sentence)),
        **qualifiers,
    )


def test_a_speakers_said_in_a_short_sentence_has_the_shapes_of_a_sound_fact():
    said = fact(
        "Mayor Ana Ruiz",
        "said",
        "the bridge would reopen in May",
        "Mayor Ana Ruiz said the bridge would reopen in May.",
        lemma="say",
    )
    features = fact_features(said, VERBS)
    assert list(features) == list(FEATURE_NAMES)
    assert features["reporting"] == 1.0
    assert features["subject_common"] == features["quoted"] == features["object_verb"] == 0.0
    assert features["object_words"] == pytest.approx(6 / 20)


def test_a_cut_clause_in_a_quoted_sentence_shows_its_risks():
    sentence = '"We will not stop," the union said, adding that talks were to struggle on through the night.'
    cut = fact("talks", "were", "to struggle on", sentence, modality="would")
    features = fact_features(cut, VERBS)
    assert (
        features["quoted"]
        == features["subject_common"]
        == features["object_verb"]
        == features["modal"]
        == 1.0
    )
    assert features["reporting"] == 0.0


def test_a_fronted_adverbial_read_into_the_relation_is_a_capital_inside_it():
    fronted = fact("police staff", "are In", "total", "In total, police staff are on duty.")
    assert fact_features(fronted, VERBS)["relation_capital"] == 1.0
    assert (
        fact_features(fact("Kiev", "is in", "Ukraine", "Kiev is in Ukraine."), VERBS)["relation_capital"]
        == 0.0
    )


def test_lengths_are_shares_of_their_caps():
    long = " ".join(["word"] * 90)
    features = fact_features(fact("A", "b", "c", long, arguments=(Argument(Mention("x", 0, 1)),) * 5), VERBS)
    assert features["sentence_words"] == 1.0
    assert features["arguments"] == 1.0


def test_the_bundled_weights_rank_a_sound_fact_above_a_fragment():
    lexicons = load_lexicons()
    weights = load_weights(lexicons.root / WEIGHTS_FILE)
    verbs = lexicons.terms("reporting_verbs")
    sound = fact(
        "Mayor Ana Ruiz",
        "said",
        "the bridge would reopen in May",
        "Mayor Ana Ruiz said the bridge would reopen in May.",
        lemma="say",
    )
    sentence = (
        '"It is over," '
        + " ".join(["the crowd shouted again and again"] * 6)
        + ", as talks were to struggle on."
    )
    fragment = fact("talks", "to struggle", "on", sentence, nodes=True)
    assert (
        0.0
        < calibrated_confidence(fragment, weights, verbs)
        < calibrated_confidence(sound, weights, verbs)
        < 1.0
    )
    assert [t.confidence for t in calibrate([sound], lexicons)] == [
        calibrated_confidence(sound, weights, verbs)
    ]


def test_weights_that_name_other_features_say_to_refit(tmp_path):
    path = tmp_path / WEIGHTS_FILE
    path.write_text(json.dumps({"intercept": 0.5, "weights": {"sentence_words": -1.0}}), encoding="utf-8")
    with pytest.raises(
        OntologyError, match=r"do not match the features.*refit with benchmarks/fit_confidence.py"
    ):
        load_weights(path)


def test_missing_or_broken_weights_say_what_to_do(tmp_path):
    with pytest.raises(
        OntologyError, match=r"no confidence weights at .*copy graphbuild's ontology/confidence.json"
    ):
        load_weights(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"bad confidence weights in .*refit"):
        load_weights(broken)


@pytest.mark.model
def test_the_pipeline_calibrates_what_the_resolver_linked(nlp):
    text = "The Harbor Brigade seized trucks of rifles near Port Leon, officials said."
    with nlp.select_pipes(disable=["graphbuild_confidence"]):
        resolved = nlp(text)._.gb_triples
    calibrated = nlp(text)._.gb_triples
    assert calibrated == calibrate(resolved, load_lexicons())
    assert calibrated and all(0.0 < t.confidence < 1.0 for t in calibrated)


@pytest.mark.model
def test_the_confidence_component_without_triples_says_what_to_add(nlp):
    from graphbuild.errors import GraphbuildError

    component = nlp.get_pipe("graphbuild_confidence")
    doc = nlp.make_doc("A sentence.")
    doc._.gb_triples = None
    with pytest.raises(
        GraphbuildError, match=r"needs doc\._\.gb_triples; add graphbuild_triples and graphbuild_entities"
    ):
        component(doc)
