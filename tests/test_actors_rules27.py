"""Actor rules of round 27 (issue 3), each kept only when it held over all 33 labelled batches with any one
batch left out. Every sentence is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text, last

# --- a written subject no mention rule reads still acts, not the person the article named last ------------


def test_a_delegation_named_by_its_adjective_proposes() -> None:
    out = last(
        "Defence Minister Paulo Mendes opened the meeting in Luanda.",
        "The Andean delegation proposed that river patrols be placed on the agenda of the next session.",
    )
    assert "proposal" in out.labels
    assert out.actor == "the Andean delegation"


def test_an_envoy_owned_by_an_organisation_urges() -> None:
    out = last(
        "Rebel leader Tomas Okello rejected the talks.",
        "SADC's special representative for the region has urged both armies to observe a truce in the north.",
    )
    assert out.actor == "SADC's special representative for the region"


def test_a_named_body_with_a_time_phrase_before_its_verb_decides() -> None:
    out = last(
        "Ministers met in Vienna this week.",
        "The OECD's Working Party on Export Credits on Tuesday adopted revised guidelines on arms exports.",
    )
    assert "decision" in out.labels
    assert out.actor == "the OECD's Working Party on Export Credits"


def test_after_a_fronted_date_the_written_subject_acts() -> None:
    out = last(
        "President Laura Vinter welcomed the delegates.",
        "On Monday, a regional coordination committee proposed a shared register of fishing boats.",
    )
    assert out.actor == "a regional coordination committee"


def test_a_document_subject_is_not_read_as_the_actor() -> None:
    out = analyse_text(
        "Kenya and Uganda signed a border accord in March.",
        "The fisheries accord only entered into force in June, after both parliaments ratified it.",
    )
    assert out[-1].actor is None or "accord" not in out[-1].actor


def test_an_event_subject_is_not_the_actor() -> None:
    out = last(
        "The leaders of Chile and Peru met in Arica.",
        "The summit adopted a declaration on water sharing in the Atacama.",
    )
    # round 33a: the summit is shown as written, with those who met (who act)
    assert out.actor == "the summit (the leaders of Chile and Peru)"


def test_a_name_before_a_comma_is_no_fronted_phrase() -> None:
    out = last(
        "Trade Minister Ana Ruiz spoke first.",
        "Mendes, the union delegate, proposed a fund for laid-off dock workers.",
    )
    assert out.actor is None or "delegate" not in out.actor


# --- a passive act "reached at a meeting of" a body is that body's, shown with the states it joins ---------------


def test_a_decision_taken_at_a_commissions_session_is_the_commissions() -> None:
    out = analyse_text(
        "Chile and Peru agreed on Monday to open two new border crossings.",
        "The deal was reached at a three-day session of the Chile-Peru Joint Border Commission that ended in Arica.",
    )
    assert out[-1].actor == "the Chile-Peru Joint Border Commission (Chile and Peru)"


def test_a_body_written_in_common_nouns_is_read_up_to_its_place() -> None:
    out = analyse_text(
        "Ghana and Togo agreed to reopen the Aflao crossing at night.",
        "The decision was taken at a meeting of the joint commission for the frontier in Lome, chaired by the two "
        "interior ministers.",
    )
    assert out[-1].actor == "the joint commission for the frontier (Ghana and Togo)"


def test_a_summits_body_without_states_before_is_shown_alone() -> None:
    out = last(
        "West African leaders met in Accra on Sunday.",
        "The decision was taken at an extraordinary summit of the Assembly of Heads of State in Accra, chaired by "
        "the President of Ghana.",
    )
    assert out.actor == "the Assembly of Heads of State"


def test_a_passive_with_its_own_agent_keeps_it() -> None:
    out = last(
        "Chile and Peru agreed to open two new border crossings.",
        "The accord was signed by the two foreign ministers at a meeting of the Joint Border Commission in Tacna.",
    )
    assert out.actor is None or "Commission" not in out.actor


def test_a_meeting_in_a_place_names_no_body() -> None:
    out = analyse_text(
        "Chile and Peru agreed to open two new border crossings.",
        "The agreement was reached at a meeting in Tacna of senior officials.",
    )
    assert out[-1].actor is None or "Tacna" not in out[-1].actor


# --- review: the United States' initials before an office are the lexicon list [actor] us_forms ------------------


def test_us_forms_come_from_the_lexicon() -> None:
    import dataclasses

    from briefing.actors import find_mentions
    from briefing.lexicon import load_lexicon
    from briefing.tokens import tokens

    text = "The US deputy envoy urged both sides to hold talks."
    lex = load_lexicon()
    found = [m for m in find_mentions(tokens(text), lex, (), text) if m.country == "United States"]
    assert found
    without = dataclasses.replace(lex, us_forms=frozenset(["USA"]))  # "us" in lower case is a pronoun
    assert not [m for m in find_mentions(tokens(text), without, (), text) if m.country == "United States"]
