"""How actor mentions are cut from a sentence (issue 3): a verb that is also a collective noun, a comma
between a name and its description, a portfolio listed with commas, events named like people, a clause of
place between a subject and its verb, and a sentence-initial common noun. Each case printed a visibly wrong
actor in a briefing before ("the vice Admiral X heads", "Aidarbek Saparov (Kazakhstan), Agriculture and
Light Industry", "Golden Eagle Festival"). Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.actors import find_mentions
from briefing.lexicon import load_lexicon
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_mentions(tokens(text), load_lexicon(), (), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Major General Sutrisno heads the army command in Papua.",
        "Brigadier Okello heads Uganda's contingent, which guards the airport.",
        "Colonel Bako leads the border battalion stationed at Gaya.",
    ],
)
def test_a_verb_that_is_also_a_collective_noun_names_no_group(text: str) -> None:
    found = _mentions(text)
    assert not any(kind == "group" for kind, _ in found)
    assert found[0][0] == "person"


def test_collective_heads_stay_groups() -> None:
    assert ("group", "the ASEAN heads of state") in _mentions("The ASEAN heads of state met in Vientiane.")


def test_a_comma_ends_a_bodys_name() -> None:
    found = _mentions("Bakamla, Indonesia's Maritime Security Agency, patrols the straits.")
    assert ("body", "Indonesia's Maritime Security Agency") in found
    assert not any("Bakamla Indonesia" in name for _, name in found)


def test_an_apostrophe_or_an_abbreviation_does_not_end_a_bodys_name() -> None:
    names = [name for _, name in _mentions("The Tour Operators' Association and the U.S. Treasury disagreed.")]
    assert any("Tour Operators" in n and "Association" in n for n in names)
    assert any("U.S" in n and "Treasury" in n for n in names)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "The talks were led by Economy Minister Ana Rojas and the Minister of Food, Agriculture and Fisheries "
            "of Peru.",
            "the Minister of Food, Agriculture and Fisheries of Peru",
        ),
        (
            "The Minister of Trade, Industry and Tourism of Ghana met the press.",
            "the Minister of Trade, Industry and Tourism of Ghana",
        ),
    ],
)
def test_a_portfolio_listed_with_commas_is_one_office(text: str, office: str) -> None:
    found = _mentions(text)
    members = [n.name for m in find_mentions(tokens(text), load_lexicon(), (), text) for n in m.members]
    names = [name for _, name in found] + members
    assert office in names
    assert not any(name in ("Agriculture", "Industry", "Fisheries", "Tourism") for name in names)


def test_a_portfolio_comma_before_a_name_still_gives_the_name() -> None:
    assert ("person", "Ana Rojas") in _mentions("The Minister of the Interior, Ana Rojas, said so.")


@pytest.mark.parametrize(
    "text",
    [
        "Hunters rode out for the opening of the annual Silver Horse Festival, which drew a record crowd.",
        "Riders came for the Blue Lake Games, which end on Sunday.",
        "Pilgrims crowded the Old Harbour Cathedral, which reopened in May.",
    ],
)
def test_events_and_venues_named_like_people_are_not_people(text: str) -> None:
    assert not any(kind == "person" for kind, _ in _mentions(text))


def test_a_clause_of_place_between_subject_and_verb_is_an_aside() -> None:
    out = analyse_text(
        "Chad, where a small Belgian training team still shares a base with the national army, has asked for "
        "the mission to be reviewed next year."
    )
    assert "proposal" in out[-1].labels and out[-1].actor == "Chad"


def test_a_sentence_initial_common_noun_is_written_in_lower_case() -> None:
    out = analyse_text("Officials from Peru and Chile on Monday agreed to open a second border crossing.")
    assert out[-1].actor is not None and out[-1].actor.startswith("the officials from")
