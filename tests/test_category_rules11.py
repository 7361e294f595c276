"""Category rules (decision / security) from the eleventh round of grouping misses on unseen articles by
their linguistic cause (issue 3). Every sentence here is written for the test; each rule has
counter-examples beside it.
"""

from __future__ import annotations

from briefing.lexicon import load_lexicon
from briefing.rules.context import continued_terms
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text

# --- terms told in a later sentence by naming again what a decision concluded -------------------------

_LEAD = "The interior ministers of Aldora and Belvania agreed on Monday to set up a joint liaison office in Port Kell."


def test_a_future_clause_about_the_body_just_decided_states_its_terms() -> None:
    out = analyse_text(_LEAD, "The office will be staffed by twelve officers from each country.")
    assert "decision" in out[-1].labels
    assert out[-1].actor == out[0].actor  # the terms are the decision of whoever concluded it


def test_the_anaphor_may_be_several_sentences_later_and_carry_an_apposition() -> None:
    out = analyse_text(
        _LEAD,
        "Smuggling across the river has doubled in two years, police say.",
        "Fishermen complain that patrol boats rarely reach the northern shore.",
        "The liaison office, to be housed in the old customs building, will share arrest records in real time.",
    )
    assert "decision" in out[-1].labels


def test_a_reporting_frame_before_the_anaphor_does_not_hide_it() -> None:
    out = analyse_text(_LEAD, "Officials said the office would be staffed around the clock by both police services.")
    assert "decision" in out[-1].labels


def test_a_plural_anaphor_matches_its_singular_antecedent() -> None:
    out = analyse_text(
        "Aldora and Belvania agreed to open a new crossing station on each bank of the river.",
        "The new crossing stations will let residents travel with a border pass instead of a passport.",
    )
    assert "decision" in out[-1].labels


def test_no_future_clause_is_terms_without_a_decision_it_names_again() -> None:
    # counter-examples: the same future clause with no decision before it, or after a decision about something else
    out = analyse_text("The office will be staffed by twelve officers from each country.")
    assert "decision" not in out[-1].labels
    out = analyse_text(
        "Aldora and Belvania signed a protocol on fishing quotas.",
        "The office will be staffed by twelve officers from each country.",
    )
    assert "decision" not in out[-1].labels


def test_a_decision_too_far_back_is_not_named_again() -> None:
    filler = [f"Traders in the market town number {n} thousand, the chamber says." for n in range(2, 12)]
    out = analyse_text(_LEAD, *filler, "The office will be staffed by twelve officers from each country.")
    assert "decision" not in out[-1].labels


def test_schedules_reviews_and_acts_to_come_are_not_terms() -> None:
    # counter-examples: when the body meets, when it is reviewed, an act still to come, a negated future
    for later in (
        "The office will next meet in Port Kell in June.",
        "The office will be reviewed after twelve months.",
        "The office will be inaugurated by the two presidents in May.",
        "The office will not open before the rainy season ends.",
        "The office could share arrest records in real time.",
        "The office is expected to share arrest records in real time.",
        "Will the office share arrest records in real time?",
    ):
        assert "decision" not in analyse_text(_LEAD, later)[-1].labels, later


def test_documents_meetings_and_parties_as_subjects_are_left_to_other_rules() -> None:
    # counter-examples: the parties' own plans, the next meeting, a document's entry into force
    for lead, later in (
        (_LEAD, "The two ministers will brief their cabinets next week."),
        (
            "The ministers agreed at the meeting to set up a joint office.",
            "The next meeting will take place in Belvania.",
        ),
        (
            "The ministers signed an agreement on a joint office.",
            "The agreement will enter into force in March.",
        ),
    ):
        assert "decision" not in analyse_text(lead, later)[-1].labels, later


def test_continued_terms_returns_the_modal_and_the_decision_it_names_again() -> None:
    lex = load_lexicon()
    text = "The desk, based at headquarters, will have direct access to the tracing system."
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    decided = [frozenset(["a", "protocol", "on", "quotas"]), frozenset(["a", "firearms", "desk"])]
    found = continued_terms(text, toks, lowers, decided, lex)
    assert found is not None
    assert lowers[found[0]] == "will" and found[1] == 1
    assert continued_terms(text, toks, lowers, decided[:1], lex) is None
    assert continued_terms(text, toks, lowers, [], lex) is None


