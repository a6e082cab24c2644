"""Extraction with the real pipeline: a table of news sentences and their exact triples (read it
as the spec), the seed article's key facts, and the spaCy component."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphbuild.extract import extract_triples
from graphbuild.nlp import load_parser

from .parsed import qualified, triple_strings

pytestmark = pytest.mark.model

# (phenomenon, sentence, every triple: "subject | relation | object [| role argument ...]")
TABLE = [
    (
        "passive with agent",
        "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder.",
        ["A 25-year-old man | was arrested by | Thames Valley Police | on suspicion of murder"],
    ),
    (
        "coordinated verbs, negation",
        "Facebook did not censor the story but limited its spread on their platform.",
        ["Facebook | did not censor | the story", "Facebook | limited | its spread | on their platform"],
    ),
    (
        "relative clause",
        "He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike.",
        [
            "He | was being met by | Abu Mahdi al-Muhandis",
            "Abu Mahdi al-Muhandis | was also killed in | the airstrike",
        ],
    ),
    (
        "relative clause, possessive",
        "India's jackals face attention from poachers, who sell the parts.",
        [
            "India's jackals | face | attention | from poachers",
            "poachers | sell | the parts",
            "India | has | jackals",
        ],
    ),
    (
        "coordinated objects, apposition",
        "In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both "
        "Israel and the United States for the attack.",
        [
            "Ahmed al-Assadi | blamed | Israel | in a statement | for the attack",
            "Ahmed al-Assadi | blamed | the United States | in a statement | for the attack",
            "Ahmed al-Assadi | is | a spokesman for the PMF",
            "Ahmed al-Assadi | is a spokesman for | the PMF",
        ],
    ),
    (
        "place in place, copula, participle",
        "Robert Gabriel Mugabe was born in 1924 in Kutama, Zimbabwe, when the country was a British colony "
        "called Southern Rhodesia.",
        [
            "Robert Gabriel Mugabe | was born in | 1924 in Kutama",
            "the country | was | a British colony",
            "a British colony | was called | Southern Rhodesia",
            "Kutama | is in | Zimbabwe",
        ],
    ),
    (
        "reported belief, control, modality",
        "Some witnesses claim he did not appear to be carrying any arms, but wore a heavy coat that may have "
        "concealed a weapon.",
        [
            "Some witnesses | claim | he did not appear to be carrying any arms",
            "he | did not appear to be carrying | any arms",
            "Some witnesses | wore | a heavy coat",
            "a heavy coat | may have concealed | a weapon",
        ],
    ),
    (
        "control with participle, relative clause",
        "AQIM, which emerged in 2007, has turned it into a rear base, integrating into local tribes through "
        "marriage and seeking to drive a wedge between the government and local populations.",
        [
            "AQIM | emerged in | 2007",
            "AQIM | has turned | it | into a rear base",
            "AQIM | integrating into | local tribes | through marriage",
            "AQIM | seeking to drive | a wedge between the government and local populations",
        ],
    ),
]


@pytest.mark.parametrize(("phenomenon", "sentence", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_extract_triples_table(nlp, phenomenon: str, sentence: str, expected: list[str]):
    assert triple_strings(nlp(sentence)) == expected


def test_extract_triples_qualifiers_of_reported_negated_hedged_claim(nlp):
    doc = nlp(
        "Some witnesses claim he did not appear to be carrying any arms, but wore a heavy coat that may "
        "have concealed a weapon."
    )
    assert qualified(doc) == {
        "Some witnesses | claim | he did not appear to be carrying any arms": (False, None, None),
        "he | did not appear to be carrying | any arms": (True, "appear", "Some witnesses"),
        "Some witnesses | wore | a heavy coat": (False, None, None),
        "a heavy coat | may have concealed | a weapon": (False, "may", None),
    }


def test_extract_triples_analysts_say_attributes_and_hedges(nlp):
    doc = nlp(
        "The group, believed to number no more than a few hundred, has taken advantage of poor cross-border "
        "coordination, analysts say."
    )
    found = qualified(doc)
    assert found["The group | believed to number | no more than a few hundred"] == (
        False,
        "believed",
        "analysts",
    )
    assert found["The group | has taken | advantage"] == (False, None, "analysts")


@pytest.mark.parametrize(
    ("sentence", "content", "expected"),
    [
        (
            "The army denied that soldiers fired on protesters.",
            "soldiers | fired on | protesters",
            (True, None, "The army"),
        ),
        (
            "The army did not deny that soldiers fired on protesters.",
            "soldiers | fired on | protesters",
            (False, None, "The army"),
        ),
        (
            "There is no evidence that Iran supplied the rockets.",
            "Iran | supplied | the rockets",
            (True, None, None),
        ),
        (
            "Police said there were no signs that the militants used chemical weapons.",
            "the militants | used | chemical weapons",
            (True, None, "Police"),
        ),
        (
            "Investigators found evidence that the rebels used rockets.",
            "the rebels | used | rockets",
            (False, None, None),
        ),
        (
            "There is no doubt that the rebels seized the town.",
            "the rebels | seized | the town",
            (False, None, None),
        ),
        (
            "Reports that troops had entered Gao surfaced on Monday.",
            "troops | had entered | Gao",
            (False, "alleged", None),
        ),
        (
            "The ministry dismissed reports that troops had entered Gao.",
            "troops | had entered | Gao",
            (True, "alleged", "The ministry"),
        ),
        (
            "Officials rejected claims that the rebels had seized the airport.",
            "the rebels | had seized | the airport",
            (True, "alleged", "Officials"),
        ),
    ],
)
def test_extract_triples_denied_unfounded_and_alleged_content(nlp, sentence, content, expected):
    assert qualified(nlp(sentence))[content] == expected


@pytest.mark.xfail(
    reason="existential 'there is no proof' has no subject; no triple carries the negation yet"
)
def test_extract_triples_existential_negation(nlp):
    doc = nlp("Others say there is no proof yet.")
    assert any(negated for negated, _, _ in qualified(doc).values())


@pytest.mark.xfail(reason="the parser attaches 'but failed' to the main clause, so the subject is wrong")
def test_extract_triples_relative_with_interrupted_control(nlp):
    doc = nlp(
        "Much of the focus has been on missing SA-7 shoulder-launched missiles, used by al Qaeda operatives "
        "who tried, but failed, to shoot down an Israeli charter plane in Kenya in 2002."
    )
    assert "al Qaeda operatives | failed to shoot down | an Israeli charter plane in Kenya | in 2002" in (
        triple_strings(doc)
    )


def _seed_triples(seed_graph) -> dict[str, object]:
    return {f"{t.subject.text} | {t.relation.text} | {t.object.text}": t for t in seed_graph.triples}


def test_extract_triples_seed_president_warns_they_could_become_the_force(seed_graph):
    triples = _seed_triples(seed_graph)
    warns = triples["Chad's president | warning | they could become the best-equipped force in the region"]
    become = triples["they | could become | the best-equipped force in the region"]
    assert become.modality == "could" and become.attributed_to == "Chad's president"
    assert not warns.negated


def test_extract_triples_seed_fighters_received_convoys_attributed_to_governments(seed_graph):
    received = [t for t in seed_graph.triples if t.relation.text == "have received"]
    assert [t.subject.text for t in received] == ["fighters of al Qaeda in the Islamic Maghreb"]
    assert received[0].object.text.startswith("convoys of weapons including SA-7 missiles")
    assert received[0].attributed_to == "governments in the Sahel"


def test_extract_triples_seed_emergencies_director(seed_graph):
    assert "Peter Bouckaert | is emergencies director at | Human Rights Watch" in _seed_triples(seed_graph)


def test_extract_triples_confidence_ranks_clauses_above_possessives(nlp):
    triples = list(extract_triples(nlp("India's jackals face attention from poachers, who sell the parts.")))
    by_relation = {t.relation.text: t.confidence for t in triples}
    assert by_relation["face"] > by_relation["sell"] > by_relation["has"]
    assert all(0 < t.confidence < 1 for t in triples)


def test_graphbuild_triples_component_sets_doc_extension():
    pipeline = load_parser()
    pipe = pipeline.add_pipe("graphbuild_triples", config={"min_confidence": 0.5})
    try:
        doc = pipeline("Facebook did not censor the story but limited its spread on their platform.")
        assert isinstance(doc, Doc)
        assert [(t.subject.text, t.relation.text, t.object.text) for t in doc._.gb_triples] == [
            ("Facebook", "did not censor", "the story"),
            ("Facebook", "limited", "its spread"),
        ]
        assert pipe.min_confidence == 0.5
    finally:
        pipeline.remove_pipe("graphbuild_triples")
