"""Security rules of round 27 (issue 3), each kept only because it held over all labelled batches with any one
batch left out. Sentences written for the test, with counter-examples.

1. A reply that puts off a proposal already told by handing it to someone to study: who studies it (a defence
   ministry, allies in NATO, the navy) is no security matter of the sentence.
2. A force sent or pooled by states named without its topic ("the task force", "the Italian contingent") is a
   military matter; "a task force on ..." names its topic, whose own words decide, and "contingent on" is an
   adjective.
3. A border word that only says where a civil installation lies (a gas field straddling it, canals crossing it, a
   road between it and a depot) is no border matter; a barrier on the line (a fence along it) is.
4. A state's air and sea space (its airspace, its exclusive economic zone, territorial waters) is a security term:
   who enters or watches it is the sentence's matter.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's foreign minister said Strelsau would study the offer with its NATO partners.",
        "The delegation of Bordura indicated that the request will be evaluated by its Ministry of Defence.",
        "The premier welcomed the initiative and said the coast guard and the army would examine its modalities.",
        "The assembly took note of the proposal and referred it to the military committee for study.",
        "Valdoria thanked its neighbour for the invitation and said it would consult its defence council first.",
    ],
)
def test_a_proposal_handed_to_a_security_body_to_study_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # the proposal's content follows its noun: the matter is in the sentence
        "The ministry said it would study the offer to station troops along the border.",
        # the matter stands before the deferring clause
        "Bordura asked for the extradition of two men wanted for the bomb attacks, a request Strelsau said it would"
        " examine.",
        # no proposal is answered: the army examines something of its own
        "The army will examine the damage to its barracks after the shelling.",
        # the study is itself of a security matter
        "The generals said they would study new ways to counter drone attacks on the border.",
    ],
)
def test_a_security_matter_beside_a_deferral_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chad has threatened to quit the regional task force unless its soldiers are paid on time.",
        "The Dutch contingent will hand over its camp to the Lithuanian brigade in May.",
        "Nobody has yet said who will pay for the task force's fuel after next year.",
        "Senators asked for the Irish contingents to come home before Christmas.",
    ],
)
def test_a_force_named_without_its_topic_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers set up a task force on battery recycling that will report in June.",
        "A joint task force for tourism statistics met for the first time in Lisbon.",
        "Any further loan is contingent on reforms of the pension system.",
        "The payment remains contingent upon the audit of the harbour accounts.",
    ],
)
def test_a_task_force_with_a_civil_topic_or_contingent_on_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both states share the income of the oil field that straddles their sea boundary.",
        "Engineers will repair the drainage canals which cross the state border near the two villages.",
        "A new logistics centre for small exporters will open on the border of the two republics next spring.",
        "The bypass will take heavy lorries off the old roads between the border and the port.",
    ],
)
def test_a_civil_installation_placed_at_a_border_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved new fencing along the whole border with Bordura.",
        "Rebels blew up the pipeline where it crosses the border into Bordura.",
        "Smugglers are still crossing the border at night despite the new patrols.",
        "The government will build a wall along the border near the bridges.",
    ],
)
def test_a_border_crossed_fenced_or_attacked_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign trawlers keep fishing inside Valdoria's exclusive economic zone without a licence.",
        "The islands want help to watch their airspace at night.",
        "Two survey ships stayed in Ruritanian territorial waters for three days.",
        "The new radar will let the navy see who enters the exclusive economic zones of the member states.",
    ],
)
def test_a_states_air_and_sea_space_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fishing cooperative sold its catch at the harbour market on Friday.",
        "The airline will add a daily flight between the two capitals in May.",
        "Warm waters brought record numbers of tourists to the coast this summer.",
        "Low-cost carriers asked for lower overflight fees for the airspace of the three states.",
    ],
)
def test_sea_and_air_travel_without_a_states_space_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)