def test_a_sentence_ending_on_be_does_not_fail() -> None:
    lex = load_lexicon()
    text = "The desk will be"
    toks = tokens(text)
    assert continued_terms(text, toks, [t.lower for t in toks], [frozenset(["desk"])], lex) is None


def test_terms_after_their_decision_do_not_outrank_it_in_the_summary() -> None:
    out = analyse_text(_LEAD, "The office will be staffed by twelve officers from each country.")
    assert out[-1].importance < out[0].importance


# --- "Under the texts, ...": a concluded text named by its plain noun frames its terms ------------------


def test_under_the_texts_frames_terms() -> None:
    out = analyse_text(
        "The defence ministers approved the statutes of the joint brigade.",
        "Under the texts, the brigade will be commanded by a general from each country in turn.",
    )
    assert "decision" in out[-1].labels


def test_a_draft_text_frames_no_terms() -> None:
    # counter-example: an unfinished text
    out = analyse_text("Under the draft text, the brigade would be commanded by a general from each country in turn.")
    assert "decision" not in out[-1].labels


# --- a measure introduced, a text joined ----------------------------------------------------------------


def labels(*paragraphs: str) -> frozenset[str]:
    return analyse_text(*paragraphs)[-1].labels


def test_a_measure_introduced_is_a_decision() -> None:
    assert "decision" in labels("The customs union introduced a 2 percent levy on fuel imports last year.")
    assert "decision" in labels("Belvania has introduced a ban on the export of raw timber.")


def test_a_bill_introduced_or_something_without_a_decision_object_is_not() -> None:
    # counter-examples: a text put before a vote, and "introduced" with no measure as its object
    assert "decision" not in labels("Two senators introduced a bill to ban the export of raw timber.")
    assert "decision" not in labels("The minister introduced an amendment to the budget law in committee.")
    assert "decision" not in labels("The mayor introduced the speakers at the opening of the fair.")


def test_joining_a_text_is_a_decision_but_joining_talks_is_not() -> None:
    assert "decision" in labels("Four more states joined the convention on cross-border data last month.")
    # counter-examples: no decision object close after the verb
    assert "decision" not in labels("Delegates from Aldora joined the talks on the second day.")
    assert "decision" not in labels("Belvania joined the call by several states for a ceasefire in the north.")


# --- an authority closing or reopening its own border ----------------------------------------------------


def test_a_state_closing_its_own_border_is_a_decision() -> None:
    assert "decision" in labels("Aldora shut its border crossings with Belvania for three weeks in March.")
    assert "decision" in labels("The government has closed its airspace to all military flights.")
    assert "decision" in labels("Belvania reopened its embassy in the capital after a four-year break.")


def test_a_closure_with_no_one_acting_in_a_time_clause_or_to_come_is_not() -> None:
    # counter-examples: a passive with no agent, a time clause, a modal, a negated act, another possessor
    assert "decision" not in labels("The crossing was shut for two days after heavy snow.")
    assert "decision" not in labels("Trade collapsed when Aldora closed its borders for six months in 2019.")
    assert "decision" not in labels("Aldora could close its border if the attacks continue.")
    assert "decision" not in labels("Aldora has not closed its border despite the attacks.")
    assert "decision" not in labels("Snow closed the border pass for a week.")


# --- a status conferred by designating ------------------------------------------------------------------


def test_a_designation_as_a_status_is_a_decision() -> None:
    assert "decision" in labels("The government designated two armed groups as terrorist organisations in May.")
    assert "decision" in labels("The reef was designated as a marine protected area by the regional council.")


def test_a_designated_modifier_or_a_designation_to_come_is_not() -> None:
    # counter-examples: an adjective, a designation proposed or to come, a negated one
    assert "decision" not in labels("Fishing is allowed only in the designated zones, known as blue areas.")
    assert "decision" not in labels("The council may be designated as the lead agency next year.")
    assert "decision" not in labels("Aldora proposed that the reef be designated as a marine protected area.")
    assert "decision" not in labels("The group has not been designated as a terrorist organisation.")


# --- security without the classic words: a state's territory, a place claimed, arrests by customs ----------


def test_a_states_territory_held_entered_or_claimed_is_security() -> None:
    assert "security" in labels("The neighbouring army still holds three hilltop positions inside Georgian territory.")
    assert "security" in labels("Its new atlas shows the whole valley as Peruvian territory.")
    assert "security" in labels("The president ruled out any foreign operation on Mexican territory.")


