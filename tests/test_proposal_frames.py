"""Proposal frames of news English (issue 3, round 6): argued positions, stated suggestions addressed
to someone, wanting another party to act, asking that. Sentences written for the test, with
counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def test_an_analyst_who_argues_that_a_body_should_act_proposes() -> None:
    out = analyse_text(
        "Lena Haas, a fisheries economist at a Kiel institute, argues that the Baltic states should pool "
        "their patrol vessels under one command."
    )
    assert "proposal" in out[0].labels
    assert out[0].actor == "Lena Haas"


def test_arguing_a_fact_is_no_proposal() -> None:
    # counter-example: an argued fact names no action anyone should take
    out = analyse_text("Lena Haas argues that the quota cut came too late to save the herring stock.")
    assert "proposal" not in out[0].labels


def test_my_suggestion_to_someone_is_a_stated_proposal() -> None:
    for text in (
        "My suggestion to the donors is that they fund the clinics for five years instead of two.",
        "Our proposal to the council is to open a second ferry berth at Visby.",
    ):
        assert "proposal" in analyse_text(text)[0].labels, text


def test_a_suggestion_reported_as_past_is_no_stated_proposal() -> None:
    # counter-example: no copula and content, only a suggestion's fate
    out = analyse_text("My suggestion to the donors was rejected in March.")
    assert "proposal" not in out[0].labels


def test_wanting_another_party_to_act_is_a_proposal() -> None:
    for text in (
        "The harbour master wants the ministry to dredge the channel before winter.",
        "Okafor said Ghana wanted Togo to open a second lane at the Aflao crossing.",
    ):
        assert "proposal" in analyse_text(text)[0].labels, text


def test_wanting_without_another_party_or_under_a_modal_or_negation_is_not() -> None:
    # counter-examples: a wish with no one asked to act, a future want, a refusal
    for text in (
        "Our members will want to see lower fees before they return.",
        "The union does not want the port to close.",
        "Residents want the situation to improve.",
    ):
        assert "proposal" not in analyse_text(text)[0].labels, text


def test_asking_that_someone_act_is_a_request() -> None:
    out = analyse_text("Councillor Ana Ruiz asked that local builders get first call on the contracts.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "Ana Ruiz"


def test_asking_about_something_is_no_request() -> None:
    # counter-example: a question, not a request
    out = analyse_text("Councillor Ana Ruiz asked whether local builders would get the contracts.")
    assert "proposal" not in out[0].labels


def test_seeking_support_for_a_bid_is_a_request() -> None:
    out = analyse_text("The Nepali side sought Japan's support for its candidature to the Security Council.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "the Nepali side"


def test_seeking_to_do_something_or_seeking_asylum_is_not() -> None:
    # counter-examples: an attempt, and a request for one's own protection
    for text in ("Kenya sought to reassure investors after the vote.", "Forty sailors sought asylum in Oslo."):
        assert "proposal" not in analyse_text(text)[0].labels, text


def test_a_pseudo_cleft_need_states_a_proposal() -> None:
    out = analyse_text(
        "What we need now is a rule under which upstream states notify others before they open the dams."
    )
    assert "proposal" in out[0].labels


def test_a_pseudo_cleft_of_what_was_seen_is_not() -> None:
    # counter-example: "What we saw" reports, it asks for nothing
    out = analyse_text("What we saw was a failure of leadership on both sides.")
    assert "proposal" not in out[0].labels


def _interview(*paragraphs: str) -> list[str | None]:
    from briefing.model import Article
    from briefing.summarise import analyse

    article = Article("i", "i.txt", "Interview: the river has no owner", None, None, None, paragraphs)
    return [a.actor if a.labels & {"decision", "proposal"} else None for a in analyse([article])[0][1]]


def test_an_interviews_answers_are_the_interviewees() -> None:
    got = _interview(
        "The commission's director, Grace Wanjiru, spoke to us in Kisumu.",
        "Q: What comes next?",
        "A: I propose that the five states share river gauge data every day.",
    )
    assert got[-1] == "Grace Wanjiru"


def test_a_proposal_backed_by_others_is_their_proposal() -> None:
    out = analyse_text("The proposal was backed by Chile and Peru, according to a diplomat.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "Chile and Peru"


def test_a_government_backed_by_the_army_is_no_proposal() -> None:
    # counter-example: backing a government is no course of action proposed
    assert "proposal" not in analyse_text("The government was backed by the army.")[0].labels


def test_a_request_for_comment_is_no_proposal() -> None:
    for text in (
        "Peru's foreign ministry did not respond to a request for comment.",
        "The two states agreed to hand over suspects within 30 days of a request.",
    ):
        assert "proposal" not in analyse_text(text)[0].labels, text


def test_a_speakers_specific_need_is_a_proposal() -> None:
    for text in (
        "We need two more patrol boats on the lake by June.",
        "We need officers on the ground within 48 hours of a call.",
    ):
        assert "proposal" in analyse_text(text)[0].labels, text


def test_a_speakers_vague_or_general_need_is_not() -> None:
    # counter-examples: slogans and values
    for text in ("We need more unity in the region.", "We want a future for our children."):
        assert "proposal" not in analyse_text(text)[0].labels, text


def test_this_newspaper_is_named_by_its_outlet() -> None:
    from briefing.model import Article
    from briefing.summarise import analyse

    text = "This newspaper urges the government to ask the OAS to station observers on the river."
    article = Article("e", "e.txt", "Editorial: the river", None, "The Lagoon Herald", None, (text,))
    got = analyse([article])[0][1][0]
    assert "proposal" in got.labels
    assert got.actor == "This newspaper (The Lagoon Herald)"
    # counter-example: without a known outlet the text's words stay
    assert analyse_text(text)[0].actor == "This newspaper"
