"""Round 35a: who acts in a reported clause, and collectives as the text names them.

Sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _actor_of(out: tuple, start: str) -> str | None:
    return next(a.actor for a in out if start in a.sentence.text)


def test_a_capital_that_had_asked_keeps_its_act_against_the_person_who_reports_it() -> None:
    out = analyse_text(
        "Fisheries Minister Kwame Boateng met the shipowners in Tema on Monday.",
        "Boateng told journalists that Accra had asked the owners to pay for a survey of the damaged pipeline.",
    )
    assert _actor_of(out, "Boateng told journalists") == "Accra (Ghana)"


def test_another_state_that_had_offered_keeps_its_act() -> None:
    out = analyse_text(
        "Fisheries Minister Kwame Boateng of Ghana met the shipowners in Tema on Monday.",
        "Boateng said Norway had offered to train forty fisheries inspectors at its coast guard school.",
    )
    assert _actor_of(out, "Boateng said Norway") == "Norway"


def test_the_speakers_own_offer_in_the_future_stays_his() -> None:
    out = analyse_text(
        "Fisheries Minister Kwame Boateng of Ghana met the shipowners in Tema on Monday.",
        "Boateng said Accra would offer to pay for a survey of the damaged pipeline.",
    )
    assert _actor_of(out, "Boateng said Accra") != "Accra (Ghana)"


def test_a_state_the_headline_does_not_name_is_another_speakers_state() -> None:
    out = analyse_text(
        "Fisheries Minister Kwame Boateng met the shipowners in Tema on Monday.",
        "Boateng said Norway had offered to train forty fisheries inspectors at its coast guard school.",
        title="Ghana sets up fisheries inspectorate",
    )
    assert _actor_of(out, "Boateng said Norway") == "Norway"


def test_a_state_the_headline_names_may_be_the_speakers_own() -> None:
    out = analyse_text(
        "Fisheries Minister Kwame Boateng met the shipowners in Tema on Monday.",
        "Boateng said Ghana had offered to train forty fisheries inspectors from Togo.",
        title="Ghana sets up fisheries inspectorate",
    )
    assert _actor_of(out, "Boateng said Ghana") != "Ghana"


_MAYOR = "Mayor Jean Kabura said on Friday that the ferry terminal would reopen to lorries."


def test_a_placed_collective_keeps_its_second_verb_after_but() -> None:
    out = analyse_text(
        _MAYOR,
        "Traders in Rumonge welcomed the news but asked the port authority to let passenger boats dock too.",
    )
    assert _actor_of(out, "Traders in Rumonge") == "traders in Rumonge"


def test_a_second_verb_after_a_named_subject_stays_his() -> None:
    out = analyse_text(
        _MAYOR,
        "Kabura welcomed the fishermen in Rumonge and asked the port authority to let passenger boats dock too.",
    )
    assert _actor_of(out, "Kabura welcomed") == "Jean Kabura"


def test_a_collective_with_its_counterparts_reaches_its_verb_past_a_phrase_of_time() -> None:
    out = analyse_text(
        _MAYOR,
        "Ferry operators of Burundi's lakeside provinces and their counterparts from Uvira and Fizi on Tuesday "
        "agreed to reopen the weekly fish markets.",
    )
    assert (_actor_of(out, "Ferry operators") or "").startswith("ferry operators of Burundi's lakeside")


def test_a_states_party_is_the_party_as_written() -> None:
    out = analyse_text(_MAYOR, "Burundi's main opposition party has called for the ferry contract to be published.")
    assert _actor_of(out, "main opposition party") == "Burundi's main opposition party"


_SPEECH = "Statement by President Maria Tavares of Cabo Verde at the opening of the Atlantic Fisheries Forum"


def test_a_speakers_offer_read_from_its_we_is_his_states() -> None:
    out = analyse_text(
        "Excellencies, ladies and gentlemen,",
        "Cabo Verde proposes a regional register of fishing vessels. We are ready to host its secretariat in Praia.",
        title=_SPEECH,
    )
    assert _actor_of(out, "We are ready to host") == "Cabo Verde"


def test_an_agentless_act_after_the_speakers_we_is_his_states() -> None:
    out = analyse_text(
        "Excellencies, ladies and gentlemen,",
        "Cabo Verde proposes a regional register of fishing vessels.",
        "Last year the ministers of Senegal and Mauritania agreed to share their catch data.",
        "It is for the courts, but we have changed the law, and a ban on night trawling was imposed last year.",
        title=_SPEECH,
    )
    assert _actor_of(out, "ban on night trawling") == "Cabo Verde"


def test_an_agentless_act_in_news_has_no_speaker() -> None:
    out = analyse_text(
        "The fisheries ministry of Cabo Verde met boat owners in Praia on Monday.",
        "Officials said we would see stricter controls, and 40 licences were revoked last year.",
    )
    assert _actor_of(out, "licences were revoked") != "Cabo Verde"


def test_an_honorific_of_office_is_no_name() -> None:
    out = analyse_text(
        "Lyonpo K.T. Wangdi, Minister for Economic Affairs, visited Kathmandu from 2 to 4 May.",
        "Lyonpo invited Nepali investors to open hotels in the new economic zone.",
    )
    assert _actor_of(out, "Lyonpo invited") == "K.T. Wangdi"


def test_joined_initials_open_a_titled_name() -> None:
    out = analyse_text("Minister K.T. Wangdi invited Nepali investors to open hotels in the new economic zone.")
    assert _actor_of(out, "invited Nepali investors") == "K.T. Wangdi"


def test_a_portfolio_joined_by_and_keeps_the_apposed_name() -> None:
    out = analyse_text(
        "Ghana's Minister for Interior and Local Administration, Kojo Asante, spoke to the Review in Accra.",
        "Asante has asked the regions to hire two hundred more rangers.",
    )
    assert _actor_of(out, "Asante has asked") == "Kojo Asante (Ghana)"


def test_a_list_of_places_in_commas_names_no_one() -> None:
    out = analyse_text(
        "Farmers from the provinces of Upper West and Upper East, Volta, and Oti have asked the ministry to delay "
        "the levy."
    )
    assert "Volta" not in (_actor_of(out, "Farmers from") or "")


def test_a_decision_taken_at_a_placed_meeting_of_a_body_is_the_bodys() -> None:
    out = analyse_text(
        "Malawi and Mozambique will build twelve new beacons along their border on Lake Malawi.",
        "The decision was taken at a meeting in Lilongwe of the joint permanent commission on the lake border.",
    )
    assert (_actor_of(out, "The decision was taken") or "").startswith("the joint permanent commission")


def test_a_decision_taken_at_a_meeting_of_no_one_is_the_last_deciders() -> None:
    out = analyse_text(
        "District officers of the two lakeside provinces agreed on Monday to reopen the weekly fish markets.",
        "The decision was taken at a coordination meeting held at the Nsanje customs post.",
    )
    assert (_actor_of(out, "The decision was taken") or "").startswith("District officers")


def test_what_an_adopted_text_does_is_its_adopters_act() -> None:
    out = analyse_text(
        "Excellencies, ladies and gentlemen,",
        "This morning the Summit adopted the Lake Fisheries Strategy, which commits our states to joint patrols.",
        title="Statement by President Maria Tavares at the closing of the Lake Summit",
    )
    assert (_actor_of(out, "This morning the Summit") or "").startswith("the Summit")


def test_a_relative_clause_after_an_active_verb_that_is_no_act_keeps_its_own_reading() -> None:
    out = analyse_text(
        "The Council met in Praia on Monday.",
        "Officials welcomed the Lake Fisheries Strategy, which commits the states to joint patrols.",
    )
    assert not (_actor_of(out, "Officials welcomed") or "").startswith("officials")


def test_a_newsroom_label_before_a_colon_is_not_a_participial_opening() -> None:
    # "Breaking:"/"Updating:" open live-blog entries; read as "Calling for X, Y backed ..." it lost the subject
    out = analyse_text(
        "Leaders of Chile and Peru met in Arica on Friday.",
        "Breaking: the two sides have agreed to open a second border crossing at Chacalluta,"
        " a Chilean official confirms.",
    )
    assert _actor_of(out, "Breaking:") is not None
    assert "sides" in (_actor_of(out, "Breaking:") or "")