def test_territory_in_transit_or_of_no_state_is_not() -> None:
    # counter-examples: movement across it, a building's grounds, a lower-case word before it
    assert "security" not in labels("Lorries carrying ore cross Mongolian territory on their way to the port.")
    assert "security" not in labels("The car stopped at a museum located in the territory of the old fortress.")
    assert "security" not in labels("The bank opened three branches in the territory it covers.")


def test_a_claim_or_dispute_over_a_place_is_security() -> None:
    assert "security" in labels("The foreign ministry sent a note restating its claim to the area.")
    assert "security" in labels("The leaders did not discuss the dispute over the two islets.")
    assert "security" in labels("Both states assert sovereignty over the reef and the surrounding waters.")


def test_a_claim_or_dispute_over_no_place_is_not() -> None:
    # counter-examples: money, fees, a wage claim
    assert "security" not in labels("The heirs renewed their claim to the estate's remaining funds.")
    assert "security" not in labels("A dispute over landing fees has delayed the new flights.")
    assert "security" not in labels("The union filed a claim over unpaid overtime at the plant.")


def test_arrests_by_customs_are_security() -> None:
    assert "security" in labels("Customs officers said four people were arrested after a search of the lorries.")
    assert "security" in labels("Customs agents broke up a ring that moved timber at night, detaining six people.")


def test_arrests_with_no_enforcement_body_or_customs_without_arrests_are_not() -> None:
    # counter-examples: arrests named as background, customs officers with no arrest
    assert "security" not in labels("The talks began after years of arrests and protests by fishermen.")
    assert "security" not in labels("Exporters asked for ten more customs officers at the bridge before the holidays.")


# --- a speech's salutation line and "both sides of the border" --------------------------------------------


def test_a_salutation_line_naming_security_offices_is_not_security() -> None:
    assert "security" not in labels("Madam Chair, Commissioners of Police, Chiefs of Defence Staff, friends.")
    assert "security" not in labels("Honourable Ministers, Heads of the Armed Forces, distinguished guests.")


def test_a_list_with_a_verb_or_without_a_salutation_word_stays_security() -> None:
    # counter-examples: the same offices as the subject of a clause, a list of security matters
    assert "security" in labels("Chiefs of Defence Staff, police chiefs and friends of the victims met in Castries.")
    assert "security" in labels("Drugs, guns, gangs, cash.")


def test_both_sides_of_the_border_as_a_place_is_not_security() -> None:
    assert "security" not in labels("The festival drew visitors from both sides of the border.")
    assert "security" not in labels("The demolition drew protests on either side of the frontier.")


def test_the_border_itself_or_another_security_word_beside_the_idiom_still_counts() -> None:
    # counter-examples: the line itself, and patrols named in the same sentence
    assert "security" in labels("Engineers began surveying the border near the river.")
    assert "security" in labels("Patrols on both sides of the border will share radio frequencies.")


# --- an operational body named again after a security sentence named it -------------------------------------

_SECURITY_LEAD = (
    "Aldora and Belvania launched a joint cell on Friday to verify the withdrawal of troops from the valley."
)


def test_the_body_a_security_sentence_named_carries_its_matter_when_named_again() -> None:
    out = analyse_text(_SECURITY_LEAD, "The cell, made up of six officers from each side, will report every month.")
    assert "security" in out[-1].labels


def test_a_possessive_subject_names_the_body_again_too() -> None:
    out = analyse_text(
        "An EU monitoring mission has patrolled the ceasefire line since 2023.",
        "Its staff were cut last year.",
        "The mission's mandate runs until the end of next year.",
    )
    assert "security" in out[-1].labels


def test_a_body_named_after_no_security_sentence_or_only_for_a_schedule_is_not() -> None:
    # counter-examples: the same subject after a non-security sentence, a schedule, another kind of subject
    out = analyse_text(
        "The two universities set up a joint research cell on river ecology.",
        "The cell, made up of six scientists from each side, will report every month.",
    )
    assert "security" not in out[-1].labels
    out = analyse_text(_SECURITY_LEAD, "The cell will meet again in the spring.")
    assert "security" not in out[-1].labels
    out = analyse_text(_SECURITY_LEAD, "The valley's orchards were in bloom.")
    assert "security" not in out[-1].labels


