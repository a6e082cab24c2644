"""Names NER took for a body or a place that are a person's (graphbuild.resolve.mentions.person_posts)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from .found_mentions import found_mentions, mention_names


def _tagged(nlp, text: str, name: str, label: str) -> dict[str, tuple[str, str]]:
    """Mentions of ``text`` where NER is made to tag ``name`` with ``label`` (as it does in news)."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    span = Span(doc, start, start + len(name.split()), label=label)
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return {m.text: (m.type, m.subtype) for m in found_mentions(nlp, doc)}


@pytest.mark.model
def test_a_post_named_after_its_seat_is_its_holder_not_a_place(nlp):
    text = "The plan was backed by the Archbishop of Vellmouth, Dr Anna Corrin, and two bishops."
    found = _tagged(nlp, text, "Archbishop of Vellmouth", "GPE")
    assert found["Archbishop of Vellmouth"][0] == "Actor"


@pytest.mark.model
def test_a_mayor_of_a_town_is_a_person(nlp):
    found = _tagged(
        nlp, "The Mayor of Dunmoor said the bridge would reopen in May.", "Mayor of Dunmoor", "GPE"
    )
    assert found["Mayor of Dunmoor"][0] == "Actor"


@pytest.mark.model
def test_a_name_apposed_to_a_former_president_is_a_person(nlp):
    text = "The rules were introduced by the former president of Pakistan, Pervan Mashtoor."
    found = mention_names(nlp, text)
    assert found["Pervan Mashtoor"][1:] == ("Actor", "Person")


@pytest.mark.model
def test_a_republic_of_a_name_stays_a_place(nlp):
    found = _tagged(nlp, "Troops left the Republic of Vardos last week.", "Republic of Vardos", "GPE")
    assert found["Republic of Vardos"][0] == "Region"


@pytest.mark.model
def test_a_district_modifying_the_role_stays_a_place(nlp):
    text = 'Inspector Jane Orme, Kellmoor district policing commander, said, "It is contained."'
    found = _tagged(nlp, text, "Kellmoor", "GPE")
    assert found.get("Kellmoor", ("Region", ""))[0] == "Region"


@pytest.mark.model
def test_a_larger_place_after_a_town_stays_a_place(nlp):
    found = _tagged(nlp, "A journalist in Tarsk, Siberia, died on Wednesday.", "Siberia", "LOC")
    assert found.get("Siberia", ("Region", ""))[0] == "Region"
