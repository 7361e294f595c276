"""Actor rules of round 31a (issue 3): "It" is the body that was the subject of the sentence before, not a body its
clause named as an object; a mission or a panel is a body. Every sentence is written for the test; counter-examples
beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- "It" is the body that acted last as a subject ---------------------------------------------------------------


def test_it_is_the_mission_that_recommended_not_the_organisation() -> None:
    out = analyse_text(
        "The Andean Union sent forty observers to the vote in Tarija.",
        "The mission recommended that the electoral court review the rules on campaign finance. "
        "It also called on the electoral court to publish the count of every polling station.",
    )
    assert out[-1].actor is not None and "mission" in out[-1].actor.lower()


def test_it_is_the_council_not_the_body_it_set_up() -> None:
    out = analyse_text(
        "The Regional Security Council decided to establish a Joint Review Board of the Secretariat. "
        "It also approved the allocation of two million dollars to the relief fund."
    )
    assert out[-1].actor is not None and "Council" in out[-1].actor
    assert "Board" not in out[-1].actor


def test_it_is_the_panel_not_the_ministry_named_before_it() -> None:
    out = analyse_text(
        "The Interior Ministry closed two crossings in May. "
        "The panel recommended that the crossings be reopened to traders. "
        "It also recommended that the border guards be given more patrol boats."
    )
    assert out[-1].actor is not None and "panel" in out[-1].actor.lower()
    assert "Ministry" not in out[-1].actor


def test_counter_a_body_named_later_as_a_subject_still_takes_over() -> None:
    # a new sentence whose subject is another body: "It" after it is that body
    out = analyse_text(
        "The Regional Security Council approved the budget. "
        "The Joint Review Board of the Secretariat then met in Geneva. "
        "It also approved a plan to hire twelve inspectors."
    )
    assert out[-1].actor is not None and "Board" in out[-1].actor


def test_counter_it_with_no_body_before_is_not_a_mission() -> None:
    out = analyse_text(
        "The Andean Union sent forty observers to the vote in Tarija.",
        "It also called on the electoral court to publish the count of every polling station.",
    )
    assert out[-1].actor is None or "mission" not in out[-1].actor.lower()


# --- a conference decides as a body; a summit's act is that of those who met ---------------------------------------


def test_the_conference_that_adopted_is_the_actor() -> None:
    out = analyse_text(
        "Prime Minister Ilir Dervishi opened the accession conference in Luxembourg on Monday. "
        "The conference also adopted interim benchmarks for the chapter on public procurement."
    )
    assert out[-1].actor is not None and "conference" in out[-1].actor.lower()
    assert "Dervishi" not in out[-1].actor


def test_an_emphatic_did_keeps_the_conference_as_subject() -> None:
    out = analyse_text(
        "Two delegations blocked the final text on the last night.",
        "The conference did agree, before the talks collapsed, to set up a working group on verification.",
    )
    assert out[-1].actor is not None and "conference" in out[-1].actor.lower()


def test_an_emphatic_did_keeps_a_team_as_subject() -> None:
    out = analyse_text(
        "Minister Rosa Ibarra spoke to the press on Monday. "
        "The review team did approve, after a long debate, the budget of the new border agency."
    )
    assert out[-1].actor is not None and "review team" in out[-1].actor.lower()


def test_counter_the_summit_is_still_those_who_met() -> None:
    out = analyse_text(
        "The leaders of the five member states met in Lome on Sunday. "
        "The summit also approved the bloc's budget for next year."
    )
    assert out[-1].actor is not None and "summit" not in out[-1].actor.lower()


def test_counter_a_bare_form_without_do_is_not_a_verb_of_the_phrase() -> None:
    out = analyse_text(
        "Minister Rosa Ibarra signed the border agreement with Peru. "
        "The conference agreement text was published on Monday."
    )
    assert out[-1].actor is None or "conference agreement" not in out[-1].actor.lower()
