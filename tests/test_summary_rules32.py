"""Executive-summary ranking from round 32d (issue 3): changes kept because they held over the 39 training batches
(each left out in turn) and raised key recall on the three validation batches. Every sentence here is written for
the test; counter-examples stand beside each change.
"""

from __future__ import annotations

import pytest

from briefing.classify import BACKGROUND_COST, LAST_YEAR_COST
from briefing.importance import FIRST_REPORT_BONUS
from tests.sumhelpers import analyse_text, briefing_of, make_article

# --- a decision dated "last year" is background, told nearer the news (LAST_YEAR_COST) ---------------------------

_NEWS = "Aldora signed a customs agreement with Belvania on Monday to speed up lorries at the Vell crossing."


def _importance(sentence: str) -> float:
    (got,) = analyse_text(sentence)
    assert "decision" in got.labels, sentence
    return got.importance


def test_last_year_costs_less_than_a_year_before_the_articles() -> None:
    assert 0 < LAST_YEAR_COST < BACKGROUND_COST


@pytest.mark.parametrize(
    "sentence",
    [
        "Aldora signed a customs agreement with Belvania last year to speed up lorries at the Vell crossing.",
        "Last year Aldora signed a customs agreement with Belvania to speed up lorries at the Vell crossing.",
        "Last year, at the same forum, Aldora signed a customs agreement with Belvania on lorries at Vell.",
    ],
)
def test_an_act_dated_last_year_ranks_below_the_same_act_as_news(sentence: str) -> None:
    # no article date is needed: "last year" is the year before the one the article was written in
    # (and an act told as background is no first report of the article's news either)
    assert _importance(sentence) == pytest.approx(_importance(_NEWS) - LAST_YEAR_COST - FIRST_REPORT_BONUS)


@pytest.mark.parametrize(
    "sentence",
    [
        # another clause's date: the unit was set up last year, the act is today's
        "Aldora signed a customs agreement with Belvania on lorries at Vell, where queues grew last year.",
        # not the year before: a week ago, next year, the last year of a plan
        "Aldora signed a customs agreement with Belvania last week to speed up lorries at the Vell crossing.",
        "Aldora signed a customs agreement with Belvania to speed up lorries at the Vell crossing next year.",
        "Aldora signed a customs agreement with Belvania in the last year of the old transit plan at Vell.",
    ],
)
def test_last_year_dating_something_else_or_no_year_leaves_the_act_as_news(sentence: str) -> None:
    assert _importance(sentence) >= _importance(_NEWS) - 0.2  # only wording differs (length, centrality)


_LEAD = "The foreign ministers of Aldora and Belvania met in Port Kell on Monday and signed a fisheries agreement."
_FILL = (
    "The talks lasted most of the afternoon and touched on trade, transport and culture.",
    "Both delegations included deputy ministers and several regional governors.",
)
_PROPOSAL = "Belvania proposed a joint study of fish stocks in the shared bay, to be finished by the spring."


def test_the_summary_prefers_the_proposal_to_an_agreement_signed_last_year() -> None:
    background = "Aldora also signed a transit agreement with Belvania last year, which lets lorries cross at Vell."
    article = make_article(_LEAD, *_FILL, background, _PROPOSAL)
    quotes = [item.sources[0].quote for item in briefing_of(article, summary_items=2).summary]
    assert quotes == [_LEAD, _PROPOSAL]
    # counter-example: the same act as news ("on Monday") is a second decision and outranks the request
    news = background.replace(" last year", " on Monday")
    proposal = analyse_text(_LEAD, *_FILL, news, _PROPOSAL)[-1].importance
    assert analyse_text(_LEAD, *_FILL, news, _PROPOSAL)[3].importance > proposal
    assert analyse_text(_LEAD, *_FILL, background, _PROPOSAL)[3].importance < proposal
