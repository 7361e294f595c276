"""Actor rules of round 31b (issue 3): names written with initials, and a nationality the lexicon does not
know before an office's title. Every sentence is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from briefing.sentences import split_text
from tests.sumhelpers import analyse_text, last

# --- a middle initial that looks like a regnal number ("V.", "X.", "I.") --------------------------------------


def test_a_middle_initial_v_or_x_is_part_of_the_name() -> None:
    assert last("Envoy Oskar V. Lindahl signed the fisheries protocol on Monday.").actor == "Oskar V. Lindahl"
    assert last("Minister Pieter X. Van Dam proposed joint patrols on the river.").actor == "Pieter X. Van Dam"


def test_a_regnal_number_still_ends_a_name() -> None:
    # "Felipe VI" with no dot, and a numeral closing the sentence before a new one
    out = analyse_text("King Felipe VI signed the decree on the new embassy.")
    assert out[-1].actor is not None and out[-1].actor.endswith("Felipe VI")
    assert split_text("The port was built under Charles V. The new quay opened in May.") == [
        "The port was built under Charles V.",
        "The new quay opened in May.",
    ]


def test_an_initial_does_not_end_a_sentence() -> None:
    assert split_text("Premier Liisa V. Koskinen signed the accord. Talks end today.") == [
        "Premier Liisa V. Koskinen signed the accord.",
        "Talks end today.",
    ]


# --- an unknown nationality before a title ---------------------------------------------------------------------


def test_an_unknown_nationality_before_a_title_is_not_part_of_the_name() -> None:
    assert last("Manx Chief Minister Alfred Cannell proposed a joint ferry service.").actor == "Alfred Cannell"
    assert last("Faroese Prime Minister Jens K. Olsen renewed the request for membership.").actor == "Jens K. Olsen"


def test_a_name_run_without_a_title_inside_is_still_a_person() -> None:
    assert last("Maren Holt Andersen proposed a joint ferry service.").actor == "Maren Holt Andersen"
    # "General" inside a body's name is no title before a holder's name
    out = last("The General Assembly adopted the resolution on ocean shipping.")
    assert out.actor is not None and "Assembly" in out.actor


def test_a_letter_after_words_ends_a_sentence_before_a_usual_opener() -> None:
    assert split_text("The ministers chose Plan B. It keeps the ferry running.") == [
        "The ministers chose Plan B.",
        "It keeps the ferry running.",
    ]
    # an answer's tag "A." opening a paragraph or following a question is no sentence of its own
    assert split_text("A. We signed it.") == ["A. We signed it."]
    assert split_text("Why now? A. We were ready.") == ["Why now?", "A. We were ready."]
