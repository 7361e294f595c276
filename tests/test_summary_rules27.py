"""Executive-summary ranking from the twenty-seventh round (issue 3): changes kept because they held over 33
labelled batches with each batch left out in turn. Every sentence here is written for the test; counter-examples
stand beside each change.
"""

from __future__ import annotations

import pytest

from briefing.classify import BACKGROUND_COST, SOFT_PROPOSAL_COST
from briefing.importance import (
    FOLLOWED_SCENE_LEAD_WEIGHT,
    LEAD_WEIGHT,
    SCENE_LEAD_WEIGHT,
    TOPIC_LABELS,
    ArticleProfile,
    reports_act,
)
from briefing.lexicon import load_lexicon, tokenize_lower
from briefing.model import Sentence
from tests.sumhelpers import analyse_text, briefing_of, make_article

_FILLERS = (
    "The talks lasted most of the afternoon and touched on trade, transport and culture.",
    "Both delegations included deputy ministers and several regional governors.",
    "The last round of consultations took place in the spring in the capital of the other side.",
    "Weather on the coast delayed the arrival of one delegation by about two hours.",
    "Journalists were admitted to the hall only for the opening remarks.",
    "The hall was decorated with the flags of both states and a banner in three languages.",
)

# Leads about security that report no act: a committee's session, a patrol scene, a column's opening image.
_SECURITY_LEADS = (
    "The border security committee of Aldora and Belvania held its yearly session in Port Kell on Monday.",
    "Coast guard cutters patrolled the strait off Port Kell on Monday as smugglers tested the new maritime border.",
    "Soldiers now outnumber farmers on the road from Kell to the Belvanian border, where the army has built new posts.",
)


def _lead(*paragraphs: str):  # the first sentence's analysis
    return analyse_text(*paragraphs)[0]


def test_only_a_topic_label_reports_no_act() -> None:
    assert {"security"} == TOPIC_LABELS
    assert not reports_act(set()) and not reports_act({"security"}) and not reports_act(frozenset({"security"}))
    assert reports_act({"decision"}) and reports_act({"proposal", "security"}) and reports_act({"decision", "security"})
    assert reports_act({"trade"})  # a user section's label is the user's news: it keeps the lead's weight


def _added_by(labels: set[str], index: int) -> float:
    """What ``labels`` add to one sentence's importance at position ``index`` (against no label)."""
    text = "Officials of Aldora and Belvania discussed the maritime border in Port Kell on Monday."
    article = make_article(text)
    lex = load_lexicon()
    lowers = tokenize_lower(text)
    profile = ArticleProfile.of(article, [lowers], lex.stopwords)
    s = Sentence("a", index, index, text)
    return profile.importance(s, lowers, labels, None) - profile.importance(s, lowers, set(), None)


def test_a_topic_label_adds_at_the_lead_what_it_adds_anywhere() -> None:
    # The lead's position weight depends on whether it reports an act, not on its topic.
    assert _added_by({"security"}, 0) == pytest.approx(_added_by({"security"}, 3))
    # counter-examples: an act at the lead also gains the lead's weight over the scene's
    for act in ({"decision"}, {"proposal"}, {"proposal", "security"}):
        assert _added_by(act, 0) == pytest.approx(_added_by(act, 3) + LEAD_WEIGHT - SCENE_LEAD_WEIGHT), act


@pytest.mark.parametrize("lead", _SECURITY_LEADS)
def test_the_security_leads_are_labelled_security_only(lead: str) -> None:
    assert _lead(lead, *_FILLERS[:3]).labels == {"security"}


def _lead_importance(*paragraphs: str) -> float:
    return analyse_text(*paragraphs)[0].importance


