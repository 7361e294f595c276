"""Round 36a: who acts in a meeting's agreement, and which state a speaker's "we" names (validation protocol).

Sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _actor_of(out: tuple, start: str) -> str | None:
    return next(a.actor for a in out if start in a.sentence.text)


def test_a_reduced_relative_meeting_names_the_body_that_met() -> None:
    out = analyse_text(
        "Ecuadorian and Colombian police chiefs agreed on Monday to share radio frequencies along the river.",
        "The agreement, reached at a session of the Ecuador-Colombia Frontier Commission in Ipiales, provides "
        "for a joint control room staffed by 30 officers.",
    )
    assert "Frontier Commission" in (_actor_of(out, "The agreement, reached") or "")


def test_a_meeting_body_whose_name_joins_two_states_is_read_whole() -> None:
    out = analyse_text(
        "The Government of Fiji and the Government of Tonga have agreed to run joint fisheries patrols.",
        "The agreement was reached at the 4th meeting of the Fiji - Tonga Joint Maritime Border Security Committee "
        "held in Nuku'alofa last week.",
    )
    assert "Joint Maritime Border Security Committee" in (_actor_of(out, "The agreement was reached") or "")


def test_a_meeting_place_without_a_body_is_not_a_body() -> None:
    out = analyse_text(
        "Ecuadorian and Colombian police chiefs agreed on Monday to share radio frequencies along the river.",
        "The agreement, reached at a meeting in Ipiales, provides for a joint control room staffed by 30 officers.",
    )
    assert "Ipiales" not in (_actor_of(out, "The agreement, reached") or "")


_SPEECH = "Statement by Ayman Haddad, Minister of Foreign Affairs, at the Regional Water Forum"


def test_a_speaker_welcoming_his_audience_to_a_capital_speaks_for_its_state() -> None:
    out = analyse_text(
        "It is a great pleasure to welcome you to Amman for the third Regional Water Forum.",
        "Rivers do not stop at borders.",
        "The Kingdom therefore proposes two steps.",
        "First, we propose that the forum set up a joint fund to monitor the aquifers shared by its members.",
        title=_SPEECH,
    )
    assert _actor_of(out, "First, we propose") == "Jordan"
    assert _actor_of(out, "The Kingdom therefore") == "the Kingdom (Jordan)"


def test_a_guest_thanking_for_a_welcome_does_not_take_the_hosts_state() -> None:
    out = analyse_text(
        "Thank you for the warm welcome to Amman and for hosting the third Regional Water Forum.",
        "Rivers do not stop at borders.",
        "First, we propose that the forum set up a joint fund to monitor the aquifers shared by its members.",
        title=_SPEECH,
    )
    assert _actor_of(out, "First, we propose") != "Jordan"


def _interview(lead: str) -> tuple:
    return analyse_text(
        lead,
        "Q: What has changed since last year?",
        "A: We have doubled the patrols, and we are asking Stockholm to extradite the boat owners.",
        "Q: And the fishermen?",
        "A: I have asked the county governors to study compensation for lost nights at sea.",
        title="'Our coast is safer, not safe': Interior Minister Lena Holm",
    )


def test_an_office_apposed_after_the_interviewees_name_tells_his_state() -> None:
    out = _interview(
        "Lena Holm, Norway's Interior Minister, spoke to the Coastal Courier about smuggling in the fjords."
    )
    assert _actor_of(out, "we are asking Stockholm") == "Norway"
    assert _actor_of(out, "I have asked") == "Lena Holm"


def test_without_the_apposed_office_the_interviewee_speaks_for_himself() -> None:
    out = _interview("Lena Holm spoke to the Coastal Courier about smuggling in the fjords.")
    assert _actor_of(out, "we are asking Stockholm") == "Lena Holm"


def test_an_honorific_of_rank_and_a_home_minister_are_no_names() -> None:
    out = analyse_text(
        "Datuk Seri Aminah Yusof, Malaysia's Home Minister, spoke to the Borneo Courier about the eastern coast.",
        "Q: Are the islands quieter?",
        "A: I have asked the state government to study compensation for fishermen who lose working nights.",
        title="'Quieter, not quiet': Home Minister Aminah Yusof",
    )
    assert _actor_of(out, "I have asked") == "Aminah Yusof"
