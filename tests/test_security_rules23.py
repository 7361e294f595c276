"""Security rules of round 23 (issue 3), from mechanisms that annotators of at least two batches wrote: a state's
claim to a place (the verb with the place as its object, or a maritime or territorial claim), and plural defence,
military or border officials as who meets or between whom a channel runs. Sentences written for the test, with
counter-examples. Also: the border as the place where traffic waits or passes, a seizure by customs or police,
"X is not a threat" (a denial) and a wreath laid at a memorial.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan also claims the islands, which lie north of the strait.",
        "Vietnam has long claimed the reefs in the western part of the sea.",
        "Manila still claims both shoals despite the arbitration.",
        "The Philippines rejects any territorial claims that ignore the 2016 ruling.",
        "Jakarta said it would never accept maritime claims drawn from historic maps.",
    ],
)
def test_a_place_claimed_by_a_state_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Samoa claimed two weightlifting gold medals at the Games.",
        "The royal palace has claimed the returned bronzes since 2023.",
        "The minister claimed the region was growing faster than any other.",
        "The insurer rejected the claims of the farmers after the floods.",
        "Its claims for compensation were settled out of court.",
    ],
)
def test_a_claim_to_no_place_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "China has proposed holding a first meeting of defence ministers in the new format next year.",
        "Kazakhstan suggested an annual conference of the defence chiefs of the five states.",
        "The prince brokered an understanding between the two countries' defence ministers last spring.",
        "The commission will run a hotline between the military commanders on either side.",
        "We suggest that border commissioners of the two states meet every month on the river.",
    ],
)
def test_defence_or_border_officials_meeting_or_linked_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The request will be examined by the defence ministers in the coming weeks.",
        "Niger's defence minister told reporters after the meeting that he was pleased.",
        "The meeting of trade ministers ended without a statement.",
        "The prince brokered an understanding between the two countries' finance ministers last spring.",
        "We suggest that the tourism commissioners of the two states meet every month.",
    ],
)
def test_officials_of_other_fields_or_a_single_official_are_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Freight operators say the main obstacle is now the border at Kasumbalesa, where trucks wait for clearance.",
        "Queues of lorries on the border still cost exporters a week, the chamber said.",
        "The market, the busiest trading point for vendors on the island's border, reopened on Monday.",
        "Containers of cargo are checked twice, once at the port and again at every border.",
    ],
)
def test_the_border_where_traffic_waits_is_a_place_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops at the border turned the lorries back.",
        "Smugglers hide drugs in cargo at the border.",
        "Traffic resumed after the border was demarcated.",
        "Guards on the border fired at a lorry that did not stop.",
    ],
)
def test_a_border_with_a_security_matter_or_not_a_place_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers at the port intercepted a container of looted bronzes bound for Europe.",
        "Gendarmes seized two lorries of stolen timber near the river on Friday.",
        "Last week customs agents confiscated 300 ivory carvings at the airport.",
    ],
)
def test_a_seizure_by_an_enforcement_body_is_crime_fought(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union seized the moment to press for higher wages.",
        "Analysts said the central bank intercepted the rise in prices too late.",
    ],
)
def test_seizing_without_an_enforcement_body_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Migration is not a threat; it is a reality that we must manage together.",
        "Our students are not a security problem; they are guests who study here.",
        "Tourism was never a danger, he said, and it is not a risk now.",
    ],
)
def test_a_denial_that_something_is_a_threat_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Terrorism remains a threat to the whole region.",
        "The group is not only a threat to Mali but to the whole Sahel.",
        "Smuggling of weapons across the lake is not a threat the police can ignore any longer.",
    ],
)
def test_a_threat_asserted_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Before leaving, the president laid a wreath at the memorial to the victims of the 2015 attack.",
        "The minister laid wreaths at the war cemetery on the last day of the visit.",
    ],
)
def test_a_wreath_at_a_memorial_is_remembrance_not_security(text: str) -> None:
    assert "security" not in _labels(text)


def test_an_attack_on_a_memorial_stays_security() -> None:
    assert "security" in _labels("Gunmen attacked the memorial on Sunday, killing two guards.")


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was led by the commander of the Frontier Corps, the force that guards the 2,600-km border.",
        "A battalion that guards the 900-km border was moved north in May.",
        "Marines guarding the southern islands were put on alert.",
    ],
)
def test_a_force_guarding_a_border_or_islands_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Central banks must guard against inflation, the governor said.",
        "Volunteers guarded the museum's collection during the move.",
    ],
)
def test_guarding_no_territory_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to pay into the fund that finances the bloc's peace support operations.",
        "Tokyo called the intrusion by the four ships unacceptable.",
    ],
)
def test_lexicon_peace_support_operations_and_intrusion(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed world affairs, including the situation in Haiti, the Balkans and the war in Sudan.",
        "They exchanged views on regional issues such as the situation in Sudan, Lake Chad and the conflict in Libya.",
        "The envoys talked about the situation in the Sahel, the Gulf of Guinea and the war in Ukraine.",
    ],
)
def test_a_list_of_hot_spots_with_a_situation_in_a_place_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers spoke about energy, transport, the housing market and the conflict in Gaza.",
        "Talks covered trade, including tariffs, fisheries, tourism and cooperation against crime.",
    ],
)
def test_a_passing_mention_in_a_list_of_other_topics_stays_unlabelled(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bloc gave the country's military authorities a year to hand power to civilians.",
        "Ghana offered to mediate between the military authorities and the opposition parties.",
    ],
)
def test_military_authorities_as_a_regime_are_not_security(text: str) -> None:
    assert "security" not in _labels(text)


def test_military_authorities_with_a_security_matter_stay_security() -> None:
    assert "security" in _labels("The military authorities said three soldiers were killed in the ambush.")


@pytest.mark.parametrize(
    "text",
    [
        "The security committee will meet every quarter, in turn in each capital, and will oversee the joint patrols.",
        "The border commission is due to meet twice a year and would oversee the work of the patrols.",
    ],
)
def test_a_meeting_schedule_with_a_second_task_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The security group is expected to meet again in Lima and Quito next spring.",
        "The defence commission will meet again in Accra in June.",
    ],
)
def test_a_meeting_schedule_alone_stays_unlabelled(text: str) -> None:
    assert "security" not in _labels(text)