def test_a_body_named_too_long_ago_is_not_named_again() -> None:
    filler = [f"Trade at the market rose by {n} percent, the chamber says." for n in range(2, 7)]
    out = analyse_text(_SECURITY_LEAD, *filler, "The cell will report every month.")
    assert "security" not in out[-1].labels


# --- a pure schedule; the bodies and marks of a border; rules of engagement -----------------------------------


def test_a_pure_schedule_of_those_who_meet_is_not_security() -> None:
    assert "security" not in labels("The joint security commission is expected to meet again in Port Kell in May.")
    assert "security" not in labels("The two presidents will meet on the sidelines of the NATO summit in July.")


def test_a_schedule_with_a_purpose_or_a_meeting_held_stays_security() -> None:
    # counter-examples: a purpose after the verb, a meeting already held, the defence chiefs' talks reported
    assert "security" in labels("Defence chiefs are due to meet next month to set a date for the first patrols.")
    assert "security" in labels("The joint security commission met in Port Kell and reviewed the patrols.")


def test_the_bodies_and_marks_of_a_border_are_security() -> None:
    assert "security" in labels("The boundary working group has not met since 2019.")
    assert "security" in labels("Surveyors will begin placing boundary markers along the river in March.")


def test_border_words_before_trade_heads_are_still_not_security() -> None:
    # counter-examples: a border as a modifier of trade and travel
    assert "security" not in labels("The border market reopened to traders on Monday.")
    assert "security" not in labels("The border town hosts a fruit fair every spring.")


def test_rules_of_engagement_are_security() -> None:
    assert "security" in labels("The ministers approved the command structure and rules of engagement of the new unit.")


# --- proposals: a long addressee before the copula, support requested as a thing ------------------------------


def test_a_stated_suggestion_with_a_long_named_addressee_is_a_proposal() -> None:
    out = analyse_text(
        "My suggestion to our partners in the Southern Coastal Cooperation Forum is to hold one meeting."
    )
    assert "proposal" in out[-1].labels


def test_a_stated_suggestion_without_content_is_not() -> None:
    # counter-example: the suggestion is only reported as rejected
    out = analyse_text("My suggestion to our partners in the Southern Coastal Cooperation Forum was rejected.")
    assert "proposal" not in out[-1].labels


def test_requesting_support_of_another_body_is_a_proposal() -> None:
    assert "proposal" in labels("The two parties expressed their intention to request the technical support of the UN.")
    assert "proposal" in labels("Aldora requested the assistance of the regional bank for the survey.")


def test_a_request_with_no_action_or_aid_asked_is_not() -> None:
    # counter-examples: a question asked, a request for comment, a source's own condition
    assert "proposal" not in labels("Reporters asked the minister about the survey.")
    assert "proposal" not in labels("The ministry did not respond to a request for comment.")
    assert "proposal" not in labels("A diplomat who asked not to be named confirmed the talks.")


def test_an_arrangement_told_with_is_to_states_terms_too() -> None:
    out = analyse_text(_LEAD, "The office is to be staffed by twelve officers from each country.")
    assert "decision" in out[-1].labels
    # counter-example: "is to" of a schedule
    out = analyse_text(_LEAD, "The office is to be inaugurated in May.")
    assert "decision" not in out[-1].labels


def test_a_budget_or_resolution_introduced_is_tabled_not_adopted() -> None:
    assert "decision" not in labels("The finance minister introduced the 2027 budget in parliament on Tuesday.")
    assert "decision" not in labels("Five states introduced a draft resolution on the ceasefire.")


# --- new rules stating their terms with a plural verb; reports of an outcome ----------------------------------


def test_new_rules_state_their_terms_with_a_plural_verb() -> None:
    assert "decision" in labels("The new rules, which take effect in March, require every importer to register online.")
    assert "decision" in labels("The revised framework allows fishermen from both states to use the bay.")


def test_standing_or_draft_rules_state_no_decision() -> None:
    # counter-examples: standing rules, a draft, rules with no determiner
    assert "decision" not in labels("The bloc's rules require unanimity on foreign policy.")
    assert "decision" not in labels("The draft rules require every importer to register online.")
    assert "decision" not in labels("Existing rules require every importer to register online.")


