"""Decisions and proposals on text nobody had read (issue 3, round 31d): the calls, pledges and instructions a body
puts in the text it adopts or issues are its decision, not a proposal (GUIDELINES: "a declaration or document
adopted", "a joint statement issued"; gold3 JC5). Each form is tested with sentences of other wordings and with the
counter-examples that keep it narrow:

- a pledge made in a text issued in common ("In a joint communique issued after the talks, the two presidents pledged
  to open ...") is decided like that text's calls; a pledge with no text ("The prime minister pledged to open ...")
  and one party's statement stay as before;
- the calls of a recommendation a body adopted ("The assembly adopted a recommendation urging the governments to
  ...") are what it adopted; a recommendation only made ("The panel made a recommendation urging ...") is none of
  this;
- a text instructing those who carry it out ("The communique instructs the finance ministers to ...") is a decision
  of its makers; a plan about the future ("The ministers will instruct ...") and "directs traffic" are not;
- a resolution whose verb is parted from it by an apposition ("Resolution 1234, sponsored by Peru and Ghana, also
  calls on the mission to ...") is as binding as without it; one the apposition says is a draft or was only submitted
  stays a proposal.
A second mechanism: a rotating office of a body handed to its next holder ("Outgoing chairman X handed the rotating
chairmanship of the Community to Y", "handed its pro tempore presidency to Chile") is a transfer of office, decided
like an appointment; "handed over the keys", "handed a letter to the chair", a handover to come and a vote "passed
by" are not, and an act told before it in the same sentence keeps the sentence's actor.
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
        "In a joint communique issued after the talks, the two presidents pledged to open a second border crossing "
        "at Kalinka before the harvest.",
        "In the final declaration, the leaders also pledged to create a regional fund for drought relief by 2028.",
        "The regional assembly adopted a recommendation urging the member governments to harmonise fishing seasons "
        "on the lake.",
        "The parliamentary council on Friday adopted a recommendation calling on the four governments to open their "
        "grain reserves to each other in a crisis.",
        "The communique instructs the finance ministers to prepare a common customs tariff before the next summit.",
        "The joint declaration directs the two border commissions to finish the demarcation by June.",
        "Resolution 1234, sponsored by Peru and Ghana, also calls on the mission to reopen its office in the "
        "northern province.",
        "The resolution, adopted by 13 votes to none, asks the Secretary-General to report on the mission every "
        "three months.",
    ],
)
def test_what_an_adopted_or_issued_text_asks_is_decided(text: str) -> None:
    labels = _labels(text)
    assert "decision" in labels
    assert "proposal" not in labels


@pytest.mark.parametrize(
    "text",
    [
        # a state's own request reported beside the communique: its proposal, not the body's decision
        "Trinidad and Tobago requested a longer transition period for the free movement of its nationals.",
        # a call to come, told as a plan
        "The ministers will call on the donors to double their contributions at the conference in May.",
        # resolutions the apposition shows are still drafts
        "The resolution, a draft circulated by France and Mexico on Monday, asks the council to send observers to "
        "the border.",
        "Resolution 77, submitted by the opposition last week, also asks the council to send observers to the border.",
    ],
)
def test_a_request_not_made_in_an_adopted_text_stays_none_of_this(text: str) -> None:
    assert "decision" not in _labels(text)


def test_a_pledge_with_no_text_issued_is_not_the_texts_decision() -> None:
    # "pledged" alone is a promise, no wording of an adopted text
    assert "decision" not in _labels("The prime minister pledged to visit the flooded districts next week.")


def test_a_recommendation_only_made_is_no_adopted_text() -> None:
    labels = _labels("The panel made a recommendation urging the ministry to hire more border guards.")
    assert "decision" not in labels


@pytest.mark.parametrize(
    "text",
    [
        "The new roundabout directs traffic away from the old market square.",
        "She instructs young diplomats in protocol at the foreign ministry's academy.",
    ],
)
def test_directing_or_instructing_with_no_one_told_to_act_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("At the end of the summit, Ruritania handed the rotating chairmanship of the union to Borduria.", "Ruritania"),
        ("The outgoing chair, Portugal, handed its pro tempore presidency of the forum to Peru.", "Portugal"),
        ("Moldova passed the chairmanship of the committee to Monaco at the close of the session.", "Moldova"),
        ("Kenya hands the bloc's rotating presidency to Uganda at a ceremony in Kampala.", "Kenya"),
    ],
)
def test_a_rotating_office_handed_to_its_next_holder_is_decided(text: str, actor: str) -> None:
    got = analyse_text(text)[-1]
    assert "decision" in got.labels
    assert got.actor is not None and actor in got.actor


@pytest.mark.parametrize(
    "text",
    [
        "The mayor handed over the keys of the old fortress to the visiting president.",
        "The protesters handed a letter to the chair of the committee outside the building.",
        "Chile will hand the rotating presidency of the forum to Peru in July.",
        "The recommendation passed by 40 votes to 9 in a session chaired by the presidency.",
        "Argentina has not handed the presidency of the bloc to Brazil yet.",
    ],
)
def test_no_office_handed_or_one_still_to_come_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


def test_an_act_told_first_keeps_the_sentence_when_an_office_is_handed_after_it() -> None:
    got = analyse_text(
        "The four presidents signed a customs agreement in Asuncion on Friday, and Paraguay handed the bloc's "
        "rotating presidency to Uruguay."
    )[-1]
    assert "decision" in got.labels
    assert got.actor is not None and "Paraguay" not in got.actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Estonia has gone further, arguing that the three navies should run a common mine-clearing squadron.",
            "Estonia",
        ),
        (
            "Amina Diallo, a lecturer at the University of Bamako, goes further, arguing that the two governments "
            "should open a joint customs post at the river crossing.",
            "Diallo",
        ),
        (
            "The Chamber of Commerce went further on Monday, insisting that both governments should scrap the transit "
            "fee on lorries.",
            "Chamber of Commerce",
        ),
    ],
)
def test_a_case_made_in_a_participle_clause_is_a_proposal(text: str, actor: str) -> None:
    got = analyse_text(text)[-1]
    assert "proposal" in got.labels
    assert got.actor is not None and actor in got.actor


@pytest.mark.parametrize(
    "text",
    [
        # the past judged, no course asked
        "Opposition deputies spent the day arguing that the boundary should have been left to arbitration.",
        # no modal: a quarrel, not a case for a course
        "The two delegations were still arguing over the wording of the final paragraph late on Tuesday.",
        # an expectation, not a course asked for
        "Arguing that the talks would take years, the envoy left Geneva on Friday.",
    ],
)
def test_arguing_with_no_course_asked_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text)


def test_a_member_states_own_request_beside_the_communique_stays_its_proposal() -> None:
    got = analyse_text(
        "In their final communique, the heads of government approved a regional arms register and called on "
        "member states to ratify the firearms protocol. Barbados requested a longer transition period for the "
        "free movement of skilled workers."
    )
    assert "decision" in got[0].labels and "proposal" not in got[0].labels
    assert "proposal" in got[-1].labels and "decision" not in got[-1].labels
    assert got[-1].actor is not None and "Barbados" in got[-1].actor
