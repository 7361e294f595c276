"""Security rules of round 19 (issue 3), from mechanisms two annotators' batches share: an exercise or a unit
named again after a source frame or a possessive of time, police and army work named by its units and the
crimes it pursues (theft, suspects), and overlapping claims to sea or land. Sentences written for the test,
with counter-examples.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


def _after(*texts: str) -> frozenset[str]:
    return frozenset(analyse_text(*texts)[-1].labels)


_DRILL = "Troops from nine countries began a joint exercise on the northern plains on Tuesday."
_MISSION = "The regional bloc agreed to extend its monitoring mission in the border province by a year."


@pytest.mark.parametrize(
    "context, text",
    [
        (_DRILL, "A navy spokesman said the exercise was not aimed at any neighbour."),
        (_DRILL, "Officials in the capital said that the exercises would end with a parade."),
        (_MISSION, "A senior diplomat told reporters the mission had no plans to leave before the vote."),
        (_DRILL, "This year's exercise involves more helicopters than before."),
        (_MISSION, "Last year's mission lost two vehicles to floods."),
    ],
)
def test_a_body_named_again_after_a_frame_or_a_time_possessive_is_security(context: str, text: str) -> None:
    assert "security" not in _labels(text)  # alone it names no security matter
    assert "security" in _after(context, text)


@pytest.mark.parametrize(
    "context, text",
    [
        (_DRILL, "A ministry spokesman said the budget would be published in May."),
        (_DRILL, "This year's harvest was the largest since 2019."),
        ("The two ministers opened a trade fair in the capital.", "An aide said the exercise had been useful."),
        (_DRILL, "The ministers had lunch. They visited a school. They toured a market. They flew home."),
    ],
)
def test_another_subject_or_no_security_sentence_before_is_not(context: str, text: str) -> None:
    assert "security" not in _after(context, text)


def test_the_exercise_carries_only_a_few_sentences() -> None:
    later = ("The ministers had lunch.", "They visited a school.", "They toured a market.", "They flew home.")
    assert "security" not in _after(_DRILL, *later, "A spokesman said the exercise went well.")


@pytest.mark.parametrize(
    "text",
    [
        "We ask our neighbours to train our new rapid reaction units next spring.",
        "Each contingent includes a platoon of engineers and a medical team.",
        "The ministers agreed to share a register of stolen vehicles by the end of the year.",
        "Car thefts along the coastal highway have doubled since the bridge opened.",
        "Under the treaty, suspects can be handed over within a month of a request.",
        "The governors fear that Islamic State recruiters are active in the camps.",
    ],
)
def test_police_and_army_work_named_by_its_units_and_crimes_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The same parties were, as ever, the usual suspects in the coalition talks.",
        "The minister promised a rapid reaction to the floods.",
        "Critics said the election had been stolen from the opposition.",
        "The platform will list the state of every road in the region.",
    ],
)
def test_idioms_and_civil_senses_are_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Their claims to the shelf overlap near the gas field.",
        "Fishing boats keep entering the area where the two states' claims overlap.",
        "Chile's claims beyond the 200-mile line overlap with those of its neighbour.",
        "The overlapping zone between Vietnam's claims and the Philippines' submission holds two reefs.",
        "Rival claims have overlapped in the gulf since the 1970s.",
    ],
)
def test_states_claims_that_overlap_are_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company claims the two schedules overlap.",
        "Their claims about the budget overlap with ours.",
        "Insurance claims overlap with other benefits in the new scheme.",
        "The two festivals overlap by a week this year.",
    ],
)
def test_claims_that_are_statements_or_overlaps_without_claims_are_not(text: str) -> None:
    assert "security" not in _labels(text)


_LINES = "The two states disagree over where their maritime boundary should run under the 1925 treaty."


@pytest.mark.parametrize(
    "text",
    [
        "The two lines leave a wedge of shelf between them.",
        "Their three segments cross a lagoon and two small islands.",
    ],
)
def test_a_count_of_border_lines_named_again_is_security(text: str) -> None:
    assert "security" not in _labels(text)
    assert "security" in _after(_LINES, text)


def test_a_count_of_lines_without_a_border_before_is_not() -> None:
    assert "security" not in _after("The metro opened on Monday.", "The two lines carry 9,000 people an hour.")


@pytest.mark.parametrize(
    "text",
    [
        "The ministers asked for the early reaffirmation of the international boundary, including new beacons.",
        "Surveyors will walk the international frontier from the lake to the sea.",
        "Villagers reported a shooting incident near the river crossing on Sunday.",
        "The shootings of two fishermen strained relations between the neighbours.",
    ],
)
def test_the_international_line_and_shootings_are_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorries queued at the international border crossing for two days.",
        "The film's shooting schedule was moved to the spring.",
    ],
)
def test_a_crossing_and_a_film_shooting_are_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Whether the deal survives may depend less on security than on the price of gas.",
        "The dispute is less about the army than about who pays for the new roads.",
        "For voters, the choice turned less on defence than on jobs.",
    ],
)
def test_a_matter_said_to_count_less_is_not_the_subject(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The islands have less security than before, the governor said.",
        "Troops will patrol the border with no less vigour than in past years.",
        "The army has fewer helicopters and less ammunition than it needs.",
    ],
)
def test_less_of_the_matter_itself_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new rules let small traders carry goods worth up to $500 through the border posts.",
        "The two governments extended the opening hours of their border crossings for holiday traffic.",
        "Ministers agreed to keep the border posts open around the clock for trucks carrying fuel.",
    ],
)
def test_border_posts_named_as_places_of_traffic_are_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops reinforced the border posts after the raid.",
        "Smugglers bribed officers at the border posts to let trucks through.",
        "Police at the border crossings seized weapons hidden among the goods.",
    ],
)
def test_border_posts_guarded_or_with_a_security_cue_stay_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pact gives each side a right of hot pursuit up to ten kilometres.",
        "Intelligence officers from both states will exchange reports every month.",
        "A hotline will link field commanders on both banks of the river.",
    ],
)
def test_intelligence_officers_field_commanders_and_hot_pursuit_are_security(text: str) -> None:
    assert "security" in _labels(text)


def test_artificial_intelligence_and_a_salutation_to_commanders_are_not() -> None:
    assert "security" not in _labels("The ministers agreed common rules on artificial intelligence in schools.")
    assert "security" not in _labels("Governor, commanders, friends from the province, good morning.")


@pytest.mark.parametrize(
    "text",
    [
        '"Smugglers do not ask for passports," the mayor said.',
        "Organised crime does not respect frontiers, and our answer cannot either.",
        "Extremism, piracy and fraud do not stop at any border.",
    ],
)
def test_a_saying_that_a_matter_ignores_borders_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels do not control the border any more.",
        "Smugglers do not use the main crossings any more, police said.",
        "Militants do not hold any territory near the capital, the army said.",
        "Our troops do not cross borders without orders.",
    ],
)
def test_a_fact_with_a_definite_subject_or_no_border_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governors proposed a joint industrial park near the border, where plants would process cotton.",
        "A memorandum on veterinary cooperation will help control cattle disease along the border.",
        "Nobody discussed the gold mine straddling the border, which a separate company runs.",
    ],
)
def test_the_border_that_only_locates_another_matter_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops massed near the border on Sunday.",
        "The police will run joint patrols along the border from June.",
        "Villagers near the border reported shelling overnight.",
        "The two countries agreed to demarcate the border by 2028.",
    ],
)
def test_a_border_with_a_security_matter_near_it_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry replaces one sunk by retreating troops in 1945.",
        "The bells, carried off by French soldiers in 1860, were returned to the monastery on Friday.",
        "Most of the statues were removed between 1890 and 1910, some by the crews of naval ships.",
    ],
)
def test_who_did_an_act_of_history_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 1936 convention lets Turkey close the straits to warships in wartime.",
        "The village was shelled by troops on Sunday, the first attack since 2019.",
        "The stretch of border fixed by the 1904 treaty is now patrolled by soldiers.",
    ],
)
def test_no_agent_a_recent_act_or_a_border_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister suspects that the figures were inflated.",
        "She suspects the new rules will raise prices.",
        "Hundreds of shoppers crossed the international border for the holiday sales.",
    ],
)
def test_suspects_as_a_verb_and_crossing_the_international_border_are_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "By 2028 cameras will watch the whole land border, the interior minister said.",
        "The ministers want to treat the eastern border as the bloc's own.",
        "Drones now fly over the southern frontier every night.",
    ],
)
def test_a_stretch_of_the_line_named_by_its_side_or_kind_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Relations soured when the government closed its land borders to trade for a year.",
        "The eastern border town held its first book fair.",
        "A cement plant will be built near the southern border.",
    ],
)
def test_closed_borders_a_border_town_or_a_place_near_the_line_are_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's National Security Council (NSC) chief opened a new school in Tamale.",
        "The State Border Service (SBS) spokesman thanked the volunteers for the flowers.",
    ],
)
def test_a_capitalised_security_name_and_its_acronym_before_an_office_name_who_acts(text: str) -> None:
    assert "security" not in _labels(text)


def test_the_same_name_doing_security_work_stays_security() -> None:
    assert "security" in _labels("The National Security Council (NSC) approved a new counter-terrorism plan.")


_DEFINED = "Officers of the State Security Service (SSS) arrested four men in the port."


def test_an_office_named_by_a_security_acronym_is_who_acts() -> None:
    assert "security" not in _after(_DEFINED, "The SSS chief visited the new stadium on Friday.")
    assert "security" in _after(_DEFINED, "The SSS delegation was led by its deputy director.")


_SECTIONS = "The treaty fixes 27 sections of the state border between the two republics."


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyzstan will receive 1,200 hectares of pasture and a stretch of the river bank.",
        "About 40 square kilometres of farmland pass to the other side under the deal.",
    ],
)
def test_land_a_border_deal_moves_counted_is_security(text: str) -> None:
    assert "security" not in _labels(text)
    assert "security" in _after(_SECTIONS, text)


def test_land_counted_without_a_border_being_fixed_is_not() -> None:
    assert "security" not in _after("The ministers opened a cotton fair.", "Farmers planted 1,200 hectares of cotton.")


def test_theft_of_ideas_or_pay_is_a_trade_or_labour_grievance() -> None:
    assert "security" not in _labels("The trade talks covered subsidies and intellectual property theft.")
    assert "security" not in _labels("Unions want tougher penalties for wage theft in the garment sector.")
