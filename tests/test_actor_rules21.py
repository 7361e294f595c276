"""Actor rules of round 21 (issue 3): mechanisms that recur across annotators' batches. Every sentence
is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a run of agentless signings continues the sides that signed the first -------------------------

_VISIT = "President Ana Rojas of Chile met Prime Minister Luis Quispe of Peru in Arica on Monday."


def test_a_plain_signing_after_the_sides_signed_stays_the_sides() -> None:
    out = analyse_text(
        _VISIT,
        "Rojas proposed that the State Border Commissions meet again before the end of May.",
        "Then, Chile-Peru documents were signed in the presence of the two leaders.",
        "A memorandum on the new bridge at Chacalluta and an agreement on transit cargo were signed.",
    )
    assert "decision" in out[3].labels
    assert out[3].actor == out[2].actor
    assert out[3].actor is not None and out[3].actor.startswith(("the sides (", "the two sides ("))


def test_a_signed_declaration_in_another_wording_stays_the_sides() -> None:
    out = analyse_text(
        _VISIT,
        "Quispe suggested that the Fisheries Agencies draft new quotas for anchovy.",
        "In the presence of the two leaders, a treaty on water sharing was signed.",
        "Moreover, a joint declaration on the strategic partnership was signed in the palace.",
    )
    assert "decision" in out[3].labels
    assert out[3].actor == out[2].actor
    assert "Agencies" not in (out[3].actor or "")


def test_a_third_signing_in_the_run_stays_the_sides_too() -> None:
    out = analyse_text(
        _VISIT,
        "Then, Chile-Peru documents were signed in the presence of the two leaders.",
        "Rojas proposed that the State Border Commissions meet again before the end of May.",
        "An agreement on the mutual recognition of driving licences was signed.",
        "A protocol on customs cooperation was signed as well.",
    )
    for later in (out[3], out[4]):
        assert "decision" in later.labels
        assert (later.actor or "").startswith(("the sides (", "the two sides ("))
        assert "Chile" in (later.actor or "") and "Peru" in (later.actor or "")


def test_a_signing_after_a_decision_by_one_body_is_not_the_sides() -> None:
    # counter-example: the last decision was one body's own, not the sides' signing; nothing continues
    out = analyse_text(
        "The Joint Border Commission of Chile and Peru met in Tacna on Monday.",
        "The Joint Border Commission approved a new survey of the Lluta valley.",
        "A memorandum on the new bridge at Chacalluta was signed.",
    )
    assert "decision" in out[2].labels
    assert (out[2].actor or "").lower() == "the joint border commission"


def test_a_passive_with_its_agent_keeps_the_agent() -> None:
    # counter-example: "by X" names the signatories whatever was signed before
    out = analyse_text(
        _VISIT,
        "Then, Chile-Peru documents were signed in the presence of the two leaders.",
        "A memorandum on rail freight was signed by the Chilean and Peruvian railway companies.",
    )
    assert "decision" in out[2].labels
    assert not (out[2].actor or "").startswith(("the sides (", "the two sides ("))


# --- a side of talks that did the act keeps it against a person's closing frame -------------------

_TALKS = "Chilean deputy minister Ana Rojas met Peruvian envoy Luis Quispe in Tacna on Monday."


def test_a_side_that_proposed_is_the_proposer_not_the_person_whose_office_reports_it() -> None:
    out = analyse_text(
        _TALKS, "The Chilean side proposed that the two countries reopen the consulate in Arica, Rojas's office said."
    )
    assert "proposal" in out[1].labels
    assert "side" in (out[1].actor or "")


def test_a_delegation_that_asked_keeps_the_act_against_a_named_spokesman() -> None:
    out = analyse_text(_TALKS, "The Peruvian delegation also asked Chile to share the Lluta river data, Quispe said.")
    assert "proposal" in out[1].labels
    assert "delegation" in (out[1].actor or "")


def test_a_side_that_invited_keeps_the_act_when_the_person_reports_it_first() -> None:
    out = analyse_text(
        _TALKS,
        "The Peruvian side invited Chilean officials to visit the Ilo port in June, said Quispe.",
    )
    assert "proposal" in out[1].labels
    assert "side" in (out[1].actor or "")


def test_an_offer_of_a_side_in_the_present_stays_the_speakers() -> None:
    # counter-example: not a finished act ("is ready to"); the one who says it makes the offer
    out = analyse_text(_TALKS, "The Chilean side is ready to supply electricity to Tacna at cost, Rojas said.")
    assert "proposal" in out[1].labels
    assert out[1].actor is not None and "Rojas" in out[1].actor


def test_a_state_subject_with_a_person_frame_is_unchanged() -> None:
    # counter-example: a state (not a side of the talks) before the verb; the person who reports it
    # keeps the proposal as before (a minister speaks for his state)
    out = analyse_text(_TALKS, "Chile proposed that the two countries reopen the consulate in Arica, Rojas said.")
    assert "proposal" in out[1].labels
    assert out[1].actor is not None and "Rojas" in out[1].actor


# --- an interviewee's "we" is the state the interview's questions ask about -----------------------


def _interview(*paragraphs: str) -> tuple[str, ...]:
    return ("Minister of Trade Tala Vea spoke to the Harbour Review about fishing and trade.", *paragraphs)


def test_we_signed_with_a_partner_is_the_asked_about_state_and_the_partner() -> None:
    out = analyse_text(
        *_interview(
            "Q: Tonga is hosting the fisheries ministers this year. What do you expect?",
            "A: We expect a lot from the meeting.",
            "Q: Critics say Tonga depends too much on Australia. Is that fair?",
            "A: Last year we signed a trade agreement with Fiji, and it has worked well.",
        )
    )
    signed = out[-1]
    assert "decision" in signed.labels
    assert signed.actor == "Tonga and Fiji"


def test_the_lead_and_a_question_together_name_the_interviewees_state() -> None:
    out = analyse_text(
        "Tala Vea spoke to us in Nuku'alofa about the future of Tonga's fishing fleet.",
        "Q: Will Tonga sell more licences to foreign fleets?",
        "A: In March we concluded a memorandum with Samoa on joint patrols of our waters.",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Tonga and Samoa"


def test_a_question_naming_the_state_as_its_subject_again_counts() -> None:
    out = analyse_text(
        *_interview(
            "Q: Why does Tonga want a new port? A: Because the old one is too small.",
            "Q: And how will Tonga pay for it? A: We agreed with Japan on a loan last month.",
        )
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Tonga and Japan"


def test_two_states_asked_about_equally_name_no_state() -> None:
    # counter-example: "Egypt and Sudan say ...": two states asked about, neither the interviewee's
    out = analyse_text(
        *_interview(
            "Q: Samoa and Fiji say the fund is too small. What is your answer?",
            "A: The fund will grow.",
            "Q: Will Samoa and Fiji leave it?",
            "A: Last year we signed a trade agreement with Japan, and it has worked well.",
        )
    )
    assert out[-1].actor is not None and "Samoa" not in out[-1].actor and "Fiji" not in out[-1].actor


def test_partners_and_nations_adjectives_in_questions_do_not_count() -> None:
    # counter-example: states after "with"/"to" and nations' adjectives are not the interviewee's
    out = analyse_text(
        *_interview(
            "Q: Relations with Fiji are tense, and Fijian boats fish near your reefs. Why?",
            "Q: Do you sell fish to Fiji? A: Last year we signed a trade agreement with Japan.",
        )
    )
    assert out[-1].actor is not None and "Fiji" not in out[-1].actor


# --- "the two governments" before the text names both states: the headline's states ---------------


def test_the_two_governments_are_the_headlines_two_states() -> None:
    out = analyse_text(
        "A group of 90 Tongan welders flew to Auckland on Tuesday.",
        "Their contracts follow an agreement on seasonal work that the two governments signed in March.",
        title="Tongan welders leave for New Zealand under new labour deal",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the two governments (Tonga and New Zealand)"


def test_both_countries_in_another_wording_take_the_headlines_states() -> None:
    out = analyse_text(
        "The first ferry between Apia and Suva sailed on Friday.",
        "Both countries approved the route in a memorandum last year.",
        title="Samoa and Fiji open direct ferry link",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Samoa" in out[1].actor and "Fiji" in out[1].actor


def test_the_two_sides_with_one_state_named_take_the_headlines_pair() -> None:
    out = analyse_text(
        "Fiji's fisheries ministry issued the first licences on Monday.",
        "The two sides agreed in May to share catch data every quarter.",
        title="Fiji and Vanuatu share tuna catch data",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Vanuatu" in out[1].actor and "Fiji" in out[1].actor


def test_a_headline_with_three_states_names_no_two_governments() -> None:
    # counter-example: the headline's states are not the two the text means
    out = analyse_text(
        "A group of 90 welders flew to Auckland on Tuesday.",
        "Their contracts follow an agreement that the two governments signed in March.",
        title="Tonga, Samoa and New Zealand talk labour mobility",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the two governments"


def test_a_state_the_text_named_outside_the_headline_keeps_it_unresolved() -> None:
    # counter-example: the text named a state the headline does not: the headline is no guide
    out = analyse_text(
        "A group of 90 welders flew from Fiji to Auckland on Tuesday.",
        "Their contracts follow an agreement that the two governments signed in March.",
        title="Tongan welders leave for New Zealand under new labour deal",
    )
    assert "decision" in out[1].labels
    assert "Tonga" not in (out[1].actor or "")


# --- the host of a visit is of the state visited ----------------------------------------------------


def test_the_president_of_the_visited_state_is_the_host() -> None:
    out = analyse_text(
        "The Head of State Tala Vea held talks with President of Fiji Jone Rabuka, who is in Tonga on an"
        " official visit.",
        "The President of Tonga awarded Jone Rabuka the Order of the Crown of Tonga.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Tala Vea" in out[1].actor


def test_a_visit_to_the_state_names_the_hosts_state_in_another_wording() -> None:
    out = analyse_text(
        "Prime Minister Tala Vea received Prime Minister of Samoa Fiame Mata'afa, who was on a working visit to Tonga.",
        "The Prime Minister of Tonga approved a grant for the Samoan school in Nuku'alofa.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Tala Vea" in out[1].actor


def test_the_host_is_shown_with_his_state_once_known() -> None:
    out = analyse_text(
        "President Tala Vea met President of Fiji Jone Rabuka, who is on a state visit to Tonga.",
        "Vea proposed a joint coast guard exercise next year.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Tala Vea (Tonga)"


def test_a_visit_of_the_guests_own_state_names_no_host_state() -> None:
    # counter-example: "in Fiji" is the guest's own state, no visit abroad: the host's state stays unknown
    out = analyse_text(
        "President Tala Vea met President of Fiji Jone Rabuka, who is in Fiji on an official visit.",
        "Vea proposed a joint coast guard exercise next year.",
    )
    assert out[1].actor == "Tala Vea"


def test_two_people_before_the_guest_name_no_host() -> None:
    # counter-example: two possible hosts; neither is given the state
    out = analyse_text(
        "President Tala Vea and Minister Sione Fifita met President of Fiji Jone Rabuka, who is in Tonga on an"
        " official visit.",
        "Vea proposed a joint coast guard exercise next year.",
    )
    assert out[1].actor == "Tala Vea"


# --- "It was agreed" after two people met: the sides, without nested brackets ----------------------


def test_it_was_agreed_after_two_leaders_met_is_the_sides() -> None:
    out = analyse_text(
        "President Tala Vea on Monday received Prime Minister Jone Rabuka of the Republic of Fiji in Nuku'alofa.",
        "It was agreed to set up a working group on visas and the welfare of nationals in both countries.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and out[1].actor.startswith(("the sides (", "the two sides ("))
    assert out[1].actor.count("(") == 1


def test_it_was_decided_in_another_wording_is_the_sides_too() -> None:
    out = analyse_text(
        "Prime Minister Sione Fifita hosted President Surangel Whipps of Palau for talks in Nuku'alofa.",
        "It was also agreed that a joint fisheries committee will meet every six months.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and out[1].actor.startswith("the sides")
    assert out[1].actor.count("(") == 1


def test_it_was_agreed_after_both_sides_keeps_the_sides_states() -> None:
    # counter-example: a collective already named with its states is not re-bracketed
    out = analyse_text(
        "Both sides (Tonga and Fiji) reviewed the border guard cooperation on Tuesday.",
        "It was agreed that the two coast guards will exchange information on smugglers.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor != "the sides (both sides)"


def test_it_was_agreed_after_a_welcome_in_a_third_wording() -> None:
    out = analyse_text(
        "King Tupou received President Surangel Whipps of the Republic of Palau at the Royal Palace on Friday.",
        "It was agreed to extend the fisheries accord by five years.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and out[1].actor.startswith(("the sides (", "the two sides ("))
    assert out[1].actor.count("(") == 1
