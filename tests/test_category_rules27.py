"""Decisions and proposals on text nobody had read (issue 3, round 27): each rule measured over all labelled batches
at once and kept only when its gain held with any one batch left out; each tested here with sentences of other
wordings and the counter-examples that keep it narrow.

- an act told inside the object of a verb of review or notice ("The ministers reviewed progress in implementing the
  plan adopted in 2024", "The leaders noted the importance of the accord initialled in August") only identifies what
  was reviewed: no decision (gold of four batches alike); an act coordinated with that verb ("reviewed the plan and
  agreed to extend it") and "noted that ..." (reported speech) are untouched;
- a verb of agreeing or affirming whose that-clause holds no modal, no "is to" and no act ("agreed that the security
  of the strait is the coastal states' business", "reaffirmed its position that the ruling is final") states a view
  shared, no decision; "agreed that the two forces will patrol ...", "can form", "confirmed that it has approved ..."
  stay decisions;
- a weak act an authority performs on a determined object ("Ruritania's parliament created the district of X",
  "Borduria accepted an ambassador named by the junta", "the cabinet suspended the visa-free regime"): a state or an
  authority noun right before the verb makes it a decision whatever the object; "declared that", "the company
  created 300 jobs", "extended an invitation" stay none;
- what an adopted text contains is decided, no proposal: a proposal cue in a relative clause on the text the act
  concluded ("endorsed the report of the panel, which recommended ...", "under which requests ... will be sent"),
  "as proposed by" after the act, or within an opening "Under the rules, ..." frame; a proposal told beside an act
  ("signed the accord and proposed ...") stays one;
- entries put on an official list or register ("added 12 trawlers to the bloc's sanctions list", "has placed two
  banks on its sanctions lists", "inscribed the archive on its heritage register") are an executive act, a decision;
  one asked for, to come or negated ("called for the general to be added to the list", "before it puts firms on its
  lists", "has not added ...") and "added three items to the agenda" stay none;
- a text named just before a terms verb that is not the verb's subject states no term: another clause between them
  ("lack the papers Mongolia requires for entry", "a zone where entry requires a permit"), a reference ("as the
  treaty allows") or a fear ("some fear the accord opens a door to smugglers"); "The agreement on visas allows ..."
  stays a decision;
- an act in a "which"/"whose" clause dated to a year, on a noun that is no text, tells that noun's history ("Joint
  river patrols, which were launched in 2019, are not part of the new plan", "the mission, whose mandate was
  extended in May 2025"); a text as the noun ("two regulations, which were adopted in 2023") and an undated clause
  stay decisions.
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
        "The two foreign ministers reviewed progress in carrying out the trade roadmap adopted in Quito in May 2024.",
        "The premiers noted the importance for river shipping of the navigation accord initialled in Lima last autumn.",
        "The commission assessed the implementation of the fishing protocols signed by the two states since 2019.",
        "The governors discussed the smooth running of the customs regime, which took effect in January 2025.",
    ],
)
def test_an_act_in_what_was_reviewed_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers reviewed the trade roadmap and agreed to extend it until 2030.",
        "The commission discussed the fisheries quotas and also approved a new inspection protocol.",
        "The governors reviewed the budget; they then adopted a resolution on the customs regime.",
        "After the ministers reviewed the draft, they signed the navigation agreement.",
        "The president noted the agreements signed today would double trade within five years.",
    ],
)
def test_an_act_beside_the_review_is_still_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two premiers agreed that the safety of shipping in the strait is the business of the coastal states.",
        "The ministers agreed that cattle raiding posed a growing danger to the herders of both provinces.",
        "Minister Ortiz reaffirmed Ruritania's view that the 2019 boundary award is final and binding.",
        "Both delegations reaffirmed that the lagoon remains a shared heritage of the two peoples.",
    ],
)
def test_a_view_agreed_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two premiers agreed that the coast guards will patrol the strait together from June.",
        "The ministers agreed that customs officers can inspect lorries on either side of the bridge.",
        "The governors confirmed that they have approved a further two million dollars for the border clinic.",
        "The delegations agreed that the joint commission is to meet every three months.",
    ],
)
def test_a_course_agreed_is_still_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's parliament created the autonomous district of Lower Vale in March 2025.",
        "In May Mongolia accepted an ambassador appointed by the military government in Tarsk.",
        "Last year the cabinet suspended the country's bid to join the customs union.",
        "The regional assembly declared the lagoon a protected zone free of industrial fishing.",
    ],
)
def test_a_weak_act_by_an_authority_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The mining company created three hundred jobs in the valley last year.",
        "The government declared that the harvest had been the best in a decade.",
        "The Foreign Minister of Ruritania extended an invitation to his counterpart to visit Tarsk.",
        "Local fishermen accepted the catch figures published by the port office.",
        "Mongolia accepted the invitation to attend the summit in the autumn.",
        "The leaders created a good atmosphere for the next round of talks.",
        "The council declared the meeting open.",
        "The government declared its readiness to host the next round.",
    ],
)
def test_a_weak_act_without_authority_or_object_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The council endorsed the findings of the review panel, which recommended closing two of the four bases.",
        "The ministers approved the new evacuation protocol, under which requests for naval ships go to the hub.",
        "The cabinet decided to lower the port fees for fishing boats, as proposed by the minister of fisheries.",
        "Under the new rules, a member state will be able to request rescue aircraft from its neighbours.",
    ],
)
def test_what_an_adopted_text_contains_is_no_proposal(text: str) -> None:
    labels = _labels(text)
    assert "decision" in labels and "proposal" not in labels, text


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents signed the water accord, and Ruritania proposed a joint fund for the dam.",
        "The council endorsed the budget, while Ruritania urged members to raise their contributions next year.",
    ],
)
def test_a_proposal_beside_an_act_is_still_one(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ministers of the bloc on Tuesday added 12 trawlers of the Ruritanian fleet to the bloc's sanctions list.",
        "The finance ministry has placed two Bordurian banks on its sanctions lists for financing the militia.",
        "The agency inscribed the monastery archive on its world heritage register in 2021.",
        "Ruritania is adding 40 cargo ships to the list of vessels barred from its ports.",
    ],
)
def test_entries_put_on_an_official_list_are_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania called for the rebel general to be added to the sanctions list.",
        "We would ask the bloc to consult us before it puts our companies on its sanctions lists.",
        "The committee has not added the two tankers to its sanctions list.",
        "The chairman added three items to the agenda of the meeting.",
        "He added that the shipping firm was already on the sanctions list.",
    ],
)
def test_a_listing_asked_for_or_not_done_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Many of the lorry drivers lack the documents Mongolia requires for entry at the northern crossing.",
        "The road crosses a border district where entry requires a pass from the local garrison.",
        "We want the ministry to open the second lane at once, as the treaty allows, while the audit goes on.",
        "Fishermen in the port fear the accord opens the lagoon to foreign trawlers.",
    ],
)
def test_a_text_that_is_not_the_terms_verbs_subject_states_no_term(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The agreement on visas allows students of both countries to stay for two years.",
        "The new treaty requires each side to notify the other of military exercises near the border.",
    ],
)
def test_a_text_as_the_terms_verbs_subject_still_states_terms(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Joint river patrols, which were launched alongside the air patrols in 2019, are not part of the new plan.",
        "The envoy thanked Ruritania for its troops in the lake mission, whose mandate was extended in May 2025.",
        "Little has changed for the herders of the valley, which the two governments agreed to develop in 2012.",
    ],
)
def test_a_dated_act_in_a_relative_clause_on_no_text_is_history(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The new fund builds on two earlier regulations, which were adopted in 2023 to pay for ammunition.",
        "The ministers approved the budget of the joint rescue centre, which was set up at the port on Monday.",
    ],
)
def test_a_relative_act_on_a_text_or_undated_still_counts(text: str) -> None:
    assert "decision" in _labels(text), text
