"""Decisions on unseen text (issue 3, round 24): mechanisms written by at least two annotator batches or stated by
GUIDELINES.md, each with sentences of other wordings and the counter-examples that keep it narrow.

- an act told inside a clause of time that bounds the main clause ("... until the peace accord was signed in
  2020", "... before a truce was agreed on 3 June", "met in Osh, a year after the presidents signed the treaty"):
  it dates the main clause, which tells the news (batches i, k, l of round 24); the main clause's own act still
  counts ("ratified the pact a week after the presidents signed it");
- a single restriction lifted or suspended by an executive ("lifted the 2025 restriction on ..."): a standing
  regime changed, as "lifted the restrictions" already is (round 23's mechanism, singular form);
- a text of a set just concluded, named in the next sentence by a pronoun and a verb of inclusion ("They included
  a memorandum on ...") or by "Among them are" with a named plan or concept (batches j, k): one of the texts
  concluded; after ideas floated or with no decision before, none;
- money announced with an additive word before it ("announced an additional 60 million euros"), as "announced 60
  million euros" already is (batches i, l);
- the terms of a concluded text told by "settles" or by a past "recognised" ("The Agreement settles the last
  disputed segments", "resolution 2065 recognised the existence of a dispute"; batches j, l);
- the record of a numbered sitting signed ("signed the minutes of the sixth meeting", "signed the protocol of the
  fifth session"; batches a, b, j): a text concluded, not the schedule of a series meeting again; that schedule
  stays none with a modifier before the sitting ("the Ninth Consultative Meeting will be held in ..."; GUIDELINES);
- a concluded act named by a noun inside what is proposed ("proposed that the monitors stay after the signing of
  the peace agreement"): an act to come, as a verb there already is (the `proposed` span; GUIDELINES: plans);
- security (GUIDELINES: military matters, border delimitation, drug trafficking, organised crime): troops'
  barracks, a boundary "between" two states (as "border between" is), the signs marking a border (as its markers
  and pillars are), drug control, illegal or illicit trade.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

_labels = labels_of


@pytest.mark.parametrize(
    "text",
    [
        "The valley saw sporadic clashes for a decade until the Lake Accord was signed in March 2011.",
        "Trade across the river collapsed for six weeks before a truce was agreed on 3 June.",
        "The coast guards of Ruritania and Borduria met in Varna on Monday, two years after their governments signed "
        "the fisheries treaty.",
        "Prices of rice stayed high for months until the export quota was approved in the autumn.",
        "The two navies held their first joint drill in the strait, a month after the ministers adopted the protocol.",
    ],
)
def test_an_act_in_a_bounding_clause_of_time_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The senate ratified the pact on Tuesday, a week after the two presidents signed it in Lima.",
        "After the talks the ministers signed an agreement on visa-free travel.",
        "The parliament adopted the budget before the recess began.",
        "The two governments signed the accord until now kept secret in Geneva.",
        "Uzbekistan and Tajikistan signed a water-sharing agreement after the talks.",
    ],
)
def test_a_main_clause_act_beside_a_clause_of_time_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Bangladesh's commerce ministry on Monday lifted the 2024 restriction on rice imports through land ports.",
        "The port authority suspended the restriction that had barred foreign trawlers from the harbour.",
        "Last month the government scrapped the restriction on exports of raw cotton.",
    ],
)
def test_a_single_restriction_lifted_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Exporters complained about the restriction on land ports.",
        "Traders hope the ministry will lift the restriction before the harvest.",
        "The restriction was not lifted despite the appeals of the exporters.",
    ],
)
def test_a_restriction_only_named_or_hoped_lifted_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers signed six agreements in Rabat on Monday. They included a memorandum on the training of "
        "customs officers.",
        "Kenya and Ghana concluded eleven documents during the visit. These include an agreement on the mutual "
        "recognition of driving licences.",
        "The heads of state signed a package of nine documents. Among them are the Strategy of Cooperation in "
        "Tourism until 2030 and the Programme of Joint Measures against Smuggling.",
        "The prime ministers adopted twelve texts at the end of the session. Among them is the Concept of a Common "
        "Energy Market.",
    ],
)
def test_a_text_of_a_set_just_concluded_named_next_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Several ideas were floated at the forum. Among them is a plan for a common energy market.",
        "The delegates discussed the state of the region. They included the mayor of the capital.",
        "The forum drew 300 participants from 40 countries. They included a memorandum writer from Oslo.",
        "Experts raised several concerns. These include a strategy that relies on imported fuel.",
    ],
)
def test_sets_not_just_concluded_name_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian side announced an additional 40 million kroner for the rebuilding of schools in Kharkiv.",
        "Japan announced a further 12 million dollars in grants for demining in Cambodia.",
        "The ministry announced an extra 5 million euros for the border clinics.",
        "The treaty settles the last disputed stretch of the river border between the two states.",
        "In 1972, Security Council resolution 312 recognised the right of the islanders to self-determination.",
        "The accord recognized the maritime boundary drawn by the joint commission.",
    ],
)
def test_money_announced_and_terms_settled_or_recognised_are_decisions(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister announced that an additional 40 million kroner would be sought from donors.",
        "The agency announced an additional round of consultations.",
        "The court settles disputes between the provinces.",
        "Analysts recognised the risk of a new dispute over the river.",
        "The declaration recognises the importance of trade for the region.",
    ],
)
def test_announcements_of_no_measure_and_settling_or_recognising_without_a_text_are_no_decisions(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The barracks at Tapa will not be finished before 2027.",
        "Work on the new barracks was delayed by a dispute with the builder.",
        "Negotiations on the maritime boundaries between Ruritania and Borduria resumed in Geneva.",
        "Officials from both capitals met to discuss the boundary between the two states in the gulf.",
        "The surveyors repainted the border signs along the river section.",
        "Ministers agreed to hold a regional conference on drug control in Bangkok.",
        "Customs chiefs discussed ways to curb the illicit trade in cigarettes across the lake.",
    ],
)
def test_barracks_boundaries_border_signs_drug_control_and_illegal_trade_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The museum occupies a former tobacco warehouse near the harbour.",
        "Road signs along the motorway will be replaced next year.",
        "The festival celebrates the boundless creativity of young designers.",
        "Exporters welcomed the growth of legal trade in handicrafts.",
    ],
)
def test_signs_trade_and_boundless_alone_are_no_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the talks, the co-chairs signed the minutes of the fourth meeting.",
        "The heads of the delegations signed the protocol of the seventh session of the commission.",
        "Both vice-ministers then signed the minutes of the third round.",
    ],
)
def test_the_record_of_a_numbered_sitting_signed_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "It was agreed that the fifth session of the commission will be held in Tashkent.",
        "The ministers agreed to hold the next round of talks in Doha.",
        "They agreed that the third meeting would take place in Baku.",
        "It was agreed that the Tenth Consultative Meeting will be held in Dushanbe.",
        "The sides agreed that the next regular session of the council would take place in Minsk.",
        "The ministers decided that the fourth annual summit would be held in Astana in May.",
    ],
)
def test_the_next_sitting_of_a_series_agreed_stays_a_schedule(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania proposed that the monitors remain in the valley after the signing of the peace agreement.",
        "The minister suggested that the two navies hold a joint drill following the signing of the accord.",
        "Kenya urged the parties to open the corridor after the signing of the truce.",
    ],
)
def test_a_signing_named_inside_a_proposal_is_no_decision(text: str) -> None:
    labels = _labels(text)
    assert "proposal" in labels and "decision" not in labels, text


@pytest.mark.parametrize(
    "text",
    [
        "After the signing of the peace agreement, the monitors left the valley.",
        "The signing of the accord took place in Baku on Tuesday.",
    ],
)
def test_a_signing_reported_outside_a_proposal_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text
