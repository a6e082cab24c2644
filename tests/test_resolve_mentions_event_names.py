"""One name, one occasion (graphbuild.resolve.mentions.event_names)."""

from __future__ import annotations

from graphbuild.resolve.mentions.event_names import event_mentions
from graphbuild.resolve.mentions.mention import EntityMention


def mention(start: int, text: str, kind: tuple[str, str], source: str = "ner", codes=()) -> EntityMention:
    return EntityMention(start, start + 2, text, text, kind[0], kind[1], source, codes)


def test_a_name_ner_tags_an_event_once_is_the_event_where_ner_guessed_a_place():
    # "Nadal won the Kestrel Open" (EVENT), then "a title in Kestrel Open" (LOC, no gazetteer's)
    found = [
        mention(0, "Kestrel Open", ("Other", "Event")),
        mention(9, "Kestrel Open", ("Region", "GeoRegion")),
        mention(20, "Kestrel Open", ("Actor", "Organization")),
    ]
    assert {(m.type, m.subtype) for m in event_mentions(found)} == {("Other", "Event")}


def test_a_place_a_gazetteer_knows_keeps_its_type_beside_an_event_of_its_name():
    found = [
        mention(0, "Monaco", ("Other", "Event")),
        mention(9, "Monaco", ("Region", "Country"), "place", (("iso3166", "MC"),)),
    ]
    assert event_mentions(found)[1].type == "Region"
