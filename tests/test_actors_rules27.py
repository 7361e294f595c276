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
    assert out.actor is None or "summit" not in out.actor.lower()


def test_a_name_before_a_comma_is_no_fronted_phrase() -> None:
    out = last(
        "Trade Minister Ana Ruiz spoke first.",
        "Mendes, the union delegate, proposed a fund for laid-off dock workers.",
    )
    assert out.actor is None or "delegate" not in out.actor
