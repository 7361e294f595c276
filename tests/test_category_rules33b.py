"""Decision rules of round 33b (issue 3): the terms that follow a reported act. Every sentence here is written
for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

from briefing.lexicon import load_lexicon
from briefing.rules.context import also_terms, concluded_words
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text

# --- "will bring together": who makes up a body just decided is a term, not an effect foreseen -------------

_TASK_FORCE = "Aldora and Belvania agreed on Friday to set up a joint task force against cattle rustling."


def test_a_body_just_decided_that_will_bring_together_officers_states_its_terms() -> None:
    out = analyse_text(
        _TASK_FORCE, "The task force will bring together police and veterinary officers from both countries."
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == out[0].actor


def test_an_apposition_between_the_body_and_bring_together_does_not_hide_it() -> None:
    out = analyse_text(
        _TASK_FORCE,
        "The new task force, with posts in Kell and Marrow, will bring together rangers and customs officers.",
    )
    assert "decision" in out[-1].labels


def test_bring_without_together_stays_an_effect_foreseen() -> None:
    # counter-examples: "bring" of a benefit, and "bring together" with no decision before it
    out = analyse_text(_TASK_FORCE, "The task force will bring relief to farmers in the border districts.")
    assert "decision" not in out[-1].labels
    out = analyse_text("The task force will bring together police and veterinary officers from both countries.")
    assert "decision" not in out[-1].labels


# --- a trailing "..., the ministers agreed": the clause before it is what was concluded ----------------------

_TRAILING = "Aldora and Belvania will open a joint customs post at Kell, the two finance ministers agreed on Tuesday."


def test_a_body_named_in_a_clause_reported_by_a_trailing_act_is_named_again() -> None:
    out = analyse_text(_TRAILING, "The post, run by officers of both services, will check lorries around the clock.")
    assert "decision" in out[-1].labels
    assert out[-1].actor == out[0].actor


def test_concluded_words_take_the_clause_before_a_trailing_frame_only() -> None:
    text = "Aldora will open a customs post at Kell, the ministers agreed on Tuesday."
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    cue = lowers.index("agreed")
    assert "post" in concluded_words(text, toks, lowers, cue, cue + 1)
    # counter-examples: an act with its own object ("agreed to ...") keeps only the words after it
    text = "In a long meeting, the ministers agreed to build a bridge at Kell."
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    cue = lowers.index("agreed")
    words = concluded_words(text, toks, lowers, cue, cue + 1)
    assert "bridge" in words and "meeting" not in words
    # ... and an act that opens its sentence has nothing before it to take
    text = "The ministers agreed on Tuesday, after long talks, on a new tariff."
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    cue = lowers.index("agreed")
    assert "ministers" not in concluded_words(text, toks, lowers, cue, cue + 1)


def test_a_trailing_act_about_something_else_is_not_named_again() -> None:
    # counter-example: the later body is not what the clause before the act named
    out = analyse_text(_TRAILING, "The bridge, run by a private firm, will be repainted in the spring.")
    assert "decision" not in out[-1].labels


# --- "X will also VERB" right after a decision: one more term of it -------------------------------------------

_DEAL = "Aldora and Belvania signed a border security agreement in Kell on Monday."
_UNDER = "Under the deal, Aldoran troops will escort convoys to the capital."


def test_parties_that_will_also_do_something_after_the_terms_add_a_term() -> None:
    out = analyse_text(_DEAL + " " + _UNDER, "The two armies will also set up a joint liaison cell in Marrow.")
    assert "decision" in out[-1].labels
    out = analyse_text(_DEAL, "Aldora's police and Belvania's gendarmerie will also exchange lists of wanted people.")
    assert "decision" in out[-1].labels


def test_will_also_without_a_decision_just_before_is_not_a_term() -> None:
    # counter-examples: no decision before it, or a decision too far back
    out = analyse_text("The two armies will also set up a joint liaison cell in Marrow.")
    assert "decision" not in out[-1].labels
    out = analyse_text(
        _DEAL,
        "Smuggling on the river has doubled in two years.",
        "Fishermen say patrols rarely reach the northern shore.",
        "The two armies will also set up a joint liaison cell in Marrow.",
    )
    assert "decision" not in out[-1].labels


def test_frames_pronouns_meetings_and_forecasts_with_will_also_are_not_terms() -> None:
    lex = load_lexicon()
    for text in (
        "Traders hope the line will also bring cheaper fuel.",  # a hope, not a term
        "We will also ask our partners to help.",  # a speaker's own plan
        "The next summit will also take place in Kell.",  # a meeting
        "The two armies will also meet in May.",  # a schedule
        "The new road will also boost trade.",  # an effect foreseen
        "The two armies will also not patrol the lake.",  # negated
        "Will the two armies also patrol the lake?",  # a question
        "In the long run, the armies will also patrol the lake.",  # a fronted clause of unclear scope
    ):
        toks = tokens(text)
        assert not also_terms(text, toks, [t.lower for t in toks], lex), text
    text = "The coast guards will also share radar images."
    toks = tokens(text)
    assert also_terms(text, toks, [t.lower for t in toks], lex)


# --- a standing measure kept by those who set it ------------------------------------------------------------


def test_a_measure_kept_by_a_state_or_body_is_a_decision() -> None:
    for text in (
        "Aldora has kept its checks on the northern border since 2019.",
        "Belvania has kept the embargo on Aldoran timber in force for a decade.",
        "The river commission kept quotas close to last year's levels.",
    ):
        out = analyse_text(text)
        assert "decision" in out[-1].labels, text


def test_a_state_kept_or_a_measure_not_kept_by_anyone_is_not() -> None:
    # counter-examples: no measure as the verb's own object, a preposition between, a measure still to be kept
    for text in (
        "Aldora has kept most of its border crossings closed since the spring.",
        "Aldora has kept close ties with the rulers of Belvania.",
        "The two envoys kept in touch about the sanctions all week.",
        "Aldora will keep the embargo on Belvanian timber next year.",
        "Aldora has not kept the embargo on Belvanian timber.",
    ):
        out = analyse_text(text)
        assert "decision" not in out[-1].labels, text


def test_a_kept_measure_after_an_earlier_act_leaves_the_first_act_to_tell_the_sentence() -> None:
    out = analyse_text(
        "The leaders agreed on Friday to readmit Aldora's envoy to the meetings, but kept a ban on its president."
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor is not None and "envoy" not in out[-1].actor


def test_agreeing_to_keep_an_arrangement_in_a_state_is_a_decision() -> None:
    for text in (
        "Negotiators from Aldora and Belvania agreed to keep the free movement of traders in place until June.",
        "The Council decided to keep on hold the 20 million euro grant for Belvania's navy.",
        "The ministers agreed to keep the ferry terminal open 24 hours a day.",
    ):
        out = analyse_text(text)
        assert "decision" in out[-1].labels, text


def test_agreeing_to_keep_up_a_course_stays_a_shared_wish() -> None:
    # counter-examples: a course continued, contacts kept, an adjective before its noun, a gerund
    for text in (
        "The two leaders agreed to keep up regular contacts.",
        "The two sides agreed to maintain close consultations.",
        "The ministers agreed to keep open channels of dialogue.",
        "The ministers agreed to keep working on the open questions.",
    ):
        out = analyse_text(text)
        assert "decision" not in out[-1].labels, text


# --- an act or a term inside a clause of time or condition still to come -----------------------------------


def test_an_act_in_the_present_perfect_after_once_or_until_is_still_to_come() -> None:
    for text in (
        "The trade chapter can apply provisionally once each country has ratified it.",
        "The protocol will take effect only after six member states have approved it.",
        "Nothing changes at the crossing until both parliaments have ratified the text.",
    ):
        out = analyse_text(text)
        assert "decision" not in out[-1].labels, text


def test_a_past_or_main_clause_act_in_the_present_perfect_is_still_reported() -> None:
    # counter-examples: the same present perfect in the main clause, or a past act in a since-clause's main clause
    for text in (
        "Aldora has ratified the trade chapter, the foreign ministry said.",
        "Both parliaments have approved the border treaty.",
    ):
        out = analyse_text(text)
        assert "decision" in out[-1].labels, text


def test_a_terms_verb_inside_a_clause_of_time_belongs_to_that_clause() -> None:
    out = analyse_text("The dredging contract, worth 40 million, is due to be finished before the season opens.")
    assert "decision" not in out[-1].labels
    # counter-example: the text's own terms verb in the main clause
    out = analyse_text("The contract, signed on Monday, opens the port to foreign dredgers.")
    assert "decision" in out[-1].labels
