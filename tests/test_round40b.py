"""Actor rules of round 40b (issue 3): the names of things are not people. A capitalised run that ends on, or holds, a
head noun that names a cause, an offence, a force or unit, a forum, a plan, a work or a feature of the map ("Human
Rights", "Organised Crime", "the Coast Guard", "Strategic Dialogue", "Lake Ohrid") is no person, so it is neither
the actor of a sentence nor the name a later "he" points to. And the person an interview's headline names answers
its questions when no verb of interviewing in the lead names him. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.actors import find_mentions
from briefing.lexicon import load_lexicon
from briefing.model import Analysis, Article
from briefing.summarise import analyse
from briefing.tokens import tokens
from tests.sumhelpers import actor_of, labels_of, last


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


# --- the interviewee the headline names ----------------------------------------------------------------------------


def _interview(title: str, *paragraphs: str) -> tuple[Analysis, ...]:
    art = Article(id="s", path="s.txt", title=title, date=None, outlet=None, url=None, paragraphs=paragraphs)
    return analyse([art])[0][1]


_ANSWERS = (
    "Q: The new bridge at Puerto Suárez opened in March. What has changed for the Chaco?",
    "A: Trucks now cross in an hour instead of a day. What I have proposed to my Bolivian counterpart is that our "
    "two police forces share one radio network along the whole border.",
    "Q: The Interior Ministry says smugglers still use the old ford. Is that true?",
    "A: It is, and I would like the customs service to station a mobile scanner at the ford before the dry season.",
)


@pytest.mark.parametrize(
    "title",
    [
        # a quotation, then the interviewee with his office, then the topic
        '"The bridge changed everything": Border Minister Ana Lucía Ferreyra on the Chaco',
        # the interviewee before the quotation
        'Ana Lucía Ferreyra: "The bridge changed everything"',
        # a label, then the interviewee
        "Interview: Border Minister Ana Lucía Ferreyra on smuggling in the Chaco",
        # "an interview with" after the quotation
        '"The bridge changed everything": an interview with Border Minister Ana Lucía Ferreyra',
    ],
)
def test_headline_names_the_interviewee_when_the_lead_names_no_one(title: str) -> None:
    out = _interview(title, *_ANSWERS)
    assert "Ferreyra" in (actor_of(out, "What I have proposed") or "")
    assert "Ferreyra" in (actor_of(out, "It is, and I would like") or "")


def test_a_quotation_alone_names_no_interviewee() -> None:
    # a headline that is only a quotation: a capital inside it is nobody who answers
    out = _interview('"Our port has fewer scanners than Lima or Buenos Aires"', *_ANSWERS)
    assert "Buenos Aires" not in (actor_of(out, "What I have proposed") or "")


def test_the_lead_verb_of_interviewing_still_names_the_interviewee() -> None:
    # the lead names the interviewee after its verb of interviewing: the same person, read from the lead
    out = _interview(
        '"The bridge changed everything": Border Minister Ana Lucía Ferreyra on the Chaco',
        "The Chaco Review spoke to Border Minister Ana Lucía Ferreyra in Asunción.",
        *_ANSWERS,
    )
    assert "Ferreyra" in (actor_of(out, "What I have proposed") or "")
