"""Category rules (decision / proposal / security) found by grouping misses on unseen articles by
their linguistic cause (issue 3, seventh round).

Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text, last


def labels(*paragraphs: str) -> frozenset[str]:
    return last(*paragraphs).labels


# --- an opinion reported as a case made: "X argues that Y should V" ----------------------------------


def test_an_analyst_who_argues_that_a_body_should_act_proposes() -> None:
    out = last(
        "Lina Haddad, a researcher at an Amman policy centre, argues that the Arab League should open "
        "a liaison office in Tripoli before the elections."
    )
    assert "proposal" in out.labels
    assert out.actor is not None and "Haddad" in out.actor


def test_argues_with_take_over_or_take_part_names_an_act() -> None:
    # "take" is a frame of mind only in "take into account", "take note"
    assert "proposal" in labels(
        "Jonas Berg, a former navy officer, argues that Norway should take over command of the Arctic patrol group."
    )
    assert "proposal" in labels("Mr Ortiz argued that Peru should take part in the joint fisheries survey next year.")


def test_arguing_a_fact_or_a_frame_of_mind_proposes_nothing() -> None:
    # counter-examples: no modal (an assessment), a forecast, an attitude
    assert "proposal" not in labels("Chilean officials argued that the tariff cut had come too late for exporters.")
    assert "proposal" not in labels("Mr Diallo argues that the new road should boost trade with Mali.")
    assert "proposal" not in labels("Ms Ruiz argued that both sides should take into account the views of fishermen.")


# --- a speaker's own proposal named as a noun, its addressee before the copula ----------------------


def test_my_suggestion_to_an_addressee_is_that_proposes() -> None:
    out = last("My suggestion to the Mekong River Commission is that it publishes the dam data every week.")
    assert "proposal" in out.labels
    assert "proposal" in labels("Our proposal for the donor conference was to pool the funds in one trust account.")


def test_a_suggestion_to_someone_that_was_turned_down_proposes_nothing() -> None:
    # counter-examples: no content after the copula, and no speaker's own determiner
    assert "proposal" not in labels("My suggestion to the committee was rejected without a vote.")
    assert "proposal" not in labels("A suggestion to the committee is that it meets less often.")


# --- a wish that someone else act: "X wants Y to V", "What we need now is ..." ------------------------


def test_wanting_another_party_to_act_is_a_request() -> None:
    out = last("The governor of Tacna also wants the central government to reopen the rail link to Arica.")
    assert "proposal" in out.labels
    assert "proposal" in labels("Hanoi said Vietnam wanted Cambodia to allow joint inspections of the river dredgers.")


def test_a_pseudo_cleft_wish_of_the_speaker_proposes() -> None:
    assert "proposal" in labels(
        "What we need now is a treaty under which each state reports its water withdrawals every month."
    )
    assert "proposal" in labels('"What I want is simple: let the herders cross with one permit," the senator said.')


def test_wanting_for_oneself_or_a_vague_wish_proposes_nothing() -> None:
    # counter-examples: one's own plan, a relative clause, a negation, a modal, a vague content
    assert "proposal" not in labels("The EU wants to diversify its gas supply before the winter.")
    assert "proposal" not in labels("Ghana, which wants Togo to host the talks, has not replied.")
    assert "proposal" not in labels("Lima does not want Santiago to extend the quota.")
    assert "proposal" not in labels("Investors will want to see a month of calm before they return.")
    assert "proposal" not in labels("What we need is peace, stability and closer cooperation.")


# --- news furniture that holds a request word: anonymity and requests for comment -------------------


def test_a_source_who_asked_not_to_be_named_proposes_nothing() -> None:
    assert "proposal" not in labels('"The port is empty," said a shipping agent in Aden who asked not to be named.')
    assert "proposal" not in labels("Kenya's interior ministry did not respond to a request for comment.")
    assert "proposal" not in labels("The Bolivian side said the request would be studied by its experts.")


def test_a_request_of_another_party_and_a_call_with_for_still_propose() -> None:
    # counter-examples: asking someone else not to act, and "pressed for" whose "for" is the cue's own
    assert "proposal" in labels("Egypt asked Ethiopia not to fill the reservoir before the rains.")
    out = last(
        "Thai officials have pressed for a cut in troop numbers along the frontier, according to two "
        "people familiar with the talks, who asked not to be named."
    )
    assert "proposal" in out.labels


def test_a_need_for_people_sent_to_do_a_job_is_specific() -> None:
    assert "proposal" in labels("We need observers on the ground within a week of any incident, the minister said.")
    assert "proposal" not in labels("We need patience and goodwill from both sides.")


# --- the terms of a concluded text: "Under that agreement, ...", "The package also pays for ..." ----


def test_terms_under_a_demonstrative_are_the_concluded_texts() -> None:
    out = last(
        "Peru and Bolivia signed a customs accord in La Paz on Monday.",
        "Under that accord, customs officers of both countries will inspect lorries at a single post.",
    )
    assert "decision" in out.labels
    assert "decision" not in labels("Under that scenario, prices would rise by a third.")


def test_what_a_concluded_package_pays_for_is_its_terms() -> None:
    assert "decision" in labels("The package also pays for two coastal radar stations on the Baltic coast.")
    assert "decision" in labels("The contract also funds a training centre for customs officers in Osh.")


def test_an_unfinished_text_or_a_body_that_funds_decides_nothing() -> None:
    # counter-examples: a draft is not concluded; a ministry's habitual funding is no text's terms
    assert "decision" not in labels("The draft budget also funds two new frigates.")
    assert "decision" not in labels("The ministry funds the festival every year.")


# --- security: the interstate line itself, maritime security cooperation, monitors, missions --------


def test_a_boundary_surveyed_settled_or_watched_is_a_security_matter() -> None:
    assert "security" in labels("The joint boundary survey of the two states resumes on the plateau in May.")
    assert "security" in labels("Guinea and Sierra Leone signed a treaty delimiting their land frontier near Yenga.")
    assert "security" in labels("The islet passed to Gabon under a 1974 boundary agreement with Equatorial Guinea.")
    assert "security" in labels("Both states will staff a new border intelligence centre in Tacna.")


def test_a_border_that_only_modifies_trade_or_travel_is_not() -> None:
    # counter-examples: a border town, a cross-border trade agreement, goods moving across
    assert "security" not in labels("Traders in the border town of Aflao signed a petition on market fees.")
    assert "security" not in labels("The cross-border trade agreement cut fees for lorries carrying cocoa.")


def test_maritime_security_cooperation_and_ceasefire_monitors_are_security() -> None:
    assert "security" in labels("The ministers adopted a framework for maritime information sharing off Guinea.")
    assert "security" in labels("Kenya offered to send an IGAD observer team to the disputed triangle.")
    assert "security" in labels("Is KFOR still needed in the north, minister?")


def test_maritime_trade_and_election_observation_are_not_security() -> None:
    # counter-examples
    assert "security" not in labels("The two ports agreed to expand maritime trade in fruit and fish.")
    assert "security" not in labels("The OSCE will send an election observation mission to Tirana.")


# --- a security word that only names who acts: officials, delegations, offices ----------------------


def test_a_security_word_naming_officials_a_delegation_or_an_office_is_not_the_subject() -> None:
    assert "security" not in labels("He said the plan would be studied by defence officials from both sides.")
    assert "security" not in labels("The army delegation arrived in Jeddah with a list of demands.")
    assert "security" not in labels("The Fourth Chile-Peru Foreign and Defence Ministerial Meeting was held in Lima.")
    assert "security" not in labels("The delegation was led by the Secretary of National Defense, Ana Cruz.")


def test_a_security_matter_beside_such_words_still_counts() -> None:
    # counter-examples: the term ends its phrase before a source frame; a ministry's own facility;
    # officials who speak about a security matter
    assert "security" in labels("Lusaka offered to pay for any regional deployment, officials in Harare said.")
    assert "security" in labels("The council voted to lease two hangars to the Ministry of Defence for ten years.")
    assert "security" in labels("Defence officials said the missile launches had been tracked from Busan.")


# --- when and where a series meets again is a schedule, not a decision ------------------------------


def test_agreeing_when_the_next_session_meets_is_a_schedule() -> None:
    assert "decision" not in labels("It was agreed that the fourth session of the Committee will be held in Accra.")
    assert "decision" not in labels("The ministers agreed to hold the next round in Doha in March.")


def test_agreeing_a_new_meeting_or_an_act_beside_the_schedule_is_a_decision() -> None:
    # counter-examples: a one-off summit on a topic; a real act before the schedule
    assert "decision" in labels("The ministers agreed to hold a summit on water security in Cairo.")
    assert "decision" in labels("It was agreed to set up a fisheries fund, and the next session will be held in Lima.")


# --- a dated or placed participle that only identifies a noun of the object -------------------------


def test_a_participle_identifying_an_object_noun_reports_no_decision() -> None:
    assert "decision" not in labels("The text keeps the climate finance goal agreed in Belem for 2035.")
    assert "decision" not in labels("The implementation of the rail projects agreed in 2024 was reviewed.")
    assert "decision" not in labels(
        "The talks were the fifth round of the Joint Commission on Rivers, set up in 2011 after years of floods."
    )


def test_a_subject_that_agreed_somewhere_or_a_second_act_still_decides() -> None:
    # counter-examples: the noun phrase opens its clause; another verb reports an act
    assert "decision" in labels("In March 2025, the two countries agreed in Doha to reopen the crossing.")
    assert "decision" in labels("Talks resumed in May, when the two leaders agreed at a UN meeting to share data.")
    assert "decision" in labels("Ministers reviewed the roadmap adopted in Lima and signed a new customs protocol.")
    assert "decision" in labels("The Framework Agreement only entered into force in October 2024.")


# --- an act in an opening clause of time only dates the main clause ---------------------------------


def test_an_act_in_an_opening_clause_of_time_is_no_decision() -> None:
    assert "decision" not in labels(
        "Three years after Chad signed a defence pact with Niger that promised joint patrols, the border is unguarded."
    )
    assert "decision" not in labels("After the two presidents signed the accord, reporters were shown the dam.")


def test_an_act_in_the_main_clause_after_a_time_opener_still_decides() -> None:
    # counter-examples: the act follows the comma
    assert "decision" in labels("After two days of talks, the ministers signed a customs accord.")
    assert "decision" in labels("After the leaders signed the accord, the ministers adopted a work plan.")


# --- executive acts and votes: bans, halts, counted votes with a time, emphatic "did" ---------------


def test_a_ban_or_a_halt_ordered_by_an_authority_is_a_decision() -> None:
    assert "decision" in labels("Estonia banned Russian-flagged trawlers from its ports in March.")
    assert "decision" in labels("Vienna has halted aid payments to the agency pending an audit.")


def test_a_halt_by_no_authority_or_a_banned_thing_is_not() -> None:
    # counter-examples: weather halts traffic (no decision object); "banned" as an adjective
    assert "decision" not in labels("Heavy rain halted traffic on the coastal road.")
    assert "decision" not in labels("The banned party held a rally in the capital.")


def test_a_counted_vote_with_a_time_before_its_act_decides() -> None:
    assert "decision" in labels("The Storting voted 90 to 79 late on Tuesday to hold a referendum on the treaty.")


def test_an_emphatic_did_reports_the_act_done() -> None:
    assert "decision" in labels("What we did agree with Dhaka in June is a joint survey of the river.")
    assert "decision" in labels("The two sides did sign a protocol on fisheries, officials said.")


def test_a_question_or_a_negation_with_did_reports_nothing() -> None:
    # counter-examples
    assert "decision" not in labels("Did the ministers sign the accord?")
    assert "decision" not in labels("What did they agree in Lima?")
    assert "decision" not in labels("The two sides did not sign the protocol.")


# --- a border as a distance reference, a security deposit -------------------------------------------


def test_a_border_as_a_distance_reference_or_a_deposit_is_not_security() -> None:
    assert "security" not in labels(
        "The permit lets people living within 30 kilometres of the border visit relatives without a visa."
    )
    assert "security" not in labels("Several lines ask for a security deposit of 500 dollars per container.")


def test_forces_kept_back_from_the_border_are_still_security() -> None:
    # counter-example: the distance is how far the troops withdraw, a security matter of its own
    assert "security" in labels("Both armies will pull their troops back 5 km from the border.")


def test_radars_checkpoints_and_dark_transponders_are_security() -> None:
    assert "security" in labels("The ministry signed a contract for two coastal radar stations near Tromso.")
    assert "security" in labels("Border commanders agreed that the new checkpoint will be dismantled.")
    assert "security" in labels("Two trawlers crossed the strait with their transponders switched off.")


# --- requests in other shapes, and words of request that request nothing ---------------------------


def test_a_subjunctive_request_a_coordinated_act_and_sought_backing_propose() -> None:
    assert "proposal" in labels("Councillor Ana Berg asked that local hauliers get first call on the contracts.")
    assert "proposal" in labels(
        "The chamber of commerce called on both governments to keep calm and to compensate the exporters."
    )
    assert "proposal" in labels("The Nepalese side sought India's support for its bid to host the 2028 summit.")


def test_a_noun_of_demands_a_forecast_a_disposition_or_an_ellipsis_proposes_nothing() -> None:
    # counter-examples for each shape
    assert "proposal" not in labels("The envoy said the rebels came with a list of demands that they later dropped.")
    assert "proposal" not in labels("Farmers' unions said the new tax would push more growers into debt.")
    assert "proposal" not in labels('The ministry said it was "ready to work in a positive spirit" but gave no detail.')
    assert "proposal" not in labels('"The river belongs to both nations, so should the cost," she said.')
    assert "proposal" not in labels("The mayor asked that question twice during the hearing.")


def test_a_forecast_verb_of_pressing_still_proposes_with_an_addressee() -> None:
    # counter-example: pressing someone TO act is a request
    assert "proposal" in labels("He said Kenya would press the council to renew the mission's mandate.")


def test_a_participle_after_a_finished_act_tells_what_it_contains() -> None:
    got = labels("Ministers also adopted a plan on drought in the Sahel, pledging 2 billion euros over five years.")
    assert "decision" in got and "proposal" not in got


def test_a_participle_after_a_statement_or_a_second_verb_still_proposes() -> None:
    # counter-examples: no act before the participle; an act coordinated by "and" is its own
    assert "proposal" in labels("She said the navy was short of ships, proposing that allies pool funds to buy them.")
    assert "proposal" in labels("The ministers signed the accord and proposed a new round of talks in Oslo.")


def test_an_order_to_act_and_a_quota_set_are_decisions() -> None:
    assert "decision" in labels("The East African Court of Justice ordered Kenya to reopen the crossing at Busia.")
    assert "decision" in labels("The joint fisheries commission has set next year's hake quota at 40,000 tonnes.")


def test_an_order_without_an_act_or_a_set_stage_is_not() -> None:
    # counter-examples: an order that names a direction, a plan ("is set to"), no decision object
    assert "decision" not in labels("Patrol boats stopped two trawlers and ordered them back downstream.")
    assert "decision" not in labels("The ministers are set to sign the accord on Friday.")
    assert "decision" not in labels("The talks have set the stage for a wider settlement.")


def test_a_text_described_inside_what_is_asked_for_is_no_decision() -> None:
    got = labels("I call on the Senate to pass, before the end of May, the bill that allows the navy to guard ports.")
    assert "proposal" in got and "decision" not in got


def test_a_concluded_texts_relative_clause_outside_a_request_still_decides() -> None:
    # counter-example: no request; the text was signed
    assert "decision" in labels("The treaty, which allows joint patrols, was signed in May.")


def test_military_governments_name_regimes_not_security_matters() -> None:
    assert "security" not in labels("Ministers failed to agree on how to treat the military governments of the Sahel.")
    assert "security" not in labels("Security at the opening was light and the queue moved fast.")
    # counter-example: the same regimes' armies fighting
    assert "security" in labels("The military governments of the Sahel sent troops to the border.")


def test_further_forms_of_security_vocabulary_count() -> None:
    for sentence in (
        "Police in Kano reported three kidnappings on the Zaria road last week.",
        "The assailants fled across the river into Cameroon.",
        "Two gunboats sailed into the disputed bay on Monday.",
        "Inspectors have had no access to the enrichment sites since March.",
        "A gang demanding ransom held the lorry drivers for four days.",
        "Customs officers seized 200 kilograms of captagon at the Nasib crossing.",
    ):
        assert "security" in labels(sentence), sentence


def test_look_alikes_of_that_vocabulary_do_not() -> None:
    # counter-examples: a football club, an explosive growth, a blast furnace are not in the lists
    for sentence in (
        "Arsenal fans travelled to Lisbon for the final.",
        "Exports of cocoa saw explosive growth in May.",
        "The steel plant relit its blast furnace after the strike ended.",
    ):
        assert "security" not in labels(sentence), sentence


def test_initialling_and_undoing_a_text_are_decisions() -> None:
    assert "decision" in labels("Negotiators initialled the text of the fisheries accord in Apia.")
    assert "decision" in labels("The parliament repealed the 2019 law on border zones.")
    assert "decision" in labels("The government revoked the decree on fishing zones.")


def test_undoing_no_text_is_no_decision_and_a_petition_proposes() -> None:
    # counter-example: a licence is no decision object; a petition asks another party to act
    assert "decision" not in labels("The city revoked the licence of the night club.")
    assert "proposal" in labels("The fishermen's union petitioned the ministry to extend the season.")
    assert "proposal" not in labels("The petitioned ministry refused to comment.")


def test_a_repeated_offer_is_a_proposal_a_standing_position_is_not() -> None:
    assert "proposal" in labels("President Ruto has repeatedly offered to host talks between the two armies.")
    # counter-example: an adverb of a lasting position
    assert "proposal" not in labels("Brazil has consistently called for a permanent seat on the Security Council.")


def test_idioms_holding_the_new_security_words_are_not_security() -> None:
    for sentence in (
        "The pension reform stayed under the radar for most of the campaign.",
        "Bricks-and-mortar shops in the old town are closing.",
        "The Pirate Party won two seats in the city council.",
    ):
        assert "security" not in labels(sentence), sentence


def test_a_bodys_choice_stated_as_done_is_a_decision() -> None:
    assert "decision" in labels("The regional council resolved to extend the observer mission by a year.")
    assert "decision" in labels("The cabinet opted to delay the referendum until 2027.")
    assert "decision" in labels("The senate gave its approval to the fisheries treaty on Monday.")


def test_a_choice_to_come_or_to_continue_is_not() -> None:
    # counter-examples: a modal, and a shared wish after the verb (`generic_intentions`)
    assert "decision" not in labels("The council is expected to have resolved to extend it by May.")
    assert "decision" not in labels("The two sides opted to continue the dialogue.")


# --- monitors sent to a place watch a disputed line or a ceasefire ----------------------------------


def test_observers_sent_or_stationed_somewhere_are_security() -> None:
    assert "security" in labels("Ms Sato argues that ASEAN should send a small team of observers to the atoll.")
    assert "security" in labels("The paper urges Accra to ask the AU to station monitors along the river.")


def test_observers_with_a_civil_mission_or_who_only_speak_are_not() -> None:
    # counter-examples: an election, refugees' returns, observers as a source
    assert "security" not in labels("The OSCE will send observers to the elections in May.")
    assert "security" not in labels("She asked ASEAN to send observers before the refugees' returns begin.")
    assert "security" not in labels("Observers said the talks had been tense but polite.")


def test_a_modifier_changes_a_security_word_not_a_named_phrase() -> None:
    assert "security" in labels("Oman proposes that the Information Fusion Centre host the first liaison officers.")
    # counter-examples: a modifier before one word, or before a "security ..." phrase
    assert "security" not in labels("The ministers discussed energy security cooperation in Baku.")
    assert "security" not in labels("Analysts warned of a trade war between the two blocs.")


def test_wanting_a_thing_for_someone_is_a_request() -> None:
    assert "proposal" in labels("The mayor of Narva wants a separate bus lane for cross-border commuters.")
    # counter-examples: no beneficiary named, and a war nobody wants
    assert "proposal" not in labels("Young people want job security, not speeches.")
    assert "proposal" not in labels("Nobody in the valley wants a war over water.")


def test_headline_verbs_of_putting_forward_and_passing() -> None:
    assert "proposal" in labels("Ghana came out in favour of a regional standby force for the Sahel.")
    assert "proposal" in labels("Egypt put on the table a plan for a joint reconstruction fund.")
    assert "decision" in labels("The finance ministers nodded through the 2027 budget of the bloc.")
    # counter-example: a negated one
    assert "proposal" not in labels("Ghana never came out in favour of a standby force.")


# --- the last item of a list of signed texts ends in "." ---------------------------------------------


def test_the_last_item_of_a_list_of_signed_texts_carries_the_act() -> None:
    out = analyse_text(
        "The following documents were signed in the presence of the two ministers:",
        "Agreement on air services between the two countries;",
        "Memorandum of Understanding on cooperation in tourism.",
        "The ministers then toured the new port terminal.",
    )
    assert "decision" in out[1].labels and "decision" in out[2].labels
    # counter-example: the sentence after the list is a clause of its own
    assert "decision" not in out[3].labels


def test_a_welcome_with_a_reservation_backs_nothing() -> None:
    assert "proposal" not in labels("Lima welcomed the idea but said it would need to be studied by both navies.")
    # counter-example: a welcome followed by an offer
    assert "proposal" in labels("Lima welcomed the idea of a joint patrol and offered two ships for it.")


def test_other_verbs_of_a_case_made_carry_a_proposal() -> None:
    assert "proposal" in labels("Ms Okafor, a lecturer in Lagos, believes the AU should deploy a standby force there.")
    assert "proposal" in labels("The opposition leader contends that Peru should recall its ambassador from Quito.")
    # counter-example: a belief about what may happen
    assert "proposal" not in labels("He believes the ceasefire could collapse within weeks.")


def test_a_call_for_restraint_is_about_a_conflict() -> None:
    assert "security" in labels("The Chinese ministry urged both sides to exercise restraint after the incident.")
    # counter-example: restraint in spending is no security matter
    assert "security" not in labels("The finance minister called for restraint in public spending.")