@pytest.mark.parametrize("lead", _SECURITY_LEADS)
def test_a_security_lead_followed_closely_by_a_decision_loses_the_scene_cost(lead: str) -> None:
    decision = "The ministers signed an agreement on joint patrols of the strait and a shared radar network."
    near = (lead, _FILLERS[0], decision, *_FILLERS[1:])
    far = (lead, *_FILLERS, decision)  # beyond the reach: the lead keeps the scene weight
    assert "decision" in analyse_text(*near)[2].labels
    cost = SCENE_LEAD_WEIGHT - FOLLOWED_SCENE_LEAD_WEIGHT
    assert _lead_importance(*near) == pytest.approx(_lead_importance(*far) - cost)


def test_a_security_lead_that_reports_an_act_keeps_the_lead_weight() -> None:
    # counter-example: "signed ... on joint patrols" is a decision (and security): the lead is the news
    acting = "Aldora and Belvania signed an agreement on joint patrols of their maritime border in Port Kell on Monday."
    first = _lead(acting, *_FILLERS[:3])
    assert "decision" in first.labels
    decision = "The ministers also agreed to open a joint border crossing for lorries at Vell."
    near = _lead_importance(acting, _FILLERS[0], decision, *_FILLERS[1:])
    far = _lead_importance(acting, *_FILLERS, decision)
    assert near == pytest.approx(far)


def test_the_summary_of_one_item_is_the_security_act_not_the_security_meeting() -> None:
    title = "Border security committee of Aldora and Belvania holds yearly session in Port Kell"
    lead = _SECURITY_LEADS[0]
    decision = "The committee agreed to set up a joint coast guard centre in Port Kell to track smuggling boats."
    article = make_article(lead, _FILLERS[0], decision, *_FILLERS[1:3], title=title)
    (item,) = briefing_of(article, summary_items=1).summary
    assert item.sources[0].quote == decision
    # counter-example: with no act near it, the security lead stays the one item
    plain = make_article(lead, *_FILLERS[:3], title=title)
    (item,) = briefing_of(plain, summary_items=1).summary
    assert item.sources[0].quote == lead


# --- the terms of a concluded text, and a proposal made softly, lose less (SOFT_PROPOSAL_COST 0.3 -> 0.2) ---------

_SIGNING = "The foreign ministers of Aldora and Belvania signed a fisheries agreement in Port Kell on Monday."
_TERMS = "Under the agreement, boats from both states will be allowed to fish in the shared bay from April."
_MIDDLE = (
    "Coast guards of both states have clashed with armed smugglers in the bay several times this year.",
    _FILLERS[0],
    _FILLERS[1],
)


def test_terms_and_soft_proposals_lose_less_than_background() -> None:
    assert 0 < SOFT_PROPOSAL_COST < BACKGROUND_COST


@pytest.mark.parametrize(
    "request_",
    [
        "The mayor of Vell proposed a new ferry line to the southern islands.",
        "Fishermen in Vell asked for a new ferry line to the southern islands.",
    ],
)
def test_the_terms_of_the_signing_outrank_a_later_side_request(request_: str) -> None:
    # "Under the agreement, X will ...": what the signed text does, which a reader of the signing must know
    out = analyse_text(_SIGNING, _TERMS, *_MIDDLE, request_)
    assert "decision" in out[1].labels and "proposal" in out[-1].labels
    article = make_article(_SIGNING, _TERMS, *_MIDDLE, request_)
    quotes = [item.sources[0].quote for item in briefing_of(article, summary_items=2).summary]
    assert quotes == [_SIGNING, _TERMS]
    # counter-example: with three items the request is still reported, after the terms
    quotes = [item.sources[0].quote for item in briefing_of(article, summary_items=3).summary]
    assert request_ in quotes


# --- a proposal weighs 0.55, not 0.5: nearer a decision than a security mention ---------------------------------


def test_a_proposal_adds_more_than_a_security_mention_and_less_than_a_decision() -> None:
    for index in (0, 2, 5):
        proposal, security, decision = (_added_by(x, index) for x in ({"proposal"}, {"security"}, {"decision"}))
        assert security < proposal < decision, index
        # the request ranks clearly above a mere security mention of the same place and words
        assert proposal - security >= 0.15 - 1e-9, index
