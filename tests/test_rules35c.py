"""Security and proposals (issue 3, round 35c). Each mechanism is tested with sentences of other wordings and with
the counter-examples that keep it narrow:

- a single negated clause closing on "alone" or "by itself" is a speech's rhetoric, no security matter;
- a request made "for long" ("have long asked") is a standing demand, a proposal.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(*paragraphs: str) -> frozenset[str]:
    return frozenset(analyse_text(*paragraphs)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "No coast guard can patrol these reefs alone.",
        "But a new radar will not stop the smugglers by itself.",
        "Counter-terrorism is no longer the work of the armed forces alone.",
        "Yet sanctions cannot end the war by themselves.",
    ],
)
def test_a_negated_clause_closing_on_alone_is_rhetoric_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 300 kilograms of cocaine in the port of Durres in March alone.",
        "Pirates boarded four tankers, and the navy cannot patrol the strait alone.",
        "The two presidents agreed that the defence of the lake is the task of the riparian armies alone.",
    ],
)
def test_alone_in_a_reported_fact_keeps_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herders in the valley have long asked the county to fence the railway line.",
        "Shopkeepers on the quay have long pressed for the ferry to run on Sundays.",
    ],
)
def test_a_request_made_for_long_is_a_standing_proposal(text: str) -> None:
    assert "proposal" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union has consistently called for a higher minimum wage.",
        "Vintners have always asked the ministry to lower the excise.",
    ],
)
def test_other_habitual_adverbs_still_make_a_position(text: str) -> None:
    assert "proposal" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian delegation was headed by the Minister of Defence, and the Malawian delegation by the Minister "
        "for Defence and Veterans.",
        "A bilateral meeting of the Minister of National Defence of Peru and the Minister of Defence of Chile was "
        "held in Arica on Monday.",
    ],
)
def test_defence_chiefs_meeting_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean delegation was led by the Minister of Foreign Affairs and the Minister of Defence, and the "
        "Peruvian delegation by the Minister for Foreign Trade.",
        "A meeting of the Minister of Interior of Jordan and the Minister of Interior of Iraq was held in Amman.",
        "Later, the Minister of Defence of Peru called on the Minister of Defence of Chile and toured the harbour.",
    ],
)
def test_mixed_fields_or_no_meeting_frame_is_not_a_chiefs_meeting(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deterrence is not the same as war.",
        '"One shared coast guard, trained together, is cheaper than four navies," the envoy said.',
        "The diplomatic motive is as strong as the military one.",
        "It is less risky than hoping that the two fleets never meet in the fog.",
    ],
)
def test_a_comparison_of_notions_is_no_security_matter(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates boarded two tankers, and the strait is more dangerous than ever.",
        "The rebel army is larger than it was in 2019, with 4,000 fighters.",
        "The navy seized more heroin than in any year before.",
    ],
)
def test_a_comparison_with_facts_keeps_security(text: str) -> None:
    assert "security" in _labels(text)


def test_a_reported_position_that_forces_cannot_act_alone_keeps_security() -> None:
    assert "security" in _labels("The general said his brigades could not clear the forest alone.")
