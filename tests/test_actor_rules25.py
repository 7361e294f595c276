"""Actor rules of round 25 (issue 3): repairs of general mechanisms behind actors a reader sees as wrong
(a garbled mention, one person listed twice, a role noun read as its state). Every sentence is written for
the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- an event's members: "the talks" before a comma do not own the "of" of the next phrase ----------------


def test_the_heads_of_state_after_a_fronted_event_are_the_subject() -> None:
    out = analyse_text("After the talks, the heads of state signed a declaration on water sharing.")
    assert out[0].actor == "the heads of state"


def test_the_heads_of_government_after_a_fronted_meeting() -> None:
    out = analyse_text("At the end of the meeting, the heads of government approved a customs plan.")
    assert out[0].actor is not None and out[0].actor.startswith("the heads of government")


def test_an_event_with_its_members_still_acts_through_them() -> None:
    # counter-example: the members of the meeting, named with it, are still its actor
    out = analyse_text("A flag meeting of border commanders decided to open a hotline between the posts.")
    assert out[0].actor == "border commanders"


# --- a list of two office-holders: each is himself, never the first one twice -----------------------------

_CHAIRED = (
    "The commission met in Tbilisi on Monday, chaired by Deputy Prime Minister of Georgia Levan Davitashvili"
    " and Turkish Minister of Roads and Highways Ahmet Kaya."
)


def test_a_portfolio_of_roads_runs_into_the_holders_name() -> None:
    out = analyse_text(_CHAIRED, "Kaya proposed a second lane at the Sarpi crossing.")
    assert out[1].actor == "Ahmet Kaya (Turkey)"


def test_a_description_of_another_nation_is_not_the_person_just_named() -> None:
    out = analyse_text(
        "Foreign Minister Ana Rojas of Chile met the Bolivian Minister of Mining in Arica.",
        "The Bolivian Minister of Mining proposed a joint lithium survey.",
    )
    assert out[1].actor is not None and "Ana Rojas" not in out[1].actor


def test_a_description_of_the_same_nation_is_still_the_person_named() -> None:
    # counter-example: "the Chilean minister" after a Chilean minister was named is that minister
    out = analyse_text(
        "Foreign Minister Ana Rojas of Chile arrived in La Paz on Monday.",
        "The Chilean minister proposed a joint lithium survey.",
    )
    assert out[1].actor == "Ana Rojas (Chile)"


def test_an_honorific_then_the_office_then_the_name_is_one_person() -> None:
    out = analyse_text(
        "His Majesty King Tupou VI and His Highness the Emir of Qatar Sheikh Tamim bin Hamad signed a memorandum"
        " on labour mobility."
    )
    assert out[0].actor == "Tupou VI and Tamim bin Hamad (Qatar)"


def test_an_honorific_after_a_comma_is_not_joined_to_the_office_before() -> None:
    # counter-example: "the Prime Minister, the Hon X" is an office and its holder in apposition
    out = analyse_text(
        "The treaty was signed by the Prime Minister, the Hon Mark Brown, and the Prime Minister of Fiji.",
    )
    assert out[0].actor is not None and "Mark Brown" in out[0].actor


# --- the co-chairs: the people who chaired, as written with their names ----------------------------------


def test_the_co_chairs_are_the_people_who_chaired() -> None:
    out = analyse_text(_CHAIRED, "At the close, the co-chairs signed a protocol on freight transit.")
    assert out[1].actor == "the co-chairs (Levan Davitashvili and Ahmet Kaya)"


def test_a_national_co_chair_is_that_nations_chair() -> None:
    out = analyse_text(_CHAIRED, "The Turkish co-chair proposed a joint customs terminal at Sarpi.")
    assert out[1].actor == "Ahmet Kaya (Turkey)"


def test_co_chairs_after_two_states_show_the_states() -> None:
    out = analyse_text(
        "Peru and Bolivia held the fourth session of their joint commission in Puno.",
        "Following the session, the co-chairs signed the minutes.",
    )
    assert out[1].actor == "the co-chairs (Peru and Bolivia)"


def test_co_chairs_after_an_unrelated_collective_are_as_written() -> None:
    # counter-example: the heads of state named since chaired nothing
    out = analyse_text(
        "The heads of state of Peru and Bolivia are to meet in May.",
        "The two co-chairs signed the minutes of the session.",
    )
    assert out[1].actor == "the two co-chairs"


# --- "the head of X": an office shown with what it heads, someone not yet named ---------------------------


def test_the_head_of_a_district_administration_is_shown_with_it() -> None:
    out = analyse_text("The head of the Naryn district administration has asked the contractor to rebuild the bridge.")
    assert out[0].actor == "the head of the Naryn district administration"


def test_the_chief_of_a_water_authority_after_a_person_is_someone_else() -> None:
    out = analyse_text(
        "Minister Rosa Quispe opened the dam on Friday.",
        "The chief of the regional water authority urged farmers to cut their use by a fifth.",
    )
    assert out[1].actor == "the chief of the regional water authority"


def test_the_head_of_state_is_still_the_person_named() -> None:
    # counter-example: "head of state" is a title of its own, and names the president named before
    out = analyse_text(
        "President Ana Rojas of Chile arrived in Lima on Monday.",
        "The head of state proposed a joint fund for the border towns.",
    )
    assert out[1].actor == "Ana Rojas (Chile)"


def test_a_head_and_his_name_in_commas_is_that_person() -> None:
    # counter-example: the holder named in commas after the office is the actor
    out = analyse_text("The head of the port authority, Jorge Salas, proposed a night shift for trucks.")
    assert out[0].actor == "Jorge Salas"


# --- an office "for" a state, then its holder in commas: the holder, of the office's state -----------------


def test_an_envoy_for_a_state_named_in_commas_is_the_envoy_of_his_own_state() -> None:
    out = analyse_text(
        "The Special Envoy of the President of Kazakhstan for Afghanistan, Erlan Sadykov, visited Kabul.",
        "Sadykov proposed a new freight terminal at Hairatan.",
    )
    assert out[1].actor == "Erlan Sadykov (Kazakhstan)"


def test_an_interviewed_envoy_speaks_for_his_own_state_not_the_one_he_covers() -> None:
    out = analyse_text(
        "Kazakhstan and Afghanistan signed a transit accord in May. We spoke to the Special Representative of the"
        " President of Kazakhstan for Afghanistan, Erlan Sadykov, about the route.",
        "Q: Who will run the terminal?",
        "A: We have proposed that the operator be registered in Almaty.",
        title="Interview: the transit route",
    )
    assert "proposal" in out[-1].labels
    assert out[-1].actor == "Kazakhstan"


# --- a transcript tagged with a named person's name ("Sadykov: ...") -----------------------------------------


def test_a_paragraph_tagged_with_a_known_surname_is_his_answer() -> None:
    out = analyse_text(
        "Chile's Foreign Minister Ana Rojas spoke to the Andes Review about the border.",
        "Q: What about the islands?",
        "Rojas: In 2019 we signed a fisheries agreement with Argentina on the channel.",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Chile and Argentina"


def test_a_tag_with_a_title_before_the_name_switches_the_speaker() -> None:
    out = analyse_text(
        "President Ana Rojas of Chile and President Marco Silva of Peru spoke to reporters in Lima.",
        "President Marco Silva of Peru: Thank you.",
        "President Ana Rojas: I have proposed to President Silva that the new crossing open in March.",
    )
    assert out[-1].actor is not None and "Ana Rojas" in out[-1].actor


def test_a_tag_that_names_nobody_known_changes_nothing() -> None:
    # counter-example: "Tromelin:" names an island, not a speaker the article introduced
    out = analyse_text(
        "Chile's Foreign Minister Ana Rojas spoke to the Andes Review about the border.",
        "Magallanes: the fishermen's association has asked the navy for more patrols.",
    )
    assert out[-1].actor != "Ana Rojas (Chile)"


# --- a speech's proposal that names no one is the speaker's, not the host's he thanked ----------------------


def test_an_impersonal_proposal_in_a_speech_is_the_speakers() -> None:
    out = analyse_text(
        "Dear colleagues, I thank President Marco Silva for his hospitality.",
        "It is important to connect the two ports by rail before 2030.",
        title="Address by President Ana Rojas at the Andean summit",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Ana Rojas"


def test_an_impersonal_proposal_in_news_keeps_the_person_named() -> None:
    # counter-example: news has no speaker; the person the report is about proposes
    out = analyse_text(
        "President Marco Silva of Peru spoke at the summit on Monday.",
        "It is important to connect the two ports by rail before 2030, he said.",
    )
    assert out[1].actor == "Marco Silva (Peru)"


# --- a text made by one party, then adopted: the adopter acts, not its drafter ------------------------------


def test_a_resolution_drafted_by_a_state_was_adopted_by_the_council() -> None:
    out = analyse_text(
        "The UN Security Council met on Friday on the situation in Haiti.",
        "The resolution, drafted by Ecuador, was adopted by thirteen votes with two abstentions.",
    )
    assert out[1].actor is not None and "Ecuador" not in out[1].actor


def test_a_draft_drawn_up_by_states_still_acts_for_them() -> None:
    # counter-example: an active verb of the text acts for its makers
    out = analyse_text("The draft, drawn up by Chile and Peru, calls for a ceasefire along the river.")
    assert out[0].actor == "Chile and Peru"


# --- "the US deputy ambassador": an office of another state than the person named before -------------------


def test_a_deputy_ambassador_of_another_state_is_not_the_opposition_leader() -> None:
    out = analyse_text(
        "Fighting spread after the arrest of opposition leader Pedro Mora in March.",
        "The US deputy ambassador urged the government to release political detainees.",
    )
    assert out[1].actor == "the US deputy ambassador"


def test_a_deputy_chairman_with_his_name_is_that_person() -> None:
    out = analyse_text("Deputy Chairman of the Senate Ivan Petrov proposed a joint customs post.")
    assert out[0].actor is not None and "Ivan Petrov" in out[0].actor


def test_the_nations_leader_still_names_a_president_named_without_his_state() -> None:
    # counter-example: a leader's generic office fits the president named before
    out = analyse_text(
        "President Kassym Tokayev opened the forum in Astana.",
        "The Kazakh leader proposed a new transit corridor to the Caspian.",
    )
    assert out[1].actor is not None and "Kassym Tokayev" in out[1].actor


# --- a subject after a fronted phrase of place ("Outside the venue, ...") ------------------------------------


def test_protesters_outside_the_venue_are_the_subject() -> None:
    out = analyse_text(
        "President Ana Rojas of Chile opened the summit.",
        "Outside the conference hall, several hundred protesters demanded that the mine be closed.",
    )
    assert out[1].actor == "several hundred protesters"


def test_traders_amid_the_talks_are_the_subject() -> None:
    out = analyse_text(
        "President Ana Rojas of Chile opened the summit.",
        "Amid the talks, local traders have asked the ministry to reopen the market.",
    )
    assert out[1].actor == "local traders"


def test_an_office_of_a_body_of_a_state_then_the_name_is_that_person_of_that_state() -> None:
    out = analyse_text(
        "Deputy Chairman of the Council of Ministers of the Republic of Moldova Ion Rusu proposed a joint rail company."
    )
    assert out[0].actor == "Ion Rusu (Moldova)"


def test_a_body_with_a_longer_name_and_no_holder_names_no_person() -> None:
    # counter-example: capitalised words after the body's head that are no personal name ("Foreign Relations
    # Committee") do not make a person
    out = analyse_text("The Chairman of the Senate Foreign Relations Committee proposed a vote on the treaty.")
    assert out[0].actor is not None and "Relations" not in out[0].actor


# --- "the co-chairs" are those who co-chaired, whoever was named since --------------------------------------


def test_the_co_chairs_are_remembered_past_a_later_collective() -> None:
    out = analyse_text(
        "The commission met in Osh, co-chaired by First Deputy Prime Minister of the Kyrgyz Republic Aibek Osmonov"
        " and Deputy Chairman of the Cabinet of Ministers of the Republic of Uzbekistan Jamshid Karimov.",
        "The commission reviewed the decisions of the heads of state on the border crossings.",
        "At the close, the co-chairs signed a protocol on bus services between Osh and Andijan.",
    )
    assert out[-1].actor == "the co-chairs (Aibek Osmonov and Jamshid Karimov)"


# --- documents signed with no agent after "the heads of state" of two states met: the sides -----------------

_TALKS = (
    "President Ana Rojas of Chile held talks with President Marco Silva of Peru in Arica."
    " The heads of state discussed trade and water."
)


def test_documents_signed_after_the_heads_of_state_met_are_the_sides() -> None:
    out = analyse_text(_TALKS, "In total, nine intergovernmental documents were signed.")
    assert out[-1].actor == "the two sides (Chile and Peru)"


def test_it_was_agreed_after_a_fronted_phrase_is_the_sides() -> None:
    out = analyse_text(_TALKS, "In the field of energy, it was agreed to build a second power line.")
    assert out[-1].actor == "the two sides (Chile and Peru)"


def test_it_was_agreed_after_a_fronted_phrase_when_the_states_are_unknown() -> None:
    out = analyse_text(
        "The two Prime Ministers discussed trade and water at length.",
        "On transport, it was agreed that the two railways will exchange timetables.",
    )
    assert out[-1].actor is not None and out[-1].actor.startswith("the sides")


def test_a_subject_before_it_is_no_impersonal_agreement() -> None:
    # counter-example: "it" as the object of a named subject's act is no joint statement's "it was agreed"
    out = analyse_text(_TALKS, "President Silva signed it on behalf of Peru.")
    assert out[-1].actor is not None and "Marco Silva" in out[-1].actor


def test_what_the_heads_of_state_signed_themselves_stays_theirs() -> None:
    # counter-example: an act with its subject named is that subject's
    out = analyse_text(_TALKS, "Following the talks, the heads of state signed a joint declaration.")
    assert out[-1].actor == "the heads of state"


# --- names a reader sees whole: Portuguese particles, a surname that is a state's name, services no person ---


def test_a_portuguese_name_with_e_is_one_name() -> None:
    out = analyse_text("Prime Minister Ulisses Correia e Silva proposed a ferry line between the islands.")
    assert out[0].actor == "Ulisses Correia e Silva"


def test_a_name_with_dos_is_one_name() -> None:
    out = analyse_text("Foreign Minister Maria dos Anjos Lopes proposed a joint fisheries patrol.")
    assert out[0].actor == "Maria dos Anjos Lopes"


def test_a_surname_that_is_a_state_is_kept_after_a_title() -> None:
    out = analyse_text("Portuguese Prime Minister Luís Montenegro proposed a new air link to Praia.")
    assert out[0].actor == "Luís Montenegro (Portugal)"


def test_a_state_after_a_titled_name_and_of_is_his_state() -> None:
    # counter-example: "of Azerbaijan" after the name is his state, not his surname
    out = analyse_text("President Ilham Aliyev of Azerbaijan proposed a new pipeline.")
    assert out[0].actor == "Ilham Aliyev (Azerbaijan)"


def test_an_armed_service_is_no_person() -> None:
    out = analyse_text(
        "Under the pact, the Chilean Navy and Air Force will patrol the strait.",
        "The Minister of Defence of Chile Rosa Vidal proposed a joint exercise.",
    )
    assert out[0].people == ()
    assert out[1].actor == "Rosa Vidal (Chile)"


def test_a_cabo_verdean_officer_is_of_cabo_verde() -> None:
    out = analyse_text("Cabo Verdean officers will fly on board the patrol aircraft.")
    assert "Cabo Verde" in out[0].countries


# --- an agentless act the parties announce themselves -------------------------------------------------------


def test_documents_the_two_governments_said_were_signed_are_theirs() -> None:
    out = analyse_text(
        "Chile and Peru held their annual summit in Arica.",
        "Six other agreements were signed in Arica, the two governments said in a joint statement.",
    )
    assert out[1].actor == "the two governments (Chile and Peru)"


def test_an_act_reported_by_sources_stays_the_parties() -> None:
    # counter-example: sources who report the act are not the parties
    out = analyse_text(
        "Chile and Peru held their annual summit in Arica.",
        "Six other agreements were signed in Arica, two diplomats said.",
    )
    assert out[1].actor is not None and "diplomats" not in out[1].actor


# --- counted parties and bodies named whole ----------------------------------------------------------------


def test_the_two_central_banks_are_the_subject_not_their_governors() -> None:
    out = analyse_text(
        "Governor Ana Rojas of Chile met Governor Luis Vega of Peru in Lima.",
        "Last month the two central banks signed a memorandum on local currencies.",
    )
    assert out[1].actor == "the two central banks"


def test_the_two_presidents_are_still_the_people_named() -> None:
    # counter-example: a counted collective of people names the two just named
    out = analyse_text(
        "President Ana Rojas of Chile met President Luis Vega of Peru in Lima.",
        "The two presidents signed a memorandum on local currencies.",
    )
    assert out[1].actor is not None and "Ana Rojas" in out[1].actor


def test_a_directorate_general_is_one_body() -> None:
    out = analyse_text("Chile's Directorate General of Customs last week lifted the ban on Peruvian fruit.")
    assert out[0].actor == "Chile's Directorate General of Customs"


def test_a_title_before_a_name_still_ends_a_body() -> None:
    # counter-example: "President" before a name is a person's title, not part of the body's name
    out = analyse_text("European Commission President Ana Lopes proposed a new fund for the border regions.")
    assert out[0].actor == "Ana Lopes"


def test_an_office_of_the_european_union_then_its_remit_then_the_name() -> None:
    out = analyse_text(
        "The High Representative of the European Union for Foreign Affairs and Security Policy Maria Berg"
        " proposed a civilian mission to the border."
    )
    assert out[0].actor is not None and "Maria Berg" in out[0].actor


def test_a_republic_named_in_full_after_an_office_is_the_state() -> None:
    # counter-example: "of the Republic of Peru" names the state, not an adjective
    out = analyse_text("The Minister of Foreign Affairs of the Republic of Peru Luis Vega proposed a new crossing.")
    assert out[0].actor == "Luis Vega (Peru)"


def test_a_plural_subject_of_several_modifiers_after_a_fronted_month() -> None:
    out = analyse_text(
        "Chile and Peru share a long coast.",
        "In March the regional coast guard commanders agreed to set up a shared register of fishing boats.",
    )
    assert out[1].actor == "the regional coast guard commanders"


def test_a_singular_subject_of_several_modifiers_is_not_read_so() -> None:
    # counter-example: this rule reads plural heads only; a singular one ("office") is left to the other rules, which
    # since round 32a read a determined subject after a comma-less "In March" as written (the office agreed), not the
    # states named in the sentence before
    out = analyse_text(
        "Chile and Peru share a long coast.",
        "In March the new joint fisheries office agreed to set up a shared register of fishing boats.",
    )
    assert out[1].actor == "the new joint fisheries office"
