"""Round 34a: who acts when a transcript's tag, an appositive or a document stands where a person's name would.

Sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

from dataclasses import replace

from tests.builders import make_article
from tests.sumhelpers import analyse, analyse_text


def _actor_of(out: tuple, start: str) -> str | None:
    return next(a.actor for a in out if start in a.sentence.text)


def test_a_tag_naming_an_office_speaks_for_the_headlines_holder() -> None:
    out = analyse_text(
        "OSCE Secretary General: Good morning. The ministers met for four hours.",
        "Question: Will the mission grow?",
        "OSCE Secretary General: I have proposed that we send forty more monitors to the border next spring.",
        title="Press conference by OSCE Secretary General Lina Varga after the ministerial meeting",
    )
    assert _actor_of(out, "I have proposed") == "Lina Varga"


def test_a_tag_naming_a_person_still_names_him() -> None:
    out = analyse_text(
        "Varga: Good morning. The ministers met for four hours.",
        "Question: Will the mission grow?",
        "Varga: I have proposed that we send forty more monitors to the border next spring.",
        title="Press conference by OSCE Secretary General Lina Varga after the ministerial meeting",
    )
    assert _actor_of(out, "I have proposed") == "Lina Varga"


def test_an_office_tag_without_a_named_holder_is_no_actor() -> None:
    out = analyse_text(
        "Deputy Director: Good morning. The board met for four hours.",
        "Question: Will the mission grow?",
        "Deputy Director: I have proposed that we send forty more monitors to the border next spring.",
        title="Briefing after the board meeting",
    )
    assert _actor_of(out, "I have proposed") != "Deputy Director"


def _with_heading(heading: str, *paragraphs: str, title: str) -> tuple:
    """An article whose layout held ``heading`` as a heading line under its title (readers.parse_layout)."""
    article = replace(make_article(*paragraphs, title=title), headings=(heading,))
    return analyse([article])[0][1]


_CREDIT = "Interview with Tomas Reyna, Director of the Lake Basin Commission"


def test_a_credit_line_interview_with_names_who_says_i() -> None:
    out = _with_heading(
        _CREDIT,
        "The commission manages the water of four states.",
        "Q: What comes next?",
        "A: I have asked the ministers of the member states to approve a common fishing calendar before June.",
        title='"A lake shared is a lake saved"',
    )
    assert _actor_of(out, "I have asked") == "Tomas Reyna"


def test_a_credit_line_names_the_speaker_of_an_untagged_answer() -> None:
    out = _with_heading(
        _CREDIT,
        "The commission manages the water of four states.",
        "Q: What comes next?",
        "My suggestion to the member states is that their ministers meet before June to agree on a calendar.",
        title='"A lake shared is a lake saved"',
    )
    assert _actor_of(out, "My suggestion") == "Tomas Reyna"


def test_a_heading_that_credits_no_interview_names_no_speaker() -> None:
    out = _with_heading(
        "Analysis with charts by Tomas Reyna",
        "The commission manages the water of four states.",
        "I have asked the ministers of the member states to approve a common fishing calendar before June, one"
        " official said.",
        title="Lake states agree on fishing calendar",
    )
    assert _actor_of(out, "I have asked") != "Tomas Reyna"


_SIGNED = "The Andean Fisheries Council approved a fisheries accord in Lima on Monday."


def _terms_actor(terms: str) -> str | None:
    return _actor_of(analyse_text(_SIGNED, terms), terms[:20])


def test_terms_contrasting_two_states_bind_both() -> None:
    actor = _terms_actor(
        "Under the accord, Chile will close its southern waters to trawlers in winter, while Peru will share its"
        " catch data every month."
    )
    assert actor is not None and actor.startswith("the two sides") and "Chile" in actor and "Peru" in actor


def test_terms_contrasting_two_bodies_bind_both_as_written() -> None:
    actor = _terms_actor(
        "Under the accord, the Arica Port Authority released twelve boats, while the Callao Harbour Board freed nine."
    )
    assert actor == "the two sides (the Arica Port Authority and the Callao Harbour Board)"


def test_terms_without_a_contrast_keep_their_makers() -> None:
    actor = _terms_actor("Under the accord, Chile will close its southern waters to trawlers in winter.")
    assert actor is not None and "Fisheries Council" in actor


def test_a_contrast_inside_the_opening_or_after_an_object_is_no_second_party() -> None:
    # "while" before a participle: no second subject, so no second party
    actor = _terms_actor(
        "Under the accord, Chile will close its southern waters to trawlers in winter, while also reducing quotas."
    )
    assert actor is not None and "Fisheries Council" in actor
