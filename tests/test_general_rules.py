"""Broad rules of news English found by classifying held-out errors (issue 3, third round).

Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

from briefing.sentences import split_text
from tests.sumhelpers import analyse_text

# --- numbered list paragraphs ---------------------------------------------------------------------


def test_a_paragraph_number_opens_its_item_and_is_not_a_sentence() -> None:
    assert split_text("2. A protocol on river navigation;") == ["2. A protocol on river navigation;"]
    assert split_text("(3) A memorandum on grain storage.") == ["(3) A memorandum on grain storage."]


def test_a_number_inside_a_paragraph_still_ends_nothing_new() -> None:
    # counter-examples: a sentence ending in a number, a number later in the paragraph
    assert split_text("The vote was 12. Then the hall emptied.") == ["The vote was 12.", "Then the hall emptied."]
    assert split_text("Talks ended. 4. Delegates left.") == ["Talks ended.", "4.", "Delegates left."]


def test_items_of_an_adopted_list_are_decisions_even_when_they_call_for_something() -> None:
    out = analyse_text(
        "The assembly adopted the following decisions:",
        "1. A decision on fishing quotas, calling for a freeze on trawler licences;",
        "2. A decision urging members to share catch data;",
        "3. A decision approving the secretariat's staff plan.",
    )
    for item in out[1:]:
        assert "decision" in item.labels, item.sentence.text
        assert "proposal" not in item.labels, item.sentence.text
        assert item.actor == out[0].actor


def test_items_of_a_proposed_list_stay_proposals() -> None:
    # counter-example: the lead-in proposes, so its items propose too
    out = analyse_text(
        "The delegation proposed the following steps:",
        "1. A freeze on trawler licences;",
        "2. A register of fishing vessels.",
    )
    assert all("decision" not in a.labels for a in out)
    assert "proposal" in out[1].labels


def test_a_call_outside_any_list_stays_a_proposal() -> None:
    out = analyse_text("The assembly adopted a budget.", "Peru called for a freeze on fishing licences.")
    assert "proposal" in out[-1].labels and "decision" not in out[-1].labels


# --- security: every form of a crime's verb, a state's forces, sending a force ---------------------


def _security(sentence: str) -> bool:
    return "security" in analyse_text(sentence)[-1].labels


def test_security_reads_every_form_of_a_crime_and_sending_a_force() -> None:
    assert _security("Timber is still smuggled across the river at night, rangers say.")
    assert _security("Prosecutors said the banker's fraud had cost pensioners millions.")
    assert _security("The treaty would speed up the extradition of suspects between the islands.")
    assert _security("The minister said his country's forces could not hold the valley alone.")
    assert _security("The bloc has not ruled out a regional deployment before the rainy season.")
    assert _security("Coastguards are tracking tankers of the shadow fleet in the strait.")
    assert _security("The two capitals traded accusations over their border controversy on Monday.")


def test_forces_and_rows_that_are_not_a_states_force_or_border_stay_out() -> None:
    assert not _security("Market forces will set the price of rice next year, the minister said.")
    assert not _security("The two retailers joined forces to open a warehouse in the port.")
    assert not _security("The two ministers had a row over the menu at the gala dinner.")


# --- a weak act needs its own object ---------------------------------------------------------------


def _decision(*paragraphs: str) -> bool:
    return "decision" in analyse_text(*paragraphs)[-1].labels


def test_a_weak_act_whose_object_lies_beyond_a_purpose_infinitive_is_no_decision() -> None:
    assert not _decision("The veteran sprinter lifted his arms to salute the crowd after taking the title.")
    assert _decision("The government lifted the sanctions on grain imports to ease prices.")
    assert _decision("The ministers confirmed the transfer of the chairmanship to the next member state.")


def test_the_active_subject_of_a_weak_act_is_not_its_object() -> None:
    assert not _decision("The budget confirmed that the rail link will get no money before 2030.")
    # counter-examples: a passive subject, a noun the participle follows
    assert _decision("The export ban was lifted on Friday, the ministry said.")
    assert _decision("The tariffs imposed by the council in March cover steel and aluminium.")


# --- votes ----------------------------------------------------------------------------------------


def test_a_vote_dated_between_the_verb_and_its_act_is_a_decision() -> None:
    assert _decision("The league's congress voted on Friday to award the final to Lisbon.")
    assert _decision("The assembly voted last year to admit two new members.")
    # counter-examples: a vote against, a vote still to come
    assert not _decision("The assembly voted against the budget on Friday.")
    assert not _decision("The assembly will vote next month to admit two new members.")


def test_a_finished_text_that_won_votes_is_the_voting_bodys_decision() -> None:
    out = analyse_text(
        "The board of the SPFA fisheries agency met in Oslo on Monday.",
        "The text, tabled by Chile and Peru, won 15 votes in favour, with two against, delegates said.",
    )
    assert "decision" in out[-1].labels and "proposal" not in out[-1].labels
    assert out[-1].actor is not None and "Chile" not in out[-1].actor


def test_a_draft_that_received_votes_is_not_adopted_and_its_sponsors_still_propose() -> None:
    out = analyse_text("The draft, tabled by Chile and Peru, called for a catch limit and received 9 votes in favour.")
    assert "decision" not in out[-1].labels and "proposal" in out[-1].labels


# --- transcripts: speaker tags --------------------------------------------------------------------


def test_a_transcript_paragraph_is_spoken_by_its_tag_and_a_question_by_no_one() -> None:
    out = analyse_text(
        "MORALES: We welcome our guests to Lima today.",
        "RASMUSSEN: Thank you. We also asked the bank to fund a second bridge over the river.",
        "QUESTION: Minister, will you ask the bank to fund a ferry as well?",
        "I propose a study of the ferry first.",
    )
    asked = next(a for a in out if a.sentence.text.startswith("We also asked"))
    assert "proposal" in asked.labels and asked.actor == "Rasmussen"
    assert out[-1].actor is None  # after a question tag no speaker is known


def test_a_joint_press_conference_heading_names_its_first_speaker() -> None:
    out = analyse_text(
        "Thank you all for coming.",
        "I propose a joint study of the river ports.",
        title="Transcript: Press conference by Chairperson Anna Lindqvist and Minister Pedro Alves",
    )
    assert out[-1].actor is not None and "Lindqvist" in out[-1].actor


# --- actors: a country's minister of any portfolio ------------------------------------------------


def test_a_countrys_minister_of_any_portfolio_is_the_actor() -> None:
    out = analyse_text("Fiji's tourism minister has urged airlines to restore flights to Suva.")
    assert out[-1].actor is not None and "tourism minister" in out[-1].actor
    out = analyse_text("Chile's mining and energy ministers proposed a joint lithium agency.")
    assert out[-1].actor is not None and "ministers" in out[-1].actor


def test_a_countrys_lower_case_noun_that_is_no_office_is_no_person() -> None:
    # counter-example: "Peru's new copper mine" names no one; the country acts
    out = analyse_text("Peru's new copper mine agreed to supply the smelter.")
    assert out[-1].actor is None or "mine" not in out[-1].actor


# --- decisions: identifying participles, standing rules, a document's present terms ---------------


def test_a_passive_act_by_an_agent_inside_a_non_document_subject_only_identifies_it() -> None:
    assert not _decision("The mission, authorised by the assembly in May, has so far trained 300 guards.")
    # counter-examples: a document subject states its terms; the act as the main verb reports it
    assert _decision("The charter, signed by both leaders in May, sets out a joint court.")
    assert _decision("The mission was authorised by the assembly in May.")


def test_a_present_passive_with_its_agent_is_a_standing_rule() -> None:
    assert not _decision("The fund's budget is approved by all twelve members each year.")
    assert _decision("The fund's budget was approved by all twelve members on Monday.")
    assert _decision("The fund's budget has been approved by all twelve members.")


def test_a_document_that_sets_up_something_in_the_present_states_its_terms() -> None:
    assert _decision("The accord also sets up a joint fund for flood repairs, the ministry said.")
    # counter-example: a plan is not yet concluded
    assert not _decision("A draft accord also sets up a joint fund for flood repairs, the ministry said.")


def test_a_document_opening_the_sentence_as_a_source_releases_no_decision() -> None:
    assert not _decision("In a statement issued after the talks, the ministers said exports had fallen sharply.")
    # counter-examples: the release as the main act; a later act in the same sentence
    assert _decision("The ministers issued a joint statement after the talks.")
    assert _decision("In a statement issued on Monday, the ministers said they had adopted a trade plan.")


# --- proposals: a first-person wish that another act ----------------------------------------------


def _proposal(*paragraphs: str) -> bool:
    return "proposal" in analyse_text(*paragraphs)[-1].labels


def test_we_want_another_to_act_on_a_named_instrument_is_a_proposal() -> None:
    assert _proposal('"We want the bank to double the flood fund by June," the minister said.')
    # counter-example: a wish with nothing specific to do
    assert not _proposal('"We want peace and good neighbourliness," the minister said.')


# --- actors: demonyms and collectives with their origin -------------------------------------------


def test_a_demonym_before_a_proposal_stands_for_its_state() -> None:
    out = analyse_text("A Peruvian proposal to cap anchovy catches was rejected by the other members.")
    assert "proposal" in out[-1].labels and out[-1].actor == "Peru"


def test_a_country_named_by_its_name_keeps_the_name() -> None:
    # counter-example: the written name stays as written
    out = analyse_text("Peru proposed a cap on anchovy catches.")
    assert out[-1].actor == "Peru"


def test_a_collective_keeps_the_states_it_comes_from() -> None:
    out = analyse_text("Customs chiefs from Peru, Chile and Bolivia agreed on Monday to set up a joint desk.")
    assert out[-1].actor is not None and "Chile" in out[-1].actor and "chiefs" in out[-1].actor
    # counter-example: "from" a place that is no state keeps the collective alone
    out = analyse_text("Customs chiefs from the region agreed on Monday to set up a joint desk.")
    assert out[-1].actor is not None and "region" not in out[-1].actor


def test_they_points_to_the_previous_subject_not_its_object() -> None:
    out = analyse_text(
        "Andean ministers on Monday urged the Gulf states to invest in the port.",
        "They also approved a joint fund for the port's dredging.",
    )
    assert out[-1].actor is not None and "Andean" in out[-1].actor
    # counter-example: with no plural subject, the plural object is still the last group named
    out = analyse_text("Peru invited the Gulf states to the summit.", "They signed a port agreement on Monday.")
    assert out[-1].actor is not None and "Gulf" in out[-1].actor


def test_a_noun_right_before_the_verb_after_a_conjunction_is_its_subject() -> None:
    out = analyse_text(
        "Coach Tomas Vela praised his squad.",
        "The club looks ahead after the Andean Football League's board voted last week to award the final to Quito.",
    )
    assert out[-1].actor is not None and "board" in out[-1].actor
    # counter-example: a prepositional object far from the verb is not its subject
    out = analyse_text(
        "Coach Tomas Vela praised his squad.",
        "After talks with the Andean Football League's board, Vela signed a new contract.",
    )
    assert out[-1].actor is not None and "Vela" in out[-1].actor


def test_a_named_region_or_body_can_own_an_office_like_a_country() -> None:
    out = analyse_text("West Africa's finance and trade ministers have urged the bank to fund a coastal railway.")
    assert out[-1].actor is not None and "ministers" in out[-1].actor
    # counter-example: a person's possession is no office; the person stays the actor
    out = analyse_text("Maria Lopez's lawyer proposed a settlement fund.")
    assert out[-1].actor is None or "lawyer" not in out[-1].actor


def test_who_speaks_in_a_closing_frame_is_not_what_the_sentence_is_about() -> None:
    assert not _security("The talks focused on rice tariffs and port fees, a military spokesman told reporters.")
    assert not _security('"We expect a good harvest," a senior police officer said.')
    # counter-examples: the matter itself before the frame; a long clause after the comma is no frame
    assert _security("Troops crossed the river at dawn, a military spokesman said.")
    assert _security(
        "The talks focused on rice tariffs, and the army has closed the border crossing to all traffic since May."
    )


def test_an_adoption_named_as_the_event_a_sentence_follows_is_a_decision() -> None:
    assert _decision("Following the adoption of the Quito Declaration on Rivers, ministers turned to trade.")
    # counter-examples: no document named; the main clause reports someone's words
    assert not _decision("Following the signing, the ministers turned to trade.")
    assert not _decision("Following the signing of the river treaty, the minister told reporters he was pleased.")


def test_a_newsroom_label_in_capitals_is_no_speaker() -> None:
    out = analyse_text("UPDATE: We propose a joint study of the river ports, the two mayors said.")
    assert out[-1].actor is None or "Update" not in out[-1].actor


def test_a_counted_vote_decides_whatever_it_was_for() -> None:
    assert _decision("The city assembly voted 14 to 5 to rent its old depot to the navy for six years.")
    assert _decision("Delegates voted 31-2 to move the secretariat to Accra.")
    # no act after the tally, or a vote against: nothing decided
    assert not _decision("The assembly voted 9 to 2 to the surprise of the mayor, who left early.")
    assert not _decision("The assembly voted 14 to 5 against renting the depot to the navy.")
    assert not _decision("The assembly will vote on Monday to rent the depot to the navy.")


def test_a_present_act_in_a_clause_of_condition_or_time_to_come_is_not_reported_done() -> None:
    assert not _decision("The militia says it will keep the port until a wider peace deal is signed in Lome.")
    assert not _decision("Fishing fleets will stay in harbour whatever is agreed at the ministers' talks.")
    assert not _decision("Tariffs fall to zero once the trade accord has been ratified by both chambers.")
    assert not _decision("Aid will be released only if the reform law is adopted before June.")
    # counter-examples: a past act in such a clause, or a present act in no such clause
    assert _decision("Tariffs fell to zero after the trade accord was ratified by both chambers in May.")
    assert _decision("The trade accord has been ratified by both chambers, the speaker said.")


def test_an_act_named_as_the_means_of_a_finished_act_is_done() -> None:
    assert _decision("Ministers closed their meeting in Lusaka on Friday by setting up a regional grain reserve.")
    assert _decision("The agencies answered the audit by creating a joint training programme.")
    assert _decision("The two capitals ended the quarrel by signing a fisheries protocol.")
    # a plan or hope before it, a negation, or no act in the gerund: nothing done
    assert not _decision("Ministers will close their meeting in Lusaka by creating a regional grain reserve.")
    assert not _decision("The bloc hopes to cut prices by creating a regional grain reserve.")
    assert not _decision("The minister opened the meeting by thanking the hosts for their welcome.")


def test_announcing_a_measure_takes_it_but_announcing_a_plan_or_speech_does_not() -> None:
    assert _decision("On Monday the cabinet announced fresh sanctions on two shipping firms.")
    assert _decision("The junta announced a ceasefire in the northern provinces.")
    assert not _decision("The cabinet announced that talks on the shipping firms would resume.")
    assert not _decision("The cabinet announced plans for sanctions on two shipping firms.")
    assert not _decision("The cabinet is expected to have announced sanctions by then.")
    assert not _decision("The cabinet has not announced sanctions on the shipping firms.")


def test_an_act_named_in_an_as_clause_is_a_reference_not_a_report() -> None:
    assert not _decision("The ministry said it backed the monitors as agreed but blamed its neighbour for delays.")
    assert not _decision("Both navies will patrol the strait as decided at the last meeting.")
    # 'such as' / 'as well as' lists, and the act reported in its own clause
    assert _decision("The ministers adopted the border protocol as well as signed a water accord.")
    assert _decision("As planned, the ministers signed the border protocol on Monday.")


def test_passed_decides_only_when_what_passed_is_a_text() -> None:
    assert _decision("The senate passed the amended budget by a wide margin.")
    assert _decision("Lawmakers passed legislation capping rents in the capital.")
    assert _decision("The opposition motion was passed after a long debate.")
    # counter-examples: a threshold or a place passed
    assert not _decision("When the river passed its flood mark in April, farmers moved their herds uphill.")
    assert not _decision("The convoy passed the last checkpoint before dawn.")


def test_a_welcomed_decision_named_by_its_owner_is_a_decision_of_that_owner() -> None:
    out = analyse_text("The ministers also welcomed the European Union's decision in May to extend its Chad mission.")
    assert "decision" in out[0].labels
    assert out[0].actor is not None and "European Union" in out[0].actor
    out = analyse_text("The ministers also welcomed Ghana's decision to send engineers to the mission in Chad.")
    assert "decision" in out[0].labels
    # (the owner here is a country named by a possessive; the actor rule reads organisations so far)
    assert _decision("The summit welcomed the decision of the Council to open a liaison office in Dakar.")
    # counter-examples: no decision taken yet, or the welcome denied
    assert not _decision("The ministers welcomed the prospect of a decision on the mission in Sudan.")
    assert not _decision("The ministers did not welcome the African Union's decision to extend its mission.")


def test_a_welcomed_decision_keeps_the_welcomer_in_its_item_text() -> None:
    # The item is shown beside the decision's owner: "European Union: Welcomed the decision ..." would say the
    # Union welcomed its own decision, so the sentence's subject stays in the text.
    out = analyse_text("The ministers also welcomed the European Union's decision in May to extend its Chad mission.")
    assert out[0].actor is not None and "European Union" in out[0].actor
    assert out[0].condensed.startswith("The ministers also welcomed")
    # an act of the subject itself is still cut to its predicate beside the actor
    out = analyse_text("The ministers also approved a plan to extend the Chad mission.")
    assert out[0].condensed.startswith("Approved a plan")


def test_an_armed_movement_named_by_its_name_makes_a_security_matter() -> None:
    assert _security("Envoys could not agree on whether to meet the Houthis in Muscat next month.")
    assert _security("The PKK said on Monday it would hand over a first batch of rifles in Sulaymaniyah.")
    assert _security("Tren de Aragua now runs most of the bus routes out of the city.")
    # counter-examples: no armed movement, or one only named as the source of a quote
    assert not _security("Envoys could not agree on whether to meet the shipping insurers in Muscat next month.")
    assert not _security("Grain prices in Sanaa rose by a fifth in May, a Houthi official said.")
    assert not _security("The new bus routes out of the city now run every ten minutes.")


def test_the_guarding_of_one_building_or_event_is_no_security_matter() -> None:
    assert not _security("Travellers were told to allow an extra hour for airport security over the holiday.")
    assert not _security("Security at the venue was tight, with metal detectors at each gate.")
    # counter-examples: a border is a security matter, and an attack counts wherever it happens
    assert _security("Security at the border was tightened after the raid on a customs post.")
    assert _security("Security at the airport was raised after a bombing in the arrivals hall.")


def test_a_speaker_stating_their_own_proposal_with_a_copula_proposes() -> None:
    assert _proposal("My own suggestion is that we sign the annex now and fix the rate later.")
    assert _proposal("Our proposal is to open a joint customs post at the river crossing.")
    # counter-examples: whose proposal is not said, or no content follows the noun
    assert not _proposal("Her suggestion was rejected by the committee on Tuesday.")
    assert not _proposal("My idea of a good holiday is a week by the lake.")


def test_an_invitation_to_act_is_a_proposal_but_an_invitation_to_a_place_is_not() -> None:
    assert _proposal("President Ana Rivas invited her Chilean counterpart to pay a state visit to Lima next year.")
    assert _proposal("The bloc invites observers from both parties to monitor the vote count.")
    # counter-examples: asked to a place or an event, not to an act
    assert not _proposal("The embassy invited journalists to the opening of the new consulate.")
    assert not _proposal("Students were invited to a reception at the town hall.")


def test_the_terms_of_a_mechanism_or_scheme_set_up_are_decided() -> None:
    assert _decision("Under the mechanism, the five states will buy grain jointly whenever prices spike.")
    assert _decision("Under the scheme, each ministry will report its arrears every quarter.")
    # counter-example: a mechanism only proposed states no terms
    assert not _decision("Under the proposed mechanism, the two states would share river data every month.")
