"""Rules found by classifying errors on a further unseen annotator's articles (issue 3, fourth round).

Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text, last

# --- a hyphenated pair of states names the parties of an agentless act ------------------------------


def test_a_joint_commission_of_two_states_owns_an_agentless_passive_act() -> None:
    out = analyse_text(
        "The fourth meeting of the Peruvian-Chilean Joint Fisheries Commission took place in Arica.",
        "It was agreed to set up a joint laboratory for anchovy stocks.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the sides (Peru and Chile)"  # "It was agreed": the sides, named (round 6)


def test_a_pair_of_states_leaves_a_named_agent_alone() -> None:
    # counter-example: the act names its own agent
    out = analyse_text(
        "The Peruvian-Chilean Joint Fisheries Commission met in Arica.",
        "A protocol on fish quotas was signed by Minister Ana Rivas and Minister Tomas Vidal.",
    )
    assert out[1].actor is not None and "Peru and Chile" not in out[1].actor


def test_a_hyphenated_word_that_is_no_pair_of_states_names_no_parties() -> None:
    # counter-examples: a compound of one state, or of a state and a common word
    for lead in ("The Franco-Franco dispute was aired in Lyon.", "The Anglo-Saxon press covered the Paris talks."):
        out = analyse_text(lead, "It was agreed to set up a joint laboratory.")
        assert out[1].actor is None or " and " not in out[1].actor, lead


# --- a subject no rule names is still the one who acts, as written ----------------------------------


def test_a_capital_standing_for_its_government_is_the_proposer_as_written() -> None:
    out = analyse_text("Ottawa has formally proposed that the two coast guards share radar data.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "Ottawa (Canada)"  # as written, with its state (round 30)


def test_a_subject_before_a_past_act_wins_over_a_closing_source_frame() -> None:
    out = analyse_text(
        "Canberra proposed a joint survey of the reef, the Australian foreign ministry said in a statement."
    )
    assert out[0].actor == "Canberra (Australia)"


def test_a_body_named_by_its_common_noun_is_the_actor() -> None:
    out = analyse_text(
        "The festival opened in Tartu on Friday.",
        "The organisers have asked the city council to close two streets on Saturday night.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "The organisers"
    out = analyse_text("After a long night, the assembly has finally adopted a resolution establishing a water fund.")
    assert "decision" in out[0].labels
    assert out[0].actor == "the assembly"


def test_an_event_a_document_or_a_pronoun_opening_the_clause_is_not_shown_as_actor() -> None:
    # counter-examples: "the summit" stands for those who met; a document acts for its issuers;
    # a sentence adverb before a comma is no subject; a passive keeps its own rules
    out = analyse_text(
        "Presidents Ana Rivas and Tomas Vidal met in Quito.",
        "The summit approved a plan to open a joint customs post.",
    )
    assert out[1].actor != "The summit"
    out = analyse_text("The charter has established a regional court.")
    assert out[0].actor != "The charter"
    out = analyse_text("Moreover, agreements were signed on fisheries and tourism.")
    assert out[0].actor != "Moreover"
    out = analyse_text("The newly created council will meet in June.")
    assert out[0].actor != "The newly"


# --- a decision dated before the article's year is background, wherever its date stands ------------


def _ranked(*paragraphs: str) -> list[float]:
    import datetime as dt
    from dataclasses import replace

    from briefing.classify import analyse_article
    from briefing.lexicon import load_lexicon
    from briefing.sentences import split_article
    from tests.sumhelpers import make_article

    article = replace(make_article(*paragraphs), date=dt.date(2026, 5, 1))
    return [a.importance for a in analyse_article(article, split_article(article), load_lexicon(), ())]


def _second(sentence: str) -> float:
    return _ranked("Ministers met in Lima on Monday.", sentence)[1]


def test_an_opening_month_and_year_dates_the_sentence_as_background() -> None:
    background = _second("In March 2024, the ministers adopted a charter for the river basin.")
    news = _second("On Monday, the ministers adopted a charter for the river basin.")
    assert background < news - 0.5


def test_a_year_later_in_the_acts_own_clause_dates_it() -> None:
    background = _second("The ministers adopted a charter for the basin of the upper river in 2019.")
    news = _second("The ministers adopted a charter for the basin of the upper river on Monday.")
    assert background < news - 0.5


def test_a_year_after_a_comma_or_of_the_current_year_is_no_background() -> None:
    # counter-examples: the year dates another clause; the act is this year's
    plain = _second("The ministers adopted a charter for the river basin today.")
    other_clause = _second("The ministers adopted a charter for the river basin, which experts drafted in 2019.")
    this_year = _second("The ministers adopted a charter for the river basin in March 2026.")
    assert abs(other_clause - plain) < 0.5
    assert abs(this_year - plain) < 0.5


# --- an act of force is no decision; support reiterated is backing; weapons and works of defence ------


def test_launching_an_attack_is_security_not_a_decision() -> None:
    out = analyse_text("The rebels launched an offensive on three river towns last week.")
    assert "decision" not in out[0].labels
    assert "security" in out[0].labels
    out = analyse_text("The air force launched strikes on depots near the coast.")
    assert "decision" not in out[0].labels


def test_launching_a_programme_or_an_attack_inquiry_is_still_a_decision() -> None:
    # counter-examples: the object is an instrument; the attack word comes far after the verb
    out = analyse_text("The ministers launched a regional programme for flood warnings.")
    assert "decision" in out[0].labels
    out = analyse_text("The council launched a fund to rebuild schools damaged in the attack.")
    assert "decision" in out[0].labels


def test_reiterated_support_for_an_instrument_is_a_proposal() -> None:
    out = analyse_text("The Chilean side reiterated its support for a joint customs post at the pass.")
    assert "proposal" in out[0].labels
    # counter-example: support reiterated without "for" a course of action is no proposal cue
    out = analyse_text("The minister reiterated that talks would go on.")
    assert "proposal" not in out[0].labels


def test_shells_and_fortifications_are_security() -> None:
    assert "security" in analyse_text("The three states will buy 40,000 shells together next year.")[0].labels
    assert "security" in analyse_text("Work on the eastern fortifications fell behind schedule.")[0].labels
    # counter-example: an offensive word as an adjective is not a military offensive
    assert "security" not in analyse_text("Critics called the cartoon offensive and asked for an apology.")[0].labels


def test_a_speakers_own_request_in_the_base_form_is_a_proposal() -> None:
    assert "proposal" in analyse_text("I therefore ask the assembly to adopt a charter on river pollution.")[0].labels
    assert "proposal" in analyse_text("We request the donors to fund a second clinic in the valley.")[0].labels
    # counter-examples: asking questions, asking about, a negated request
    assert "proposal" not in analyse_text("Reporters may ask questions after the briefing.")[0].labels
    assert "proposal" not in analyse_text("Do not ask me about the budget.")[0].labels


# --- cues that only look like acts: a noun at the sentence's end, an inference, a checkpoint ---------


def test_a_proposal_verb_form_ending_the_sentence_proposes_nothing() -> None:
    assert "proposal" not in analyse_text("The plan drew praise from road safety advocates.")[0].labels
    # counter-example: the same verb with its complement
    assert "proposal" in analyse_text("The senator advocates a ban on night flights over the bay.")[0].labels


def test_evidence_that_suggests_infers_and_a_person_who_suggests_proposes() -> None:
    assert "proposal" not in analyse_text("The survey data suggest that fish stocks recovered in 2025.")[0].labels
    # counter-example: a person suggesting that others act
    out = analyse_text("Minister Ana Rivas suggested that the two navies hold a joint rescue drill.")
    assert "proposal" in out[0].labels


def test_security_as_a_checkpoint_is_no_security_matter() -> None:
    assert "security" not in analyse_text("Fans waited an hour at security before the concert began.")[0].labels
    # counter-example: security as the matter discussed
    assert "security" in analyse_text("The ministers discussed security along the northern border.")[0].labels


# --- a lead that sets the scene leaves the main fact to what follows --------------------------------


def test_a_scene_setting_lead_keeps_less_of_the_leads_weight() -> None:
    # the same lead with and without a security matter: a security topic reports no act, so the lead
    # keeps the scene's weight and gains only the label's own weight (0.4) (round 27, tests/test_summary_rules27.py)
    scene = analyse_text("Ministers gathered in Lima on Monday for their yearly meeting on the river.")[0]
    matter = analyse_text("Ministers gathered in Lima on Monday for their yearly meeting on border security.")[0]
    assert not scene.labels and "security" in matter.labels
    assert 0.2 < matter.importance - scene.importance < 0.6


def test_a_lead_reporting_the_act_keeps_its_place() -> None:
    # counter-example: the lead itself reports the decision
    out = analyse_text(
        "Fisheries ministers from five coastal states signed a treaty on joint patrols on Monday.",
        "The ministers also signed a memorandum on port inspections.",
    )
    assert out[0].importance > out[1].importance


def test_border_affairs_is_a_security_matter_but_a_border_town_is_not() -> None:
    out = analyse_text("The talks of the joint mechanism on border affairs ended in Kathmandu on Friday.")
    assert "security" in out[0].labels
    # counter-example: the border as a mere modifier of a place
    assert "security" not in analyse_text("The festival drew crowds to the border towns.")[0].labels


def test_announcing_ones_own_motion_in_reported_speech_is_a_proposal() -> None:
    out = analyse_text("Norway said it would table the fishing quota again at the next session.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "Norway"
    # counter-example: a past tabling reported as history is no offer of the speaker
    assert "proposal" not in analyse_text("Norway said the vote would take place on Friday.")[0].labels


def test_an_act_in_a_that_clause_after_a_promise_or_hope_is_not_reported_as_done() -> None:
    out = analyse_text("The chair promised that this would be the year the fisheries treaty was finally signed.")
    assert "decision" not in out[0].labels
    out = analyse_text("Officials hope that the charter is ratified by all members before winter.")
    assert "decision" not in out[0].labels
    # counter-examples: an act reported in a that-clause after "said", and a promise kept
    assert "decision" in analyse_text("The ministry said that the two states signed a fisheries treaty.")[0].labels
    out = analyse_text("As promised in March, the ministers signed a fisheries treaty on Monday.")
    assert "decision" in out[0].labels


def test_a_common_noun_subject_after_a_fronted_day_is_the_actor() -> None:
    out = analyse_text(
        "President Ana Rivas opened the film week in Cusco.",
        "On Saturday the panel awarded its main prize to a documentary about salt miners.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the panel"
    out = analyse_text(
        "Prime Minister Tomas Vidal welcomed the delegates.",
        "On 4 May our trade ministers adopted the text of a fisheries charter.",
    )
    assert out[1].actor == "our trade ministers"


def test_a_fronted_phrase_that_is_no_day_leaves_the_subject_rule_alone() -> None:
    # counter-example: "In Lima the panel ..." opens with a place, not "On" and a day; a name still wins
    out = analyse_text(
        "President Ana Rivas opened the film week in Cusco.",
        "On Saturday President Ana Rivas awarded the main prize to a documentary about salt miners.",
    )
    assert out[1].actor is not None and "Rivas" in out[1].actor


def test_a_counted_bloc_opening_the_sentence_is_the_actor_as_written() -> None:
    out = analyse_text("Five coastal and island states agreed on Monday to share radar data on fishing fleets.")
    assert "decision" in out[0].labels
    assert out[0].actor == "Five coastal and island states"
    out = analyse_text("12 governments signed a charter on river transport in Bamako.")
    assert out[0].actor == "12 governments"


def test_a_count_that_does_not_open_the_clause_is_no_bloc() -> None:
    # counter-example: a counted subject of a passive did not act
    out = analyse_text(
        "Ministers Ana Rivas and Tomas Vidal met in Quito.",
        "Two new customs agencies were also set up on Friday.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor != "Two new customs agencies"


def test_a_common_noun_subject_before_a_present_verb_is_the_actor() -> None:
    out = analyse_text(
        "Prime Minister Tomas Vidal spoke in Lima on Monday.",
        "This magazine urges the city to publish every contract for the new port.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "This magazine"


def test_a_plural_cue_noun_after_a_noun_is_no_present_verb() -> None:
    # counter-example: "proposals" is a noun here; "the state" does not propose
    out = analyse_text(
        "Prime Minister Tomas Vidal spoke in Lima on Monday.",
        "The state proposals for a new port were published by Tomas Vidal's office.",
    )
    assert out[1].actor != "The state"


# --- a subject behind a fronted phrase of time or place, or before one, is the actor as written ------


def test_a_subject_after_a_fronted_phrase_of_time_is_the_actor() -> None:
    cases = {
        "Last month the harbour board appointed Lena Morsk as its director.": "the harbour board",
        "Earlier this week the town council approved a new ferry timetable.": "the town council",
        "Last week the Storting voted to extend the fishing moratorium.": "the Storting",
        "In March Chile's government approved a decree lowering port fees.": "Chile's government",
    }
    for sentence, actor in cases.items():
        out = last(sentence)
        assert "decision" in out.labels, sentence
        assert out.actor == actor, sentence


def test_a_phrase_of_time_between_subject_and_verb_keeps_the_subject() -> None:
    out = last("Peru's House of Deputies on Tuesday ratified a fisheries treaty with Ecuador.")
    assert out.actor == "Peru's House of Deputies"
    out = last("The river commission on Friday approved new dredging rules.")
    assert out.actor == "The river commission"


def test_a_fronted_phrase_that_is_no_time_or_place_opens_no_subject() -> None:
    # counter-examples: a clause with no comma before the subject, and a reported passive
    out = last("Despite protests the city board approved the tariff.")
    assert out.actor is None
    out = last("In May the report said the deal was signed.")
    assert out.actor is None


# --- a heading naming a speech by its speaker's possessive makes him the one who says "I" -----------


def test_a_speech_named_by_its_speakers_possessive_owns_the_first_person() -> None:
    for title in ("Premier Dana Holt's remarks on coastal fisheries in Bodø", "President Dana Holt’s closing speech"):
        out = analyse_text(
            "Thank you all for coming.",
            "The eight coastal states met here last week.",
            "I ask the regional council to fund a new clinic for the fishing villages.",
            "I also call on our partners to renew the salmon accord.",
            title=title,
        )
        assert "proposal" in out[-2].labels and "proposal" in out[-1].labels, title
        assert out[-2].actor == "Dana Holt" and out[-1].actor == "Dana Holt", title


def test_a_possessive_heading_that_names_no_speech_names_no_speaker() -> None:
    # counter-example: a visit is no speech, so "I" is not taken for the person it names
    out = analyse_text(
        "Thank you all for coming.",
        "I ask the regional council to fund a new clinic for the fishing villages.",
        title="Premier Dana Holt's visit to Bodø",
    )
    assert out[-1].actor != "Dana Holt"


# --- a common-noun body, named by its town or placed in it, is the actor over a person named before --


def test_a_common_noun_body_is_the_actor_over_an_earlier_person() -> None:
    cases = {
        "The regional assembly in Kaunas has asked the government to reopen the crossing.": (
            "The regional assembly in Kaunas"
        ),
        "Hammerfest municipal council has asked the Ministry of Fisheries to keep part of the quota.": (
            "Hammerfest municipal council"
        ),
        "The national assembly formally approved the harbour budget.": "The national assembly",
    }
    for sentence, actor in cases.items():
        out = last("Skipper Olaf Berg said the cut would ruin his crew.", sentence)
        assert out.labels & {"decision", "proposal"}, sentence
        assert out.actor == actor, sentence


def test_a_passive_subject_or_a_place_after_the_act_is_no_body_subject() -> None:
    # counter-examples: the subject of a passive did not act, and a town after the verb is no subject
    out = last("Skipper Olaf Berg said the cut would ruin his crew.", "Two new agencies were also set up in Kaunas.")
    assert out.actor is not None and "Kaunas" not in out.actor and "agencies" not in out.actor


# --- sources reporting another's past act: a common-noun subject of the reported clause acts --------


def test_sources_reporting_a_past_request_credit_the_reported_subject() -> None:
    out = last(
        "The rebels of the Northern Front shelled the river town.",
        "One of the envoys said the army had asked for the rebel fighters to leave the town.",
    )
    assert "proposal" in out.labels
    assert out.actor == "the army"
    assert last("Two mediators said the coast guard had asked the trawlers to turn back.").actor == "the coast guard"


def test_a_named_speaker_or_a_request_still_to_come_stays_with_the_reporter() -> None:
    # counter-examples: a named official reports for his side; "would ask" is the sources' own forecast
    assert last("Minister Ana Rivas said the port authority had proposed a new fee.").actor == "Ana Rivas"
    assert last("Two mediators said that the army would ask the rebels to withdraw.").actor == "two mediators"


# --- a nation's adjective before a group's plural noun names that group, not the state --------------


def test_a_group_of_a_nation_is_the_actor_as_written() -> None:
    out = last("Chilean salmon farmers in Aysén have urged both governments to share the water data.")
    assert "proposal" in out.labels
    assert out.actor == "Chilean salmon farmers in Aysén"
    assert last("Peruvian fishermen have asked the navy to escort their boats.").actor == "Peruvian fishermen"


def test_a_nations_government_or_the_nation_itself_stays_the_state() -> None:
    # counter-examples: the adjective before a government, and the country named as subject
    urged = last("The Chilean government has urged Lima to share the water data.")
    assert urged.actor == "the Chilean government (Chile)"
    assert last("Chile has urged Peru to share the water data.").actor == "Chile"


# --- an event named with its members acts through them ----------------------------------------------


def test_an_event_of_named_members_is_their_act() -> None:
    out = last("Officials say a joint meeting of harbour masters on Monday decided that the pier will close.")
    assert "decision" in out.labels
    assert out.actor == "harbour masters"
    assert last("A meeting of fisheries ministers agreed to cut the cod quota.").actor == "fisheries ministers"


def test_an_event_of_a_place_names_no_members() -> None:
    # counter-example: "of Lyon" is where the meeting was, not who met
    out = last("A meeting in the city of Lyon agreed to cut the cod quota.")
    assert out.actor is None or "Lyon" not in out.actor


# --- a subject with a phrase after its noun, and a reduced passive's agent --------------------------


def test_a_subject_with_a_phrase_after_its_noun_is_the_actor() -> None:
    out = last("Early on Sunday, senior engineers from the two utilities agreed to share the grid data.")
    assert "decision" in out.labels
    assert out.actor == "senior engineers from the two utilities"


def test_a_subject_phrase_needs_a_clause_opening() -> None:
    # counter-example: a plural after a verb ("met senior engineers from ...") opens no clause
    out = last("The mayor met senior engineers from the two utilities, who agreed to share the grid data.")
    assert out.actor != "senior engineers from the two utilities"


def test_a_reduced_passive_names_its_agent() -> None:
    out = last("Kiruna will host a drone base under the defence package approved by the Swedish parliament in May.")
    assert "decision" in out.labels
    assert out.actor == "the Swedish parliament"  # a nation's body as written (round 6), not the state
    # counter-example: a participle followed by anything but "by" names no agent that way
    assert last("The harbour, approved in May, will open soon.").actor is None


# --- a second coordinated verb shares the first one's subject ---------------------------------------


def test_a_coordinated_act_keeps_the_clause_subject_over_an_object_noun() -> None:
    out = last(
        "In their closing statement, the Nordic ministers condemned Russian strikes on "
        "Ukraine's grid and announced new sanctions on tankers."
    )
    assert "decision" in out.labels
    assert out.actor == "the Nordic ministers"


def test_coordinated_subjects_are_not_split_by_the_rule() -> None:
    # counter-example: "and" joining two subjects before one verb is no second verb
    assert last("Norway and Chile signed a fisheries deal.").actor == "Norway and Chile"
    assert last("The envoys met Chilean officials and agreed to meet again in May.").actor != "Chile"


def test_a_subject_after_an_opening_phrase_of_time_is_the_actor_not_the_phrase() -> None:
    out = analyse_text("Two days later ministers signed the protocol on the shared river.")
    assert "decision" in out[0].labels
    assert out[0].actor == "ministers"
    out = analyse_text("Three months later delegates approved the new statute of the river commission.")
    assert out[0].actor == "delegates"
    # counter-example: a count that is not a phrase of time still names the bloc
    out = analyse_text("Eight island states agreed in Suva to pool their fisheries patrol budgets.")
    assert (out[0].actor or "").lower() == "eight island states"
