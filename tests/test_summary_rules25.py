"""Executive-summary ranking from the twenty-fifth round (issue 3, item 4): a lead that reports no act
but is followed closely by a decision only sets the scene; the decision is the news. Every sentence here
is written for the test; counter-examples stand beside the rule.
"""

from __future__ import annotations

import pytest

from briefing.importance import FOLLOWED_SCENE_LEAD_WEIGHT, SCENE_LEAD_WEIGHT, SCENE_REACH
from briefing.model import DeferredAnalysis
from briefing.summarise import analyse
from tests.sumhelpers import analyse_text, briefing_of, make_article

_FILLERS = (
    "The talks lasted most of the afternoon and touched on trade, transport and culture.",
    "Both delegations included deputy ministers and several regional governors.",
    "The last round of consultations took place in the spring in the capital of the other side.",
    "Weather on the coast delayed the arrival of one delegation by about two hours.",
    "Journalists were admitted to the hall only for the opening remarks.",
)
_COST = SCENE_LEAD_WEIGHT - FOLLOWED_SCENE_LEAD_WEIGHT

# Scene-setting leads in three structures (a passive "was held", a reception, an arrival) ...
_LEADS = (
    "A session of the Aldora-Belvania joint commission was held in Port Kell on Monday.",
    "President Mara Lindqvist of Aldora received Prime Minister Oskar Venn of Belvania at her residence on Monday.",
    "Belvania's foreign minister arrived in Port Kell on Monday for two days of talks with his Aldoran counterpart.",
)
# ... and decisions in three (active signing, passive adoption, "agreed to establish").
_DECISIONS = (
    "The two sides signed an agreement on visa-free travel for students and researchers.",
    "A joint plan for the repair of the Kell river bridge was adopted by the commission.",
    "The ministers agreed to establish a standing working group on fisheries in the shared bay.",
)


def test_a_scene_setting_lead_loses_rank() -> None:
    assert 0 < FOLLOWED_SCENE_LEAD_WEIGHT < SCENE_LEAD_WEIGHT
    assert SCENE_REACH >= 1


def _lead_importance(*paragraphs: str, title: str | None = None) -> float:
    return analyse_text(*paragraphs, title=title)[0].importance


@pytest.mark.parametrize(("lead", "decision"), list(zip(_LEADS, _DECISIONS, strict=True)))
def test_an_unlabelled_lead_followed_closely_by_a_decision_ranks_as_scene_setting(lead: str, decision: str) -> None:
    # The same sentences in another order: word frequencies (centrality) are the same, only the decision's place moves.
    near = (lead, _FILLERS[0], decision, *_FILLERS[1:])
    far = (lead, *_FILLERS, decision)  # the decision is the sixth sentence after the lead: beyond the reach
    assert not analyse_text(*near)[0].labels
    assert "decision" in analyse_text(*near)[2].labels and "decision" in analyse_text(*far)[-1].labels
    assert _lead_importance(*near) == pytest.approx(_lead_importance(*far) - _COST)


def test_the_decision_may_stand_anywhere_within_the_reach() -> None:
    lead, decision = _LEADS[0], _DECISIONS[0]
    far = _lead_importance(lead, *_FILLERS, decision)
    for k in range(SCENE_REACH):  # decision as sentence 1 .. SCENE_REACH
        near = (lead, *_FILLERS[:k], decision, *_FILLERS[k:])
        assert _lead_importance(*near) == pytest.approx(far - _COST), k
    just_beyond = (lead, *_FILLERS[:SCENE_REACH], decision, *_FILLERS[SCENE_REACH:])
    assert _lead_importance(*just_beyond) == pytest.approx(far)


def test_a_proposal_or_a_security_sentence_after_the_lead_does_not_make_it_scene_setting() -> None:
    # a feature's lead whose article goes on with a request or a security matter: the lead may be the news
    proposal = "Belvania proposed that the two coast guards hold a joint search and rescue exercise next year."
    security = "Border guards on both sides have seized record amounts of smuggled fuel since January."
    lead = "Fishing boats returned to the harbour of Port Kell on Monday for the first time since the storm."
    with_others = _lead_importance(lead, proposal, security, *_FILLERS[:2])
    with_others_far = _lead_importance(lead, *_FILLERS[:2], proposal, security)
    assert with_others == pytest.approx(with_others_far)
    assert "proposal" in analyse_text(lead, proposal)[1].labels


def test_a_lead_that_reports_an_act_keeps_its_weight() -> None:
    lead = "Aldora and Belvania signed a treaty on their maritime boundary in Port Kell on Monday."
    decision = _DECISIONS[2]
    near = _lead_importance(lead, _FILLERS[0], decision, *_FILLERS[1:])
    far = _lead_importance(lead, *_FILLERS, decision)
    assert "decision" in analyse_text(lead)[0].labels
    assert near == pytest.approx(far)


def test_the_summary_of_one_item_is_the_act_not_the_occasion() -> None:
    title = "Session of Aldora-Belvania joint commission held in Port Kell"  # the lead's own words: it ranks high
    lead, decision = _LEADS[0], _DECISIONS[0]
    article = make_article(lead, _FILLERS[0], decision, *_FILLERS[1:3], title=title)
    (item,) = briefing_of(article, summary_items=1).summary
    assert item.sources[0].quote == decision
    # counter-example: with no decision near the lead, the headline's occasion stays the one item
    plain = make_article(lead, *_FILLERS[:3], title=title)
    (item,) = briefing_of(plain, summary_items=1).summary
    assert item.sources[0].quote == lead


def test_a_deferred_lead_is_ranked_alike_and_still_condenses() -> None:
    article = make_article(_LEADS[1], _FILLERS[0], _DECISIONS[1], *_FILLERS[1:3])
    eager = analyse([article])[0][1][0]
    lazy = analyse([article], defer=True)[0][1][0]
    assert isinstance(lazy, DeferredAnalysis)
    assert lazy.importance == eager.importance
    assert lazy.condensed == eager.condensed and lazy.condensed
