"""Security rules of round 16 (issue 3), studied on four batches by four annotators at once: the border as
what is watched or closed (controls, fence, surveillance, monuments), its phrase ended by a comma, and a pair
of states' adjective read through. Sentences written for the test, with counter-examples.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary will extend its border controls until the end of April.",
        "Engineers finished the last stretch of the border fence before the winter.",
        "The two ministries agreed to pay for new boundary monuments along the desert frontier.",
        "Lithuania asked Brussels for more money for its border surveillance.",
        "Slovakia reintroduced frontier controls on Friday, citing a rise in irregular crossings.",
    ],
)
def test_what_watches_or_closes_the_border_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The border towns held a music festival in June.",
        "Quality controls at the plant were tightened after the recall.",
        "The fence around the new stadium was painted green.",
        "The ministers discussed a surveillance programme for bird flu in poultry farms.",
    ],
)
def test_controls_fences_and_surveillance_without_a_border_are_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The frontier, fixed by a treaty in 1904, follows the crest of the range for most of its length.",
        "Their boundary, much of it never marked on the ground, crosses two large rivers.",
        "The border, which nobody has surveyed since independence, runs for 600 kilometres.",
    ],
)
def test_a_comma_after_the_border_ends_its_phrase(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Goods moved across the border, officials said.",
        "A border, in the economists' view, is mostly a cost for small traders.",
        "Farmers say the canals that cross the border, built in the 1960s, need repair.",
    ],
)
def test_a_comma_does_not_make_movement_or_a_description_territory(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "A joint team will inspect the Thai-Cambodian border in the dry season.",
        "Ministers revived a commission for the Peru-Ecuador border, which has not met for years.",
        "Both sides want to finish mapping the Kyrgyz-Tajik boundary before the summer.",
    ],
)
def test_a_pair_of_states_before_the_border_is_read_through(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorries queued at the Polish-German border for hours.",
        "The first coal train crossed the Chinese-Mongolian border on Tuesday.",
        "The new railway will link the capital with the Lithuanian border by 2030.",
        "The road between Kaunas and the Polish border will be widened.",
    ],
)
def test_movement_at_a_states_border_and_a_routes_end_are_not(text: str) -> None:
    assert "security" not in _labels(text)


def _after(*texts: str) -> frozenset[str]:
    return frozenset(analyse_text(*texts)[-1].labels)


_FIXING = "The two commissions agreed to demarcate the remaining 90 kilometres of their border."
_PILLARS = "Surveyors have placed new pillars along the southern border."
_COMMISSION = "The boundary commission met in Dili to discuss the disputed border."


@pytest.mark.parametrize(
    "context, text",
    [
        (_FIXING, "The line will follow the ridge of the hills as far as the lake."),
        (_PILLARS, "Both sides signed strip maps for three sectors."),
        (_COMMISSION, "Its survey of the coast ends in June."),
        (_FIXING, "Officials want to survey the remaining segments before the rains."),
        (_FIXING, "Neither side has accepted the segments the other drew in 1998."),
    ],
)
def test_a_part_of_a_border_being_fixed_named_again_is_security(context: str, text: str) -> None:
    assert "security" not in _after("The talks ended on Monday.", text)  # alone it names no border
    assert "security" in _after(context, text)


@pytest.mark.parametrize(
    "context, text",
    [
        (_FIXING, "The ministers said the work would go ahead in line with the 1992 guidelines."),
        (_FIXING, "The railway line between the two capitals opened last year."),
        (_FIXING, "The maps were printed by the Survey Department in Kathmandu."),
        ("Pirates seized a tanker off the coast on Sunday.", "The line will follow the ridge of the hills."),
        ("Militants attacked a police post near the border.", "The line of cars at the crossing grew longer."),
    ],
)
def test_a_line_without_a_border_being_fixed_before_it_is_not(context: str, text: str) -> None:
    assert "security" not in _after(context, text)


def test_the_border_being_fixed_carries_only_a_few_sentences() -> None:
    later = ("The ministers had lunch.", "They visited a school.", "They toured a market.", "They flew home.")
    assert "security" not in _after(_FIXING, *later, "The line will follow the ridge of the hills.")


@pytest.mark.parametrize(
    "text",
    [
        "Washington warned the banks about payments to sanctioned Russian companies.",
        "Customs seized two sanctioned vessels in the port last week.",
        "Traders have found new routes for the sale of sanctioned oil.",
    ],
)
def test_what_is_under_sanctions_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council sanctioned the new budget on Tuesday.",
        "The strike was sanctioned by the union's executive.",
        "The ministers sanctioned a second bridge over the river.",
    ],
)
def test_sanctioned_as_approval_is_not(text: str) -> None:
    assert "security" not in _labels(text)


_SANCTIONS = "The ministers added twelve shipping firms to the bloc's sanctions list on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "The firms are now barred from European ports.",
        "Several capitals want a full ban on insurance for the fleet.",
        "Two member states have delayed an embargo on the country's diamonds.",
    ],
)
def test_a_sanctions_measure_after_sanctions_is_security(text: str) -> None:
    assert "security" not in _after("The talks ended on Monday.", text)  # alone it names no sanctions
    assert "security" in _after(_SANCTIONS, text)


@pytest.mark.parametrize(
    "context, text",
    [
        ("The ministers agreed to expand trade in grain.", "They also backed a ban on single-use plastics."),
        (_SANCTIONS, "The ministers then discussed fishing quotas for the spring."),
        (_SANCTIONS, "Officials visited the Ban Chiang museum in the afternoon."),
    ],
)
def test_a_ban_without_sanctions_before_it_or_no_measure_is_not(context: str, text: str) -> None:
    assert "security" not in _after(context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister talked about the border with Chile, the price of copper and the new airport.",
        "The working groups cover four areas: tourism, border affairs, water and fisheries.",
        "They signed six memoranda covering solar power, fisheries, school exchanges and action against crime.",
        "The forum will discuss topics such as rural banking, terrorism financing, pensions and tax.",
    ],
)
def test_one_topic_in_an_enumeration_of_other_topics_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks covered several threats, including terrorism, drug trafficking and cybercrime.",
        "Police detained nine men on the border, including two soldiers, a customs officer and a driver.",
        "The command centre will be staffed by about 40 officers, police and soldiers.",
        "The ministers talked about the shelling of border villages, which killed two farmers and a child.",
        "Two topics dominated: the border clashes that killed four soldiers last month, tourism and trade.",
    ],
)
def test_security_items_an_opener_after_the_term_or_a_long_item_stay_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister was joined by Minister for Defence Ana Ruiz and Minister for Tourism Leo Park.",
        "Ana Ruiz, director general of Latvia's State Border Guard, opened a new school in Riga on Monday.",
        "The visitors included Secretary for Security Kim Lee, Secretary for Trade Jo Chan and two officials.",
    ],
)
def test_an_office_named_after_of_or_for_is_a_title(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Director of the Border Guard Service met his counterpart to discuss joint patrols.",
        "The minister for border security visited the new posts on the eastern frontier.",
        "Minister for Defence Ana Ruiz said troops would be sent to the north after the attacks.",
    ],
)
def test_the_body_itself_a_field_or_another_matter_stays_security(text: str) -> None:
    assert "security" in _labels(text)


_CGC = "Officers of the Coast Guard Command (CGC) seized a boat carrying weapons."


@pytest.mark.parametrize(
    "context, text",
    [
        (_CGC, "The CGC delegation was received by the governor on Friday."),
        (
            "The Committee against Organized Crime (CAOC) held its first session in Lima.",
            "Members elected the representative of Peru as chair of CAOC for two years.",
        ),
        (
            "Mediators met the Free Mountain Front (FMF), an armed separatist group, in Geneva.",
            "Officials did not say whether the FMF would return to the talks.",
        ),
        ("The Border Guard Service (BGS) signed a protocol with Kenya.", "A BGS team arrived in Nairobi on Monday."),
    ],
)
def test_a_security_body_named_again_by_its_acronym_is_security(context: str, text: str) -> None:
    assert "security" not in _after("The talks ended on Monday.", text)  # alone it names no security matter
    assert "security" in _after(context, text)


@pytest.mark.parametrize(
    "context, text",
    [
        (
            "The Economic Community of West African States (ECOWAS) condemned the coup in Niger.",
            "ECOWAS leaders approved a new trade levy on Thursday.",
        ),
        (_CGC, "The CGC will host the next meeting of the group in May."),
        ("The Agency for Rural Roads (ARR) opened an office in Kano.", "The ARR delegation arrived on Monday."),
    ],
)
def test_an_acronym_of_no_security_body_or_a_next_sitting_is_not(context: str, text: str) -> None:
    assert "security" not in _after(context, text)


def test_a_separatist_group_is_security_a_separatist_party_in_an_election_is_not() -> None:
    assert "security" in _labels("The government resumed talks with the main separatist group in the south.")
    assert "security" in _labels("Separatists attacked two police posts overnight.")
    assert "security" not in _labels("The separatist party won 12 seats in the regional election.")


@pytest.mark.parametrize(
    "text",
    [
        "The two governments reopened four crossing points for tourists last week.",
        "Officials agreed to reopen the border posts to lorries at night.",
        "The ministers proposed opening a third checkpoint for pilgrims and traders.",
    ],
)
def test_a_crossing_opened_to_traffic_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army will not reopen the checkpoints until the militants withdraw from the hills.",
        "Border guards opened fire at a checkpoint near the river.",
        "The two sides reopened the crossing, and soldiers on both sides were withdrawn.",
    ],
)
def test_a_clause_after_the_crossing_or_shooting_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shelter will stand on the Chilean side of the border, near the old station.",
        "Farmers on both sides of the frontier, who share the canals, asked for a new bridge.",
        "A clinic will open 20 kilometres from the border, in the valley town.",
    ],
)
def test_a_side_of_or_a_distance_from_the_border_places_something(text: str) -> None:
    assert "security" not in _labels(text)


def test_a_side_with_a_security_matter_stays_security() -> None:
    assert "security" in _labels("Troops were deployed on their side of the border after the shelling.")


@pytest.mark.parametrize(
    "text",
    [
        "Some 2,000 sailors took part in Exercise Pacific Shield off Darwin.",
        "The two navies will hold Exercise Sea Breeze again in July.",
        "Marines from both countries joined Exercise Kamandag in the north.",
    ],
)
def test_an_exercise_named_after_its_capitalised_noun_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The census exercise will start in March across the islands.",
        "Exercise Science Week drew students from six universities.",
        "Officials called the talks an exercise in patience.",
    ],
)
def test_a_civil_exercise_or_one_opening_the_sentence_is_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The vote brought the military-backed party to power in March.",
        "The army-backed candidate won the presidential election by a wide margin.",
        "A military-installed cabinet approved the new fisheries law.",
    ],
)
def test_a_party_or_cabinet_backed_by_the_military_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Military-backed militias burned two villages in the north.",
        "The military-backed government ordered air strikes on rebel positions.",
        "The military-installed rulers sent troops to the border town.",
    ],
)
def test_what_such_rulers_or_groups_do_by_force_stays_security(text: str) -> None:
    assert "security" in _labels(text)
