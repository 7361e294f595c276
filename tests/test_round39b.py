"""Actor rules of round 39b (issue 3): an analysis author's counsel is his own proposal, and a reported finished act
keeps its own named subject. Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import actor_of, analyse_headed, labels_of, last

# --- an analysis author's counsel ----------------------------------------------------------------------------------

_BODY = (
    "The two governments have argued over the river islands for a decade, and the talks of last spring ended early.",
    "Lusaka has asked the commission to publish its survey of the channel before the rains.",
)
_SECTIONED = ("By Nomsa Phiri", "What the survey found")


@pytest.mark.parametrize(
    "counsel",
    [
        "Harare should now propose a joint survey of the channel with observers from the regional bloc.",
        "Harare would do better to propose a joint survey of the channel than to wait for the rains.",
        "The most workable solution would be for Harare to propose a joint survey of the channel.",
        "Donors, for their part, should fund a joint survey of the channel and the training of its surveyors.",
        "In my view, the best course would be for both capitals to invite the regional bloc to survey the channel.",
    ],
)
def test_an_analysis_authors_counsel_is_his_proposal(counsel: str) -> None:
    out = analyse_headed("Islands in the stream: why the river border still divides", _SECTIONED, *_BODY, counsel)
    assert "proposal" in next(a for a in out if a.sentence.text == counsel).labels
    assert "Phiri" in (actor_of(out, counsel[:20]) or "")


@pytest.mark.parametrize(
    "byline",
    [
        "By Dr. Nomsa Phiri",
        "By Dr Nomsa Phiri, senior researcher on border studies",
        "By Prof Nomsa Phiri",
    ],
)
def test_a_byline_with_a_title_or_a_post_names_the_author(byline: str) -> None:
    counsel = "Harare would do better to propose a joint survey of the channel than to wait for the rains."
    out = analyse_headed("Islands in the stream", (byline, "What the survey found"), *_BODY, counsel)
    assert "Phiri" in (actor_of(out, "Harare would do better") or "")


@pytest.mark.parametrize("byline", ["Analysis | By Nomsa Phiri", "ANALYSIS: By Nomsa Phiri", "Analysis by Nomsa Phiri"])
def test_a_labelled_byline_names_the_author_without_sections(byline: str) -> None:
    counsel = "Donors, for their part, should fund a joint survey of the channel and the training of its surveyors."
    out = analyse_headed("Islands in the stream", (byline,), *_BODY, counsel)
    assert "Phiri" in (actor_of(out, "Donors, for their part") or "")


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # the counsel is another's, reported: his, or the proposer the sentence names
        (
            "Tendai Moyo, a lawyer at the University of Zambia, argues that Harare should propose a joint survey.",
            "Moyo",
        ),
        ("Zambia has proposed that the commission should survey the channel jointly with observers.", "Zambia"),
        ("Lusaka has asked the commission to survey the channel, which Harare should welcome.", "Lusaka"),
    ],
)
def test_counsel_reported_or_inside_anothers_proposal_is_not_the_authors(sentence: str, actor: str) -> None:
    out = analyse_headed("Islands in the stream", _SECTIONED, *_BODY, sentence)
    got = actor_of(out, sentence[:20]) or ""
    assert actor in got and "Phiri" not in got


def test_news_without_an_analysis_byline_gives_counsel_to_no_author() -> None:
    counsel = "Harare would do better to propose a joint survey of the channel than to wait for the rains."
    out = analyse_headed("Islands in the stream", ("By Nomsa Phiri",), *_BODY, counsel)
    assert "Phiri" not in (actor_of(out, "Harare would do better") or "")


def test_a_news_byline_with_a_post_is_no_analysis() -> None:
    counsel = "Harare would do better to propose a joint survey of the channel than to wait for the rains."
    out = analyse_headed("Islands in the stream", ("By Nomsa Phiri, Southern Africa Correspondent",), *_BODY, counsel)
    assert "Phiri" not in (actor_of(out, "Harare would do better") or "")


# --- a reported finished act keeps its own named subject -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a closing frame after a body, a state or a collective that acted
        (
            "The National Assembly has proposed that the border guards be placed under a civilian authority, "
            "the speaker's office said.",
            "National Assembly",
        ),
        (
            "Kenya's border agency asked its neighbours to open a joint customs desk, the minister said.",
            "border agency",
        ),
        (
            "The coastal states also urged the commission to share its catch data every month, a delegate said.",
            "coastal states",
        ),
        # an opening frame before a capital's simple past or past perfect, any adverb between
        ("Foreign Minister Ana Lobo told reporters that Maputo wanted the patrols extended to the lake.", "Maputo"),
        ("Foreign Minister Ana Lobo said that Maputo had again asked Pretoria to fund the patrols.", "Maputo"),
        ("Minister Ana Lobo told the council that Maputo also wanted the patrols to cover the lake shore.", "Maputo"),
    ],
)
def test_a_reported_finished_act_keeps_its_own_subject(sentence: str, actor: str) -> None:
    assert "proposal" in labels_of(sentence)
    assert actor in (last(sentence).actor or "")


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # an offer or a future act is the speaker's, as before
        ("Kenya is ready to host the joint customs desk at the crossing, the minister said.", "minister"),
        ("Foreign Minister Ana Lobo said that Maputo would ask Pretoria to fund the patrols.", "Lobo"),
        # a state named by its name before a closing frame stays with the minister who speaks for it (round 21)
        ("Kenya asked its neighbours to open a joint customs desk, Foreign Minister Amina Odhiambo said.", "Odhiambo"),
    ],
)
def test_an_offer_a_future_act_or_a_named_state_stays_the_reporters(sentence: str, actor: str) -> None:
    assert "proposal" in labels_of(sentence)
    assert actor in (last(sentence).actor or "")