def test_a_summit_ending_with_a_joint_declaration_and_an_understanding_reached_are_decisions() -> None:
    assert "decision" in labels("The summit ended with a joint declaration on water.")
    assert "decision" in labels("The two sides reached an understanding on fishing rights.")


def test_an_opening_or_completion_to_come_is_no_term() -> None:
    out = analyse_text(
        "Lesotho and South Africa agreed to build a new bridge at Maseru.",
        "The bridge will be opened by the two presidents next year.",
    )
    assert "decision" not in out[-1].labels
    out = analyse_text(
        "Lesotho and South Africa agreed to build a new bridge at Maseru.",
        "The bridge will carry four lanes of traffic and a rail line.",
    )
    assert "decision" in out[-1].labels


def test_the_line_of_actual_control_is_security() -> None:
    assert "security" in labels("Tensions along the Line of Actual Control have eased since 2024.")


def test_an_effect_foreseen_or_a_quoted_claim_about_the_body_is_no_term() -> None:
    lead = "The ministers approved a plan to build a new port at Lamu."
    assert "decision" not in analyse_text(lead, "The port will create 5,000 jobs, officials said.")[-1].labels
    assert "decision" not in analyse_text(lead, "The port would cost about 900 million dollars.")[-1].labels
    assert "decision" not in analyse_text(lead, '"The port will change this coast," the minister said.')[-1].labels
    # counter-example: a permission granted is a term
    assert "decision" in analyse_text(lead, "The port will allow ships of up to 12 metres draught.")[-1].labels


# --- terms frames: "As part of the deal", a closing "under the pact", an unratified text ----------------------


def test_as_part_of_a_concluded_text_frames_terms() -> None:
    assert "decision" in labels("As part of the deal, Turkey will open two more crossings.")
    # counter-example: part of an event, not of a text
    assert "decision" not in labels("As part of the talks, the two ministers visited a school.")


def test_a_binding_future_closed_by_under_the_pact_states_terms() -> None:
    assert "decision" in labels("Each country will contribute 500 troops to a joint brigade under the pact.")


def test_a_closing_under_frame_without_a_binding_future_or_with_an_act_to_come_is_not() -> None:
    # counter-examples: a past state, an act still to come, a draft
    assert "decision" not in labels("Trade across the river grew quickly under the pact.")
    assert "decision" not in labels("The protocol will be signed next month under the new rules.")
    assert "decision" not in labels("Each country will contribute 500 troops under the draft pact.")


def test_a_text_negated_as_unratified_frames_no_terms() -> None:
    assert "decision" not in labels("According to the agreement, which has not been ratified, trade would double.")
    # counter-example: a term negated, not the text
    assert "decision" in labels("Under the agreement, neither army will patrol within 50 metres of the markers.")


# --- "It" right after a text was concluded ----------------------------------------------------------------------


def test_it_with_a_terms_verb_after_a_concluded_text_states_its_terms() -> None:
    lead = "Kenya and Ethiopia signed an electricity trade agreement on Monday."
    out = analyse_text(lead, "It will allow Kenya to import 400 megawatts from the Gibe dams.")
    assert "decision" in out[-1].labels
    assert out[-1].actor == out[0].actor
    assert "decision" in analyse_text(lead, "It also provides for a joint grid operator.")[-1].labels


def test_it_without_a_terms_verb_or_after_no_text_states_no_terms() -> None:
    # counter-examples: a comment, a text not just concluded, a decision that named no text, a negated verb
    lead = "Kenya and Ethiopia signed an electricity trade agreement on Monday."
    assert "decision" not in analyse_text(lead, "It will be the first such deal in the region.")[-1].labels
    assert "decision" not in analyse_text(lead, "It does not allow Kenya to export power.")[-1].labels
    other = "Kenya and Ethiopia agreed to meet again in June."
    assert "decision" not in analyse_text(other, "It will allow both sides to review progress.")[-1].labels
    gap = ("Kenya and Ethiopia signed an electricity trade agreement.", "Prices rose in Nairobi last week.")
    assert "decision" not in analyse_text(*gap, "It will allow Kenya to import power.")[-1].labels


# --- security vocabulary: airspace entered, ships rammed, prisoners exchanged, demilitarising ------------------


