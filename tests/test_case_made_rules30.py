"""Cases argued by groups and unnamed people (issue 3, round 30c), measured over all labelled batches at once.

- "X argues that <someone> should <act>" reports a proposal by X whoever X is. A person named in the singular was
  read ("argues", "contends"); the plural present forms of the same verbs ("Some economists argue that ...",
  "Critics contend ...", "we believe the ministries should ...") frame indirect speech the same way, and the group
  as written ("some regional economists") is the proposer, not the state its adjective names nor the parties its
  clause addresses. What the frame keeps out stays out: a view with no act ("argue that the plan is flawed"), the
  past judged ("should have started"), what a thing should be ("should be a bridge"), an expectation ("expect").
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _last(*paragraphs: str) -> tuple[frozenset[str], str | None]:
    got = analyse_text(*paragraphs)[-1]
    return frozenset(got.labels), got.actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Some regional economists argue that the ministries should set up a joint tariff board.",
            "regional economists",
        ),
        (
            "Water engineers argue that the three provinces should build a shared reservoir on the upper river.",
            "water engineers",
        ),
        (
            "Critics contend that the agreement ought to include a clause on arbitration by a neutral court.",
            "critics",
        ),
        (
            "Several retired diplomats insist that the envoy must open a liaison office in the border town.",
            "retired diplomats",
        ),
        (
            "Some Bolivian economists argue that the central bank should publish its reserve figures every week.",
            "bolivian economists",
        ),
    ],
)
def test_a_group_arguing_for_an_act_proposes_it(text: str, actor: str) -> None:
    labels, who = _last(text)
    assert "proposal" in labels, text
    assert who is not None and actor in who.lower(), (text, who)


@pytest.mark.parametrize(
    "text",
    [
        "Critics argue that the plan is flawed and that its costs were underestimated.",
        "Some analysts believe the talks should have started earlier.",
        "Some analysts argue that the talks should have started two years earlier.",
        "Economists expect that interest rates should fall later in the year.",
        "Many residents argue that the river should be a link between the towns, not a frontier.",
        "Shipping firms argue that the new port fees are too high for small operators.",
    ],
)
def test_a_view_or_the_past_argued_is_no_proposal(text: str) -> None:
    labels, _ = _last(text)
    assert "proposal" not in labels, text
