"""Actor rules of round 40b (issue 3): the names of things are not people. A capitalised run that ends on, or holds, a
head noun that names a cause, an offence, a force or unit, a forum, a plan, a work or a feature of the map ("Human
Rights", "Organised Crime", "the Coast Guard", "Strategic Dialogue", "Lake Ohrid") is no person, so it is neither
the actor of a sentence nor the name a later "he" points to. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.actors import find_mentions
from briefing.lexicon import load_lexicon
from briefing.tokens import tokens
from tests.sumhelpers import labels_of, last


def _people(text: str) -> list[str]:
    lex = load_lexicon()
    return [m.name for m in find_mentions(tokens(text), lex, (), text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The Office for Democratic Institutions and Human Rights will send 30 observers to Tbilisi.", "Human Rights"),
        ("She met the head of the Centre against Corruption and Organised Crime in Tirana.", "Organised Crime"),
        ("Officers of the Coast Guard boarded the trawler off Mindanao on Sunday.", "Coast Guard"),
        ("Highway Police said the convoy had crossed the bridge without incident.", "Highway Police"),
        ("The next Strategic Dialogue will be held in Lima in the spring.", "Strategic Dialogue"),
        ("Both ministers endorsed the Joint Plan of Action on border crossings.", "Joint Plan"),
        ("Fishing boats from both shores of Lake Ohrid stayed in port on Monday.", "Lake Ohrid"),
        ("The Ferghana-Osh Railway carried two million tonnes of freight last year.", "Ferghana-Osh Railway"),
        ("Africa Corps instructors have left the base near Gao, residents said.", "Africa Corps"),
        ("A new Border Checkpoint at Dong Dang will open in May.", "Border Checkpoint"),
    ],
)
def test_names_of_things_are_no_people(text: str, thing: str) -> None:
    assert thing not in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # people are still read, before or after such a name, as subjects, objects or in apposition
        ("Maria Fernanda Espinosa told the Strategic Dialogue that talks would resume.", "Maria Fernanda Espinosa"),
        ("The Coast Guard commander, Rear Admiral Tomas Vidal, said the cutters were ready.", "Tomas Vidal"),
        ("Lake Ohrid fishermen welcomed the decision, Nikola Petrov said.", "Nikola Petrov"),
    ],
)
def test_people_beside_them_are_still_read(text: str, person: str) -> None:
    assert any(person in p for p in _people(text))


def test_body_with_human_rights_in_its_name_decides_under_its_acronym() -> None:
    # subject a body whose full name ends on "Human Rights", defined by its acronym: the body (shown by its acronym)
    a = last(
        "The OSCE's Office for Democratic Institutions and Human Rights (ODIHR) decided on Monday to deploy a "
        "limited election observation mission to Armenia for the June vote."
    )
    assert "decision" in a.labels
    assert a.actor is not None and "ODIHR" in a.actor and a.actor != "Human Rights"


def test_acronym_body_acts_again_after_the_name() -> None:
    # "the Warsaw-based office said" after the body was named: the body, not a phrase of its name
    a = last(
        "The Office for Democratic Institutions and Human Rights (ODIHR) decided on Monday to send observers to "
        "Armenia.",
        "It also decided to deploy 24 long-term observers across the country, the Warsaw-based office said.",
    )
    assert a.actor is not None and "Human Rights" not in a.actor


def test_named_thing_is_not_the_actor_of_a_reported_act() -> None:
    # the ministers agreed; "Policy Dialogue" in the sentence names the meeting, not someone who acted
    text = (
        "At the fourth Defence Policy Dialogue in Hanoi, the two ministers agreed to set up a hotline between "
        "their navies."
    )
    assert "decision" in labels_of(text)
    a = last(text)
    assert a.actor is not None and "Dialogue" not in a.actor