def test_airspace_entered_ships_rammed_prisoners_exchanged_are_security() -> None:
    assert "security" in labels("Two Russian aircraft entered Estonian airspace without permission.")
    assert "security" in labels("A Chinese vessel rammed a Philippine supply boat near the shoal.")
    assert "security" in labels("The two sides exchanged prisoners on Friday.")
    assert "security" in labels("The two sides agreed to demilitarise the area around the dam.")


def test_airspace_as_a_market_or_a_buffer_zone_as_a_place_is_not() -> None:
    # counter-examples: airspace with no state entered, a cinema in a buffer zone
    assert "security" not in labels("Airlines pay fees to fly through the airspace of six countries.")
    assert "security" not in labels("The old cinema stands inside the UN buffer zone dividing the city.")


def test_a_border_word_that_only_modifies_the_object_is_no_closure() -> None:
    assert "decision" not in labels("The company closed its ports division last year.")
    # counter-example: the border word heads the object
    assert "decision" in labels("Lithuania closed its border crossings with Belarus in November.")


def test_new_rules_do_not_fail_on_fragments() -> None:
    # a closure verb, a designation, a frame or an anaphor at the very end of a fragment
    for fragment in (
        "Lithuania shut its",
        "Lithuania shut its border",
        "designated as",
        "Under the",
        "As part of the deal",
        "The cell's",
        "It will",
        "mission's its border deal as shut its will",
    ):
        analyse_text("The ministers agreed to set up a joint cell against smuggling.", fragment)


def test_decisions_made_after_a_preposition_report_none() -> None:
    assert "decision" not in labels("Thousands of jobs now depend on decisions made in a hearing room abroad.")
    # counter-example: the decisions of the meeting, named with a determiner
    assert "decision" in labels("Among the decisions made was the creation of a joint fund.")


def test_a_wreath_at_a_war_cemetery_is_a_ceremony_not_security() -> None:
    assert "security" not in labels("The minister laid a wreath at the Bomana War Cemetery.")
    # counter-example: the war itself
    assert "security" in labels("The war has displaced two million people since April.")


def test_a_claim_to_have_done_something_near_an_area_is_no_territorial_claim() -> None:
    assert "security" not in labels("The company claims to have opened shops across the area.")
    assert "security" in labels("Cambodia is pursuing its claim to four disputed temples.")


def test_a_meeting_for_peace_talks_is_not_a_pure_schedule() -> None:
    assert "security" in labels("The two delegations will meet in Istanbul next week for peace talks.")


def test_a_schedule_after_a_clause_that_reports_violence_keeps_the_sentence_security() -> None:
    assert "security" in labels("Clashes killed five soldiers, and the two commanders will meet in Goma on Monday.")


def test_a_place_called_disputed_or_contested_is_security() -> None:
    assert "security" in labels("The talks on the disputed islands ended without agreement.")
    assert "security" in labels("The island has been contested by both countries since 1974.")
    # counter-examples: a disputed election, a contested will
    assert "security" not in labels("The opposition disputed the election results in three provinces.")
    assert "security" not in labels("The heirs contested the will in court.")


def test_a_band_of_the_forces_at_a_ceremony_is_not_security() -> None:
    assert "security" not in labels("The army band played the national anthem.")


# --- executive acts on relations and persons ---------------------------------------------------------------------


def test_diplomats_expelled_ties_severed_suspects_extradited_are_decisions() -> None:
    assert "decision" in labels("Poland expelled two Russian diplomats on Monday.")
    assert "decision" in labels("Two Belarusian diplomats were expelled by Vilnius.")
    assert "decision" in labels("The government recalled its ambassador from Kigali.")
    assert "decision" in labels("The two countries severed diplomatic ties in 2021.")
    assert "decision" in labels("Colombia extradited 20 suspects to the United States last year.")


def test_no_diplomat_or_an_act_to_come_is_no_diplomatic_decision() -> None:
    # counter-examples: a party member expelled, a recall threatened, a negated recall
    assert "decision" not in labels("The mayor was expelled from the party in May.")
    assert "decision" not in labels("Warsaw could expel two Russian diplomats if the attacks continue.")
    assert "decision" not in labels("Kenya has not recalled its ambassador from Kigali.")


def test_a_concept_introduced_is_presented_not_adopted() -> None:
    assert "decision" not in labels("The professor introduced the concept of a blue economy.")
    assert "decision" in labels("Washington introduced new tariffs on steel.")
