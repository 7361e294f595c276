"""Actor rules of round 38b (issue 3): who a first-person text's "I", "we" and "my Government" stand for when its
framing names the speaker (a speech titled by its occasion, with the speaker on the next line) or his state (an
interview whose questions name his government by its capital). Every sentence here is written for the test; each
rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import actor_of, analyse_headed

# --- a speech titled by its occasion names its speaker on the next line --------------------------------------------

_SPEECH = (
    "Chair, colleagues, friends.",
    "Samoa therefore proposes that members agree a common register of fishing vessels.",
    "Last month my Government approved two million tala to train fisheries inspectors.",
    "I also call on our partners to share their satellite data with the Forum.",
)


@pytest.mark.parametrize(
    ("title", "speaker_line"),
    [
        ("Address to the Regional Fisheries Ministers' Meeting, Apia", "Hon Mele Tauiliili, Minister of Fisheries"),
        ("Speech at the Ocean Security Dialogue: small islands, big waters", "Rt Hon Mele Tauiliili, Prime Minister"),
        ("Keynote address to the Blue Pacific Conference", "H.E. Mele Tauiliili, Minister of Foreign Affairs"),
        ("Remarks at the opening of the fisheries centre", "Mele Tauiliili, Minister of Fisheries"),
        ("Statement before the Forum Fisheries Committee", "Dr Mele Tauiliili, Minister for Fisheries"),
    ],
)
def test_a_speech_titled_by_its_occasion_is_spoken_by_the_person_under_it(title: str, speaker_line: str) -> None:
    out = analyse_headed(title, (speaker_line,), *_SPEECH)
    assert actor_of(out, "Last month my Government") == "Samoa"
    assert "Tauiliili" in (actor_of(out, "I also call on") or "")


@pytest.mark.parametrize(
    ("title", "line"),
    [
        # news, not a speech; a speech's occasion with no person under it; a person with no office after a comma
        ("Minister to address fisheries meeting in Apia", "Hon Mele Tauiliili, Minister of Fisheries"),
        ("Address to the Regional Fisheries Ministers' Meeting, Apia", "Fisheries and the ocean economy"),
        ("Address to the Regional Fisheries Ministers' Meeting, Apia", "Mele Tauiliili"),
    ],
)
def test_no_speaker_without_an_occasion_title_and_a_named_office_holder(title: str, line: str) -> None:
    out = analyse_headed(title, (line,), *_SPEECH)
    assert "Tauiliili" not in (actor_of(out, "I also call on") or "")


# --- an interview's questions name the interviewee's government by its capital -------------------------------------

_LEAD = "We spoke to Foreign Minister Amara Okello about the peacekeepers and the refugees."


def test_the_capital_the_questions_name_is_the_interviewees_state() -> None:
    out = analyse_headed(
        "Interview: the foreign minister on the peacekeepers",
        ("Interview by Paul Mensah",),
        _LEAD,
        "Q: Kampala has asked the mission to leave the north. Why now?",
        "A: We want the mission to hand its camps over to our army over two years.",
        "Q: Is Uganda ready to protect the camps alone?",
        "A: Yes. In March we signed an agreement with Kenya on training our police.",
    )
    assert actor_of(out, "We want the mission") == "Uganda"
    assert "Uganda" in (actor_of(out, "In March we signed") or "")


@pytest.mark.parametrize(
    "questions",
    [
        # the place where the interview was held; a city that opens a name ("the Kampala Process"); named once
        ("Q: We met you in Kampala. Why has the mission asked to stay?", "Q: Has Uganda replied to the mission?"),
        ("Q: The Kampala Process has asked the mission to stay. Why?", "Q: Has Uganda replied to the mission?"),
        ("Q: Kampala has asked the mission to leave. Why now?", "Q: Will the mission's donors agree?"),
    ],
)
def test_a_capital_counts_only_as_an_actor_of_the_questions(questions: tuple[str, str]) -> None:
    out = analyse_headed(
        "Interview: the mission's envoy on the peacekeepers",
        ("Interview by Paul Mensah",),
        "We spoke to Amara Okello, the mission's envoy, about the peacekeepers.",
        questions[0],
        "A: We want the mission to hand its camps over to the army over two years.",
        questions[1],
        "A: Not yet.",
    )
    assert actor_of(out, "We want the mission") != "Uganda"
