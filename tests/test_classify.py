"""Labelling rules, each pinned with sentences written for the test, and counter-examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sumhelpers import analyse_text, last


def labels(sentence: str) -> frozenset[str]:
    return last(sentence).labels


@pytest.mark.parametrize(
    "sentence",
    [
        "The two governments signed a water-sharing treaty on Monday.",
        "The ministers have approved the joint action plan for 2027.",
        "The accord was ratified by the parliament of Ghana last week.",
        "Chile and Peru agreed to a permanent ceasefire along the disputed strip.",
        "The summit ended with the adoption of a joint communique.",
        "The council appointed Ola Berg as its first secretary general.",
        "It was decided to open the regional office in Accra.",
        "Decisions were taken on the customs code and on the new tariff schedule.",
        "The border treaty was signed in 2019 after ten years of talks.",
    ],
)
def test_completed_acts_are_decisions(sentence: str) -> None:
    assert "decision" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders will sign the charter in March.",  # future
        "The treaty is expected to be signed next year.",  # expectation
        "Both sides plan to adopt a roadmap by December.",  # plan (base form)
        "The next meeting is scheduled to be held in Lima.",  # schedule
        "Parliament did not approve the budget.",  # negation
        "The council failed to adopt a resolution on the crisis.",  # failed act
        "Today the two parties are signing a framework agreement.",  # in progress
        "The issues left open for years are being agreed upon step by step.",  # progressive
        "The adopted documents were published on the portal on Friday.",  # participle as adjective
        "The bloc, founded in 2001, now groups ten member states.",  # history of the subject
    ],
)
def test_plans_expectations_negations_are_not_decisions(sentence: str) -> None:
    assert "decision" not in labels(sentence)


def test_a_weak_act_needs_a_document_or_status_as_object() -> None:
    assert "decision" in labels("The presidents confirmed the principle of non-interference in internal affairs.")
    assert "decision" not in labels("The minister confirmed that he would travel to Oslo.")


def test_a_document_named_as_recently_concluded_is_a_decision_of_its_owner() -> None:
    a = last("Ghana's recently signed treaty with Togo was discussed at length.")
    assert "decision" in a.labels
    assert a.actor == "Ghana"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Lina Varga proposed creating a regional seed bank.",
        "He called for the establishment of a joint border commission.",
        "She stressed the need to open a trade office in the port of Tema.",
        "The delegation backed Norway's initiative to hold an energy forum in Bergen.",
        "Peru offered to host the first meeting of the new working group.",
        "President Ana Kovac urged the partners to set up a common crisis fund.",
        "The ministers called for an immediate ceasefire and talks in Geneva.",
    ],
)
def test_proposals(sentence: str) -> None:
    assert "proposal" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our goal is prosperity for all our peoples.",  # a goal, not a course of action
        "He stressed the need to strengthen friendship between the peoples.",  # vague
        "Chile has consistently called for closer ties with its neighbours.",  # standing position
        "He praised the initiatives put forward at the UN in recent years.",  # describes past proposals
        "The plan was supported by most members.",  # support as a passive report
        "He called on the partners to take into account the interests of the region.",  # vague call
        "She did not propose any new measures.",  # negated
        "The leaders called for peace, stability and closer cooperation.",  # slogan as object
        "He proposed strengthening mutual trust between the two countries.",  # general aim
    ],
)
def test_goals_slogans_and_descriptions_are_not_proposals(sentence: str) -> None:
    assert "proposal" not in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed the fight against terrorism and drug trafficking.",
        "Border guards of both countries will hold joint patrols.",
        "Security forces were deployed along the northern frontier.",
        "The leaders said security on the frontier remains their first concern.",
        "The committee reviewed the threat posed by armed groups in the region.",
    ],
)
def test_security_subjects(sentence: str) -> None:
    assert "security" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cooperation covers politics, security and energy.",  # a field in a list
        "The sides discussed political, foreign policy and security issues.",  # a field in a list
        "The sides discussed energy security and new transit routes.",  # energy security
        "Food security remains a priority for the region's farmers.",
        "The two countries are locked in a trade war over steel tariffs.",  # economic, not armed
        "The leaders wished each other peace and prosperity.",
    ],
)
def test_passing_mentions_are_not_security(sentence: str) -> None:
    assert "security" not in labels(sentence)


def test_every_item_text_is_built_from_its_sentence_words() -> None:
    analyses = analyse_text(
        "In addition, President Ana Kovac proposed creating a regional seed bank in Lima, the ministry said.",
        "“We are ready to host the talks,” he said, proposing a meeting of experts in May.",
    )
    for a in analyses:
        source = set(a.sentence.text.lower().replace("“", " ").replace("”", " ").split())
        assert len(a.condensed) <= len(a.sentence.text)
        assert {w.strip(".,“”") for w in a.condensed.lower().split()} <= {w.strip(".,“”") for w in source}
    assert analyses[0].condensed.startswith("Proposed creating a regional seed bank")
    assert analyses[1].condensed.startswith("Proposing a meeting of experts")


def test_user_section_cues_label_sentences() -> None:
    from briefing.classify import analyse_article, user_sections
    from briefing.lexicon import load_lexicon
    from briefing.sentences import split_article
    from tests.sumhelpers import make_article

    art = make_article("The gas pipeline will reach the coast in 2030. The leaders discussed culture.")
    out = analyse_article(art, split_article(art), load_lexicon(), user_sections({"energy": ["gas pipeline"]}))
    assert [sorted(a.labels) for a in out] == [["energy"], []]


@pytest.mark.parametrize(
    ("sentence", "is_decision"),
    [
        ("Under the agreement, Peru will open two new border crossings.", True),
        ("Under pressure from farmers, Peru will open two new border crossings.", False),
        ("The treaty stipulates that disputes go to an arbitration panel.", True),
        ("The new strategy will define priorities for the next decade.", False),
    ],
)
def test_terms_of_a_concluded_document_are_decisions(sentence: str, is_decision: bool) -> None:
    assert ("decision" in labels(sentence)) is is_decision


def test_trailing_source_frames_are_dropped_from_the_item() -> None:
    a = last("India and China agreed to open a military hotline, the foreign secretary told reporters.")
    assert a.condensed == "Agreed to open a military hotline."
    b = last("The council on Sunday suspended Gabon from all activities, the council said in a statement.")
    # "the council" is the subject (a body, shown as the item's actor), so the item starts at the act.
    assert (b.condensed, b.actor) == ("Suspended Gabon from all activities.", "the council")


def test_a_passive_item_keeps_its_subject() -> None:
    a = last("The Commission was instructed to draft a customs code by June.")
    assert a.condensed == "The Commission was instructed to draft a customs code by June."


_VOCAB = [
    "President",
    "Ana",
    "Kovac",
    "of",
    "Chile",
    "and",
    "Peru",
    "signed",
    "will",
    "sign",
    "proposed",
    "the",
    "treaty",
    "“We",
    "propose",
    "talks,”",
    "he",
    "said,",
    "was",
    "approved",
    "by",
    "Senate",
    "border",
    "security",
    "they",
    "leaders",
    "heads",
    "of",
    "state",
    "did",
    "not",
    '"',
    "called",
    "for",
    "a",
    "fund",
    "in",
    "2001,",
    "On",
    "Friday",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=20), min_size=1, max_size=4))
def test_any_text_is_analysed_and_items_stay_grounded(paragraph_words: list[list[str]]) -> None:
    paragraphs = [" ".join(words) + "." for words in paragraph_words]
    for a in analyse_text(*paragraphs):
        assert a.actor is None or isinstance(a.actor, str)
        # Only cut at the ends (then capitalised, a trailing frame replaced by "."): the rest is verbatim.
        core = a.condensed[1:].rstrip(".")
        assert core in a.sentence.text


def test_list_items_carry_the_act_they_follow() -> None:
    analyses = analyse_text(
        "President Ana Kovac of Chile held talks with President Piet Duran of Peru.",
        "The following documents were signed:",
        "- Agreement on civil aviation;",
        "- Programme of cultural exchanges for 2027.",
        "The weather was mild.",
    )
    assert [sorted(a.labels) for a in analyses] == [[], ["decision"], ["decision"], ["decision"], []]
    # the documents signed after two leaders met are the two states' (round 10; the gold sets' usage)
    assert analyses[2].actor == "the two sides (Chile and Peru)"
    assert analyses[2].condensed == "Agreement on civil aviation;"


def test_preamble_clauses_ending_in_semicolons_are_not_acts() -> None:
    analyses = analyse_text(
        "Reaffirming their commitment to good neighbourliness;",
        "Recognising the role of the river basin;",
    )
    assert all(not a.labels for a in analyses)


def test_an_offer_in_indirect_speech_is_the_speakers() -> None:
    a = last("President Piet Duran of Peru arrived in Quito.", "Peru is ready to host the next summit, Duran said.")
    assert "proposal" in a.labels
    assert a.actor == "Piet Duran (Peru)"


def test_an_aside_between_actor_and_act_is_dropped_from_the_item() -> None:
    a = last("President Ana Kovac of Chile, who chaired the summit, proposed an annual investment forum in Lima.")
    assert a.condensed == "Proposed an annual investment forum in Lima."
    assert a.actor == "Ana Kovac (Chile)"
