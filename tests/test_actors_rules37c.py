"""Round 37c: counted collectives as the text words them, and the state a speaker's "we" names (validation protocol).

Sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _actor_of(out: tuple, start: str) -> str | None:
    return next(a.actor for a in out if start in a.sentence.text)


_MET = (
    "The Malawian delegation was led by Dr Agnes Phiri, Minister of Trade, and the Zambian delegation by "
    "Mr. Joseph Banda, Minister of Commerce."
)


def test_a_counted_collective_of_people_keeps_its_words() -> None:
    out = analyse_text(_MET, "At the close of the talks, two protocols were signed by the two Ministers.")
    actor = _actor_of(out, "two protocols were signed") or ""
    assert actor.startswith("the two Ministers (")
    assert "Agnes Phiri" in actor and "Joseph Banda" in actor


def test_an_impersonal_agreement_after_the_counted_ministers_is_the_sides() -> None:
    out = analyse_text(
        _MET,
        "At the close of the talks, two protocols were signed by the two Ministers.",
        "It was also agreed that the customs posts of the two countries will open at night.",
    )
    actor = _actor_of(out, "It was also agreed") or ""
    assert actor.startswith("the sides (") and "Joseph Banda" in actor


def test_services_counted_as_the_parties_of_a_text_are_no_people() -> None:
    out = analyse_text(
        "A meeting of the coast guards of Malta and Tunisia was held in Valletta. The Maltese side was led by "
        "Commander Peter Borg.",
        "A memorandum was signed between the two services on a shared rescue coordination room.",
    )
    actor = _actor_of(out, "A memorandum was signed") or ""
    assert actor.startswith("the two services")
    assert "Borg" not in actor


def test_a_collective_of_states_is_not_filled_with_the_people_named() -> None:
    # counter-example: "the two countries" are never the two ministers just named
    out = analyse_text(_MET, "The two countries signed a protocol on transit trucks.")
    assert "Phiri" not in (_actor_of(out, "The two countries signed") or "")


def test_an_address_of_an_office_names_its_speaker() -> None:
    out = analyse_text(
        "Citizens of this republic, friends from abroad:",
        "This morning I signed a decree placing the northern ports under a single civilian command.",
        title="Inaugural address of the President of the Republic, Marta Quesada Rojas",
    )
    assert "Marta Quesada Rojas" in (_actor_of(out, "This morning I signed") or "")


def test_a_family_name_in_capitals_after_a_title_is_a_name() -> None:
    out = analyse_text(
        "Thank you, Mr Chair.",
        "I call on all members to report every transfer of fuel at sea to the panel of experts.",
        title="Statement by Foreign Minister TANAKA Hiroshi at the Regional Forum",
    )
    assert "TANAKA Hiroshi" in (_actor_of(out, "I call on all members") or "")


def test_an_acronym_after_a_title_is_no_family_name() -> None:
    # counter-example: "NATO" before a common noun names no person
    out = analyse_text("The Secretary General NATO staff proposed a new exercise in the Baltic.")
    assert "NATO staff" not in (out[-1].actor or "")


def test_an_apposed_office_with_its_portfolio_gives_the_interviewees_state() -> None:
    out = analyse_text(
        "Irina Popescu, Romania's deputy minister for regional development, spoke to the Danube Review about "
        "river transport.",
        "Q: Will the new ferry line open this year?",
        "A: We have asked the European Commission to pay for half of the new landing stages.",
        title="Interview: Irina Popescu on the river ports",
    )
    assert _actor_of(out, "We have asked the European") == "Romania"


def test_a_portfolio_with_its_article_before_an_apposed_name_names_the_person() -> None:
    out = analyse_text(
        "Kenya's Minister for the Interior, Joseph Otieno, told reporters in Nairobi that Uganda had also "
        "asked for help with fingerprint scanners.",
        "He proposed that the two police forces hold monthly meetings at Busia.",
    )
    assert "Uganda" in (_actor_of(out, "told reporters in Nairobi") or "")
    assert "Joseph Otieno" in (_actor_of(out, "He proposed") or "")


def test_a_capitalised_portfolio_after_a_states_possessive_is_his_office() -> None:
    out = analyse_text(
        "A proposal by Sierra Leone's Fisheries Minister, Aminata Kamara, to close the estuary to trawlers for "
        "three months was not taken up, two officials said."
    )
    assert "Aminata Kamara" in (out[-1].actor or "")


def test_a_speakers_own_state_said_to_act_stays_his_without_the_past_perfect() -> None:
    # counter-example: "X said Ghana would ..." is his state's offer, told by him
    out = analyse_text(
        "Ghana's Minister for the Interior, Kofi Asante, said Ghana would also ask Togo to share its passenger lists."
    )
    assert "Kofi Asante" in (out[-1].actor or "")


def _analysis(*paragraphs: str, byline: str = "By Ana Silva", title: str = "The river ports are silting up") -> tuple:
    from briefing.model import Article
    from briefing.summarise import analyse

    art = Article(
        id="b",
        path="b.txt",
        title=title,
        date=None,
        outlet=None,
        url=None,
        paragraphs=paragraphs,
        headings=(byline, "What could be done"),
    )
    return analyse([art])[0][1]


def test_a_bylined_authors_first_person_is_hers() -> None:
    out = _analysis(
        "Marco Rossi, an engineer at the port authority, says the channel should be dredged every spring.",
        "I would go further and propose that the two cities share one dredging fleet.",
    )
    assert _actor_of(out, "I would go further") == "Ana Silva"


def test_in_my_view_a_clause_asking_for_an_act_is_the_authors_proposal() -> None:
    out = _analysis(
        "The two cities have quarrelled over the channel for a decade.",
        "In my view, the two city councils should set up a joint harbour board before the winter floods.",
    )
    last = next(a for a in out if "In my view" in a.sentence.text)
    assert "proposal" in last.labels
    assert last.actor == "Ana Silva"


def test_a_view_inside_a_quotation_is_not_the_authors() -> None:
    # counter-example: the quoted engineer's "my view" is his, not the byline's
    out = _analysis(
        "Marco Rossi is an engineer at the port authority.",
        '"In my view, the two city councils should set up a joint harbour board," Rossi said.',
    )
    last = next(a for a in out if "In my view" in a.sentence.text)
    assert last.actor != "Ana Silva"


def test_a_states_support_voiced_by_its_minister_is_his_proposal() -> None:
    out = analyse_text(
        "Minister Pedro Lima expressed the support of Uruguay for the candidature of Chile for a seat on the "
        "Human Rights Council."
    )
    assert "proposal" in out[-1].labels
    assert "Pedro Lima" in (out[-1].actor or "")


def test_a_states_readiness_voiced_by_its_side_is_a_proposal_of_that_side() -> None:
    out = analyse_text(
        "The Beninese side reiterated the readiness of the Republic of Benin to host the next round of border talks."
    )
    assert "proposal" in out[-1].labels
    assert "Beninese side" in (out[-1].actor or "")


def test_support_described_not_voiced_is_no_proposal() -> None:
    # counter-example: the support of a state reported as a fact, not conveyed by anyone
    out = analyse_text("The support of Uruguay for the new port has been steady for ten years.")
    assert "proposal" not in out[-1].labels
