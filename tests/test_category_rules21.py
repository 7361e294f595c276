"""Decisions and proposals on unseen text (issue 3, round 21): mechanisms written by at least two annotator batches
or stated by GUIDELINES.md, each with sentences of other wordings and the counter-examples that keep it narrow.

- a request named as what someone answers ("did not respond to requests for comment") is no request made;
- a welcome whose follow-up only studies the idea ("welcomed the proposal and said Oslo would consider it");
- a modal in a clause of hope, confidence or expectation ("expressed confidence that the visit will open a new
  page") tells what is expected, not a course of action asked for;
- the calls of an issued text also when another verb of its subject comes first ("In the declaration, the leaders
  expressed support for X and called on ...": the text's wording, a decision);
- a text concluded by named signers as the frame of a clause ("runs under an agreement signed by the two
  ministries"): a background decision;
- "agreed in PLACE to VERB ..., and we hope ...": a coordinated clause's verb is not the verb of the act's subject;
- a welcome of a text's entry into force (a text in force has been concluded); an act in a clause opened by
  "since" and a subject only dates the main clause, as one after "when" does;
- a text initialled that "has yet to be signed" is told as unfinished (an initialling alone stays a decision);
- a named court or tribunal that ruled, fixed a boundary or confirmed a point of law has decided (background);
- "We want X to be a forum ...": what a thing should be, a general goal (GUIDELINES), as "should be a NOUN".
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

_labels = labels_of


@pytest.mark.parametrize(
    "text",
    [
        "Neither Kabul nor the commission responded to requests for comment.",
        "The interior ministry did not reply to requests from this newspaper about the raids.",
        "Officials in Dushanbe have not answered requests for an interview since March.",
        "Spokespeople for both firms did not respond to requests for comment on Friday.",
    ],
)
def test_requests_answered_or_for_comment_are_no_proposals(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan requests the secretariat to circulate the draft before the summit.",
        "The governors' requests for emergency funding were sent to the cabinet on Monday, and Oslo requests that "
        "the fund be doubled.",
        "Bishkek has formally requested that the border commission meet before the spring floods.",
    ],
)
def test_requests_made_stay_proposals(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Stoltz welcomed the idea and said Norway would consider it at the next ministerial meeting.",
        "The Latvian side welcomed the proposal and said its experts would study the costs.",
        "Officials in Tbilisi welcomed the plan and added that a review would be carried out by the finance ministry.",
    ],
)
def test_a_welcome_followed_only_by_a_study_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Stoltz welcomed the proposal and said Norway would send two frigates to the exercise.",
        "The minister welcomed the proposal to open a joint customs post.",
    ],
)
def test_a_welcome_with_a_course_of_action_stays_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The president said he was confident that the visit will open a new chapter in relations.",
        "The premier noted the growth of trade and expressed confidence that the new route will boost exports.",
        "Both ministers said they were optimistic that the talks would resume in the autumn.",
        "She told reporters she expected that the council would meet again in May.",
    ],
)
def test_a_modal_of_expectation_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Kazakhstan would host the next round of talks in Astana.",
        "The envoy said both sides should open a hotline between their border commanders.",
    ],
)
def test_a_reported_modal_without_expectation_stays_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In the declaration, the leaders also expressed support for a ban on cluster munitions and called on all "
        "states to join the convention.",
        "In their joint communique, the ministers welcomed the election results and urged the parties to form a "
        "government without delay.",
        "In a final statement, the five presidents backed a regional water fund and also called on donors to "
        "finance it.",
    ],
)
def test_a_call_of_an_issued_text_after_another_verb_is_its_wording(text: str) -> None:
    labels = _labels(text)
    assert "decision" in labels and "proposal" not in labels, text


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the foreign ministry expressed support for the talks and called on both sides to show "
        "restraint.",
        "In the draft declaration, the ministers expressed support for a ceasefire and called on the parties to "
        "return to talks.",
        "In an interview, the minister expressed support for the pipeline and called on investors to back it.",
    ],
)
def test_one_party_or_a_draft_text_still_proposes(text: str) -> None:
    labels = _labels(text)
    assert "proposal" in labels and "decision" not in labels, text


@pytest.mark.parametrize(
    "text",
    [
        "The ferry runs under a bilateral agreement signed by the transport ministers of both countries in 2019.",
        "Patrols will take place every month, under a protocol signed by the two defence ministers.",
        "Students from both countries study free of charge under an exchange accord concluded by the universities "
        "last year.",
    ],
)
def test_a_clause_framed_by_a_text_signed_by_named_parties_reports_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The brigade, created under an agreement signed in 2005, has never been deployed.",
        "Exports could grow under a trade deal drafted by officials of both countries.",
        "Trains would run under a draft agreement signed by nobody yet.",
    ],
)
def test_a_text_without_signers_or_unfinished_reports_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In March the deputy foreign ministers agreed in Colombo to set up a shared register, and we hope they "
        "will now put it into operation.",
        "Last year the ministers agreed in Almaty to open two new crossings, but they did not say when.",
        "In May the coast guards agreed at Tallinn to exchange patrol data, and the navies will join later.",
        "In June the central bank governors agreed in Baku to link their payment systems, and two banks have "
        "already connected.",
    ],
)
def test_an_act_agreed_in_a_place_before_a_coordinated_clause_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The implementation of the projects agreed in 2024 and the budget was reviewed.",
        "He reviewed the projects agreed in Baku and the funds that were spent.",
    ],
)
def test_a_participle_modifying_a_noun_is_still_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka welcomes the entry into force of the regional transport agreement in June.",
        "The ministers welcomed the entry into force of the convention on mutual legal assistance.",
        "Mongolia hailed the entry into force of the free trade agreement with Japan last month.",
    ],
)
def test_a_welcomed_entry_into_force_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the entry into force of the convention.",
        "Officials hope to welcome the entry into force of the treaty next year.",
    ],
)
def test_an_entry_into_force_not_welcomed_as_done_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations met for the first time since their border treaty came into force.",
        "Trade has tripled since the two governments signed the transit accord.",
        "No ship has entered the strait since its owners adopted the new code.",
    ],
)
def test_an_act_in_a_since_clause_only_dates_the_main_clause(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Since 2020 the two governments have signed four protocols on water sharing.",
        "The treaty came into force in May, since when patrols have been joint.",
    ],
)
def test_since_as_a_date_keeps_the_act(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We want CICA to be a forum where states that disagree can sit at the same table.",
        "We want Central Asia to become a hub for transit trade between east and west.",
        "I want our region to be a bridge between Europe and Asia.",
    ],
)
def test_a_wish_for_what_a_thing_should_be_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We want the border commission to be set up before the summit.",
        "We want the members to create a fund for disaster relief.",
        "We want two more patrol boats on the lake by June.",
    ],
)
def test_a_wish_for_an_act_stays_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The talks follow a peace process whose treaty was initialled in Geneva in March but has yet to be signed.",
        "The border accord, initialled by the two premiers last year, has not yet been signed.",
        "Officials initialled the water-sharing text in Almaty, though it is yet to be signed by the presidents.",
    ],
)
def test_an_initialled_text_still_to_be_signed_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers initialled the peace treaty in Geneva on Friday.",
        "Negotiators initialled the trade agreement in Brussels, and it will be signed in June.",
    ],
)
def test_an_initialling_alone_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the International Court of Justice ruled that the islands belong to Malaysia.",
        "Last March the tribunal in The Hague fixed the maritime boundary between the two states.",
        "The Court of Justice of the African Union confirmed that the sanctions were lawful.",
        "The East African Court of Justice decided that the border fence must be removed.",
    ],
)
def test_a_named_court_that_ruled_has_decided(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Seven years after the referendums, the court has yet to rule on the boundary.",
        "The tribunal will rule on the dispute in May.",
        "The court confirmed the date of the next hearing.",
        "Kuwait wants Iraq to respect the 2012 agreement, which Iraq's Federal Supreme Court declared void.",
        "An arbitration tribunal ruled in 2007 that the rig had to leave the area.",
        "The court did not rule on the compensation claim.",
    ],
)
def test_no_ruling_made_or_no_court_named_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text
