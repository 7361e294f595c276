"""Actor rules of round 28 (issue 3): an actor that is wrong as an entity is worse than none. A speech
heading's words are not its speaker; a collective narrowed to an office the people remembered are not known
to hold is shown as written. Every sentence is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from briefing.actors import _as_written
from briefing.lexicon import load_lexicon
from briefing.rules.actor_choice import _written_agent
from briefing.rules.context import _headline_speaker
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text

# --- a speech heading in capitals is not the speaker ------------------------------------------------------


def test_heading_words_in_capitals_are_not_the_speaker() -> None:
    lex = load_lexicon()
    for title, who in [
        ("Opening Remarks by H.E. Mr. Tomas Lindqvist at the Baltic Ports Conference", "Tomas Lindqvist"),
        ("Keynote Address by Dr. Amara Osei at the Coastal States Forum", "Amara Osei"),
        ("Closing Statement by Foreign Minister Ines Duarte", "Ines Duarte"),
    ]:
        assert _headline_speaker([title], lex)[0] == who


def test_a_plain_heading_still_names_its_speaker() -> None:
    assert _headline_speaker(["Remarks by President Mara Kolev"], load_lexicon())[0] == "Mara Kolev"
    assert _headline_speaker(["Fishing boats return to port"], load_lexicon()) == (None, None)


def test_a_speech_under_a_capitalised_heading_is_its_speakers() -> None:
    out = analyse_text(
        "Welcome to Valletta, dear colleagues.",
        "I call on our partners to fund the training of coast guard officers from our member states.",
        title="Opening Remarks by H.E. Ms. Petra Zammit at the Mediterranean Ports Meeting",
    )
    assert out[-1].actor is not None
    assert "Remarks" not in out[-1].actor and "Opening" not in out[-1].actor


# --- a collective narrowed to an office is not shown with people not known to hold it ------------------------


def test_a_portfolio_collective_is_not_the_presidents_before_it() -> None:
    assert _as_written("the two defence ministers", "Ana Lopes and Boris Ivanov", 2) == "the two defence ministers"
    assert _as_written("the two trade ministers", "Ana Lopes (Chile) and Boris Ivanov (Peru)", 2) == (
        "the two trade ministers"
    )
    assert _as_written("the two fisheries ministries", "Ana Lopes and Boris Ivanov", 2) == (
        "the two fisheries ministries"
    )
    # after two states, the narrowed office is theirs
    assert (
        _as_written("the two fisheries ministries", "Chile and Peru", 2)
        == "the two fisheries ministries (Chile and Peru)"
    )


def test_unqualified_collectives_keep_whom_they_stand_for() -> None:
    assert (
        _as_written("the two ministers", "Ana Lopes and Boris Ivanov", 2)
        == "the two ministers (Ana Lopes and Boris Ivanov)"
    )
    assert _as_written("the two prime ministers", "Ana Lopes and Boris Ivanov", 2) == (
        "the two prime ministers (Ana Lopes and Boris Ivanov)"
    )
    assert _as_written("the two Presidents", "Ana Lopes (Chile) and Boris Ivanov (Peru)", 2) == (
        "the two Presidents (Ana Lopes and Boris Ivanov)"
    )


def test_governments_are_not_the_leaders_named_as_people() -> None:
    assert _as_written("the two governments", "Ana Lopes and Boris Ivanov", 2) == "the two governments"
    assert _as_written("the two governments", "Chile and Peru", 2) == "the two governments (Chile and Peru)"
    assert _as_written("the two countries", "Sri Lanka and South Africa", 2) == (
        "the two countries (Sri Lanka and South Africa)"
    )


def test_a_later_collective_still_finds_the_leaders() -> None:
    out = analyse_text(
        "President Ana Lopes held talks with President Boris Ivanov in Lima on Monday.",
        "A separate accord signed by the two defence ministers provides for joint naval patrols.",
        "In a joint statement, the two presidents called for the early reopening of the border crossings.",
    )
    assert out[1].actor is None or "Lopes" not in out[1].actor
    assert out[-1].actor is not None and "Lopes" in out[-1].actor


# --- a group's member noun after proper words is part of its name ------------------------------------------


def test_member_nouns_after_qualifying_names_stay_in_the_group() -> None:
    for sentence, name in [
        ("The foreign ministers of the four Baltic states approved a common visa list.", "the four Baltic states"),
        ("The leaders of the three Andean countries adopted a water charter in Quito.", "the three Andean countries"),
        ("The ministers of the Nordic Council's member states adopted a joint fisheries plan.", "member states"),
    ]:
        out = analyse_text(sentence)[-1]
        assert out.actor is not None and out.actor.endswith(name), out.actor


def test_names_without_member_nouns_are_unchanged() -> None:
    out = analyse_text("The foreign ministers of Chile and Peru adopted a declaration on river pollution.")[-1]
    assert out.actor == "the foreign ministers of Chile and Peru"
    out = analyse_text("The leaders of the Caspian Five adopted a declaration on fishing quotas.")[-1]
    assert out.actor == "the leaders of the Caspian Five"


# --- a description is not bracketed after another description ---------------------------------------------


def test_a_collective_after_a_plain_description_is_shown_as_written() -> None:
    assert _as_written("the two Presidents", "the military commanders", 2) == "the two Presidents"
    assert _as_written("the sides", "the leaders", 0) == "the sides"
    # a description with a name tells whom the collective stands for
    assert _as_written("the parties", "the SCO heads of state", 0) == "the parties (the SCO heads of state)"


def test_it_was_agreed_after_the_ministers_is_the_sides() -> None:
    out = analyse_text(
        "The ministers met in Sofia on Monday to review the energy partnership.",
        "It was agreed to set up a working group on gas storage.",
    )
    assert out[-1].actor == "the sides"


# --- names cut short: a state of several words, an Arabic name's article, a place before people ------------


def test_a_possessive_state_of_several_words_keeps_all_of_them() -> None:
    out = analyse_text(
        "Papua New Guinea's national government approved a fisheries levy on foreign trawlers on Friday."
    )[-1]
    assert out.actor is not None and out.actor.startswith("Papua New Guinea's")
    out = analyse_text("Sri Lanka's cabinet approved a new port levy on Tuesday.")[-1]
    assert out.actor is not None and out.actor.startswith("Sri Lanka's")


def test_a_long_arabic_name_does_not_end_on_its_article() -> None:
    out = analyse_text("Sheikh Khalid bin Saud bin Hamad Al Nuaimi proposed a joint fund for desalination plants.")[-1]
    assert out.actor is not None and out.actor.endswith("Khalid bin Saud bin Hamad Al Nuaimi")
    out = analyse_text("Ahmed Al Mansouri proposed a joint fund for desalination plants.")[-1]
    assert out.actor == "Ahmed Al Mansouri"


def test_a_place_before_a_plural_of_people_is_no_person() -> None:
    for sentence, group in [
        ("West Nile farmers have urged the government to ban charcoal trucks.", "West Nile farmers"),
        ("Upper Nile residents called for the reopening of the river crossing.", "Upper Nile residents"),
    ]:
        out = analyse_text(sentence)[-1]
        assert out.actor == group, out.actor
    # a sentence's first word before them, or no name at all, is no place
    out = analyse_text("Armed forces of both states will notify each other of any patrol near the line.")[-1]
    assert out.actor is None or out.actor.strip() == out.actor
    out = analyse_text("At the forum in May, our ministers endorsed a common agenda for the region.")[-1]
    assert out.actor is None or not out.actor.startswith(" ")
    # a capitalised plural is part of a name ("the Andean Armed Forces"), read as before
    out = analyse_text("It was agreed to set up joint patrols of the Andean Armed Forces along the river.")[-1]
    assert out.actor is None or "Armed forces" not in out.actor
    # a person's name before a verb in -s is still a person
    out = analyse_text("Maria Okonjo urges the council to reopen the crossing.")[-1]
    assert out.actor == "Maria Okonjo"


def _agent_after_by(text: str) -> str | None:
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    return _written_agent(text, toks, lowers, lowers.index("by") + 1, load_lexicon())


def test_the_voters_after_a_vote_manner_are_the_agent() -> None:
    assert _agent_after_by("adopted by consensus of the 12 countries on Friday") == "the 12 countries"
    assert _agent_after_by("approved by a majority of the national delegations") == "the national delegations"
    # no manner: as before
    assert _agent_after_by("adopted by 12 countries") == "12 countries"
    assert _agent_after_by("adopted by consensus") is None
    out = analyse_text("The revised code passed by consensus of the 40 member states on Friday.")[-1]
    assert out.actor is None or "consensus" not in out.actor
