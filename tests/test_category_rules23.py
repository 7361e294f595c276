"""Decisions and proposals on unseen text (issue 3, round 23): mechanisms written by at least two annotator batches
or stated by GUIDELINES.md, each with sentences of other wordings and the counter-examples that keep it narrow.

- a wish that another party act, told with "would like" in any person ("she would like the collection to travel",
  "I would like A and B to allow ..."): a request in all but name, as "wants X to" is; "I would like to thank"
  is the speaker's own courtesy;
- readiness with an adverb between ("We are also ready to host a course"): an offer, as "are ready to host" is;
- an invitation to a conference: a meeting named, as "to a forum" or "to the next meeting" is;
- an order whose object is an act named by a noun ("ordered the release of the detainees"): an act ordered;
- a relation or body raised to a status ("upgraded their ties to a strategic partnership"): a status conferred;
- a state ending its own agreement ("ended its defence cooperation agreement"): a leaving, as "withdrew from" is;
- money lent ("lent 300 million dollars"): a money act, as "disbursed" is;
- a standing regime changed by an executive ("tightened the rules for foreign workers", "scrapped the visa
  regime"): a measure decided;
- a text's place in a set concluded ("was one of nine documents exchanged after the talks");
- readiness only to study a thing ("ready to consider the request"): no course offered yet, as a welcome that
  only commits to a study is none;
- a guest book signed on a visit: no text concluded (GUIDELINES: an agreement or document signed);
- a text adopted "during" a visit, as a noun's modifier in the object of a review: identified, not reported;
- a call made in a text issued in common stays its decided wording beside the text's other acts ("In their final
  communique, the leaders imposed a ban ... and called on it to ..."), as it is alone (batches c, s, z, d, f);
- a full stop after "Art" ends the sentence when a sentence starter follows ("Museum of Modern Art. The board").
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text, labels_of

_labels = labels_of


@pytest.mark.parametrize(
    "text",
    [
        "The curator said she would like the paintings to tour Accra and Kumasi next spring.",
        "I would like Kenya and Uganda to let our inspectors board vessels on the lake.",
        "The mayor would like the railway company to add a night train to the capital.",
        "We would like the donors to fund a second clinic in the district.",
    ],
)
def test_would_like_another_to_act_is_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "First of all, I would like to thank the governments of Chile and Peru for hosting this conference.",
        "We would like to stress that the forum remains open to every member.",
        "She would like the talks to continue.",
        "We would like our relations to be even closer.",
        "Partners who would like Oman to mediate have written to Muscat.",
        "She would not like the museum to close.",
    ],
)
def test_courtesies_attitudes_and_descriptions_with_would_like_are_no_proposals(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We are also ready to host a course for border officials at our police academy.",
        "Ghana is still willing to send engineers to repair the dam.",
        "The prime minister invited her counterparts to the regional conference on fisheries that Accra will host.",
        "Tokyo invited the ASEAN ministers to a conference on maritime law in Osaka next year.",
    ],
)
def test_offers_with_an_adverb_and_invitations_to_a_conference_are_proposals(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We are also ready to work with all partners.",
        "The minister invited reporters to the ceremony.",
        "They had attended the conference on climate in Bonn.",
    ],
)
def test_dispositions_and_ceremonies_are_no_proposals(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We have ordered the disarmament of the militia, and our police have handed several leaders to the court.",
        "The governor ordered the closure of all schools in the district.",
        "The courts ordered the release of the detained fishermen.",
        "The two states upgraded their ties to a comprehensive strategic partnership in 2022.",
        "The forum was elevated to a ministerial mechanism in 2019.",
        "Chad ended its defence cooperation agreement with France in 2024.",
        "The government terminated its fisheries pact with the bloc in May.",
        "The development bank lent 300 million dollars for the coastal road in 2023.",
        "The accord was one of nine documents exchanged after the talks in Rome.",
    ],
)
def test_orders_statuses_endings_loans_and_texts_of_a_set_are_decisions(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister ordered a copy of the report.",
        "The general ordered the troops back to their barracks.",
        "The president has not ordered the evacuation of the town.",
        "The road was upgraded to four lanes last year.",
        "When relations were elevated to a strategic partnership, trade rose sharply.",
        "The two sides will upgrade their relations to a strategic partnership next year.",
        "The storm ended their meeting early.",
        "The talks ended without agreement.",
        "The minister lent his support to the plan.",
        "The accord was one of the issues discussed at the talks.",
    ],
)
def test_things_ordered_plans_and_events_ended_are_no_decisions(text: str) -> None:
    assert "decision" not in _labels(text), text


def test_a_full_stop_after_art_ends_the_sentence_before_a_starter() -> None:
    got = analyse_text("The prints went on show at the Museum of Modern Art. The board approved the loan in May.")
    assert len(got) == 2
    assert "decision" in got[1].labels and "decision" not in got[0].labels


@pytest.mark.parametrize(
    "text",
    [
        "The ministry relaxed the visa rules for students in March.",
        "Canberra tightened export controls on drones last year.",
        "The new government abolished the visa regime for tourists from Kenya.",
        "Oslo has lifted the fishing restrictions in the northern fjords.",
    ],
)
def test_a_regime_changed_by_an_executive_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Tensions eased after the talks, and trade controls remained in place.",
        "Prices fell last month under the new rules.",
        "He accepted the rules of the competition.",
        "The council will not lift the restrictions before June.",
        "The rebels lifted the siege after the regime fell.",
    ],
)
def test_regimes_only_named_are_no_decisions(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Malian delegation expressed its readiness to examine the request.",
        "Oslo is ready to consider the request from Reykjavik.",
        "Both sides were willing to study the offer.",
    ],
)
def test_readiness_only_to_study_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text), text


def test_readiness_to_act_stays_a_proposal() -> None:
    assert "proposal" in _labels("Oslo is ready to host the next round of talks.")


@pytest.mark.parametrize(
    "text",
    [
        "The premier laid flowers at the memorial and signed the guest book.",
        "The envoy signed the book of condolences at the embassy.",
        "The ministers reviewed the implementation of the roadmap adopted during the summit in Delhi.",
    ],
)
def test_keepsakes_signed_and_texts_identified_are_no_decisions(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed a protocol on the cultural book fair.",
        "During the summit, the ministers adopted a roadmap on trade.",
    ],
)
def test_texts_signed_or_adopted_stay_decisions(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In their final communique, the leaders imposed a ban on the junta and called on it to free the ministers.",
        "In the joint statement, the ministers approved a new budget and urged members to pay their dues.",
    ],
)
def test_calls_of_a_text_issued_in_common_beside_its_acts_are_decisions_only(text: str) -> None:
    assert _labels(text) & {"decision", "proposal"} == {"decision"}, text


def test_a_party_s_own_call_beside_a_decision_stays_a_proposal() -> None:
    labels = _labels("The ministers approved a new budget, and Kenya urged members to pay their dues.")
    assert {"decision", "proposal"} <= labels
