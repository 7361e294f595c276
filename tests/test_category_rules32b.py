"""Decisions and proposals: what is an act and what is not (issue 3, round 32b). Each mechanism is tested with
sentences of other wordings and with the counter-examples that keep it narrow:

- "launched" with a projectile as its object or as the subject of its passive ("launched drones towards ...",
  "balloons ... were launched from ...") is an act of force, not the launch of a programme; "launched a programme",
  "launched a counter-drone initiative" and "the missile programme was launched" stay decisions;
- captives exchanged by two sides ("exchanged 205 prisoners of war") is a completed act, a decision; "exchanged
  views on the prisoners", "exchanged fire" and an exchange to come are not.
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
        "Militias loyal to the old regime have launched drones at oil terminals along the coast several times.",
        "Rebels launched more than 40 long-range rockets at the airport overnight, the army said.",
        "Last month, dozens of balloons carrying leaflets were launched from the other side of the river.",
        "Two ballistic missiles had been launched towards the disputed islands before dawn.",
    ],
)
def test_projectiles_launched_are_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers launched a programme to train border judges from both countries.",
        "The allies also launched a 2 billion euro counter-drone initiative under which they will buy radars.",
        "The coastal states' missile defence programme was launched on Monday by the three defence ministers.",
        "The navy chiefs launched a joint drone mission over the strait on Tuesday.",
    ],
)
def test_launching_a_course_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan exchanged 32 prisoners of war at the border on Thursday, officials said.",
        "The government and the rebel movement swapped more than 150 detainees in the capital on Sunday.",
        "The two sides exchanged the remains of 40 soldiers at a crossing point under Red Cross supervision.",
    ],
)
def test_captives_exchanged_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers exchanged views on the fate of the prisoners held since the war.",
        "Border guards exchanged fire near the checkpoint for two hours on Monday.",
        "The two sides will exchange prisoners once the talks in Doha are over.",
        "The two sides have not exchanged any detainees since the truce collapsed.",
    ],
)
def test_views_fire_and_exchanges_to_come_are_not(text: str) -> None:
    assert "decision" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese side confirmed its readiness to fund the new terminal at the port of Mombasa.",
        "The minister expressed the Nordic Council's readiness to send election observers to the March vote.",
        "The president said Astana was ready to continue delivering grain to the northern provinces next winter.",
        "The foreign minister said Doha was ready to continue its mediation between the two neighbours.",
    ],
)
def test_a_readiness_to_act_is_an_offer(text: str) -> None:
    assert "proposal" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean side expressed its readiness to examine the request through its water agency.",
        "The ministers reaffirmed their readiness to work in a constructive spirit.",
        "The envoy said Ankara was ready to continue the dialogue with goodwill.",
        "He said Lima was ready to continue working with all its partners in the region.",
        "Opposition members said the cuts would weaken the navy's readiness to respond to threats.",
    ],
)
def test_a_readiness_to_study_or_a_disposition_is_no_offer(text: str) -> None:
    assert "proposal" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats in Lima said the customs proposal was still under consideration.",
        "A third request, for a businessman wanted in Spain on fraud charges, is pending before the supreme court.",
        "The two proposals remain under study in both capitals, officials said.",
        "The minister said his government's request for a loan is still being examined in Brussels.",
    ],
)
def test_a_proposal_named_by_its_status_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru proposed a joint customs post at the border, which is still being studied in Quito.",
        "The ministers welcomed Ghana's proposal to open a regional customs post in Tema.",
        "The Ecuadorian navy asked Lima to deliver two patrol boats before June, and the request is still pending.",
    ],
)
def test_a_proposal_made_stays_one(text: str) -> None:
    assert "proposal" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some Andean economists argue that the simplest fix would be for Lima to pay part of the port fees itself.",
        "Rosa Quispe, an analyst at the Catholic University, argues that the next step should be a joint purchase of "
        "patrol aircraft for the three navies.",
        "Several diplomats in Brasilia contend that the first step should be smaller: reopening the consulate in "
        "Leticia that closed in 2019.",
        "Officials in both capitals argue that the quickest remedy would be to connect the two power grids at Tumbes.",
    ],
)
def test_a_remedy_argued_is_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Critics argue that the solution would be difficult to apply on the ground.",
        "The minister said the answer would be no.",
        "Analysts argue that the fix would be expensive for both treasuries.",
    ],
)
def test_a_remedy_judged_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes along the river have almost stopped since they signed a truce in June 2024 to separate the forces.",
        "The two navies have held monthly drills since we signed the defence accord in 2023, the admiral said.",
        'The envoy said Oslo stood ready to host another round of talks "as soon as the agenda is agreed".',
        "The minister said Lima would reopen the consulate as soon as the new protocol is ratified.",
    ],
)
def test_an_act_in_a_clause_of_time_is_not_the_news(text: str) -> None:
    assert "decision" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since then, they signed three more agreements on trade and transport.",
        "The two governments signed a truce in June to separate the forces along the river.",
        "Since taking office, the president signed a decree creating a border agency.",
    ],
)
def test_an_act_in_the_main_clause_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister noted that the border treaty initialled in Lima in March 2024 was a turning point.",
        "Trade across the lake has collapsed, and the river commission, founded in Kisumu in 1994, has not met since.",
        "Farmers still pay for the old tariffs imposed on a government that fell two years ago.",
        "Quito will keep contesting every step in the basin, including the permits granted for gold mining on the "
        "upper river.",
    ],
)
def test_an_act_in_a_reduced_relative_only_describes_its_noun(text: str) -> None:
    assert "decision" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions imposed on the regime on Monday target twelve banks and two airlines.",
        "The ministers lifted the tariffs imposed on steel imports in 2019.",
        "The council approved on Friday the sanctions proposed against the regime's generals.",
        "The two presidents signed a border treaty in Lima in March that settles the river line.",
    ],
)
def test_an_act_reported_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text)
