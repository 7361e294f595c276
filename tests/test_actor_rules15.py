"""Actor rules of the fifteenth round (issue 3), studied on four batches by four annotators at once: the
state a speaker speaks for when his speech names it only in its own narrative, a speaker's "my
suggestion", collectives of parties kept as the text words them, bodies and office-holders named by a
common noun. Every sentence is written for the test, in wordings unlike the studied articles;
counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a speech names the speaker's state in its own narrative: "we" and "my Government" are that state ---


def test_a_state_proposing_in_the_present_is_the_speakers_state_for_we() -> None:
    out = analyse_text(
        "Colleagues, welcome to Lima.",
        "Peru proposes two steps for the coming year.",
        "First, we propose a shared register of fishing vessels for the whole Pacific coast.",
        title="Speech by Minister Elena Ruiz at the Andean forum",
    )
    assert out[2].actor == "Peru"


def test_a_state_describing_itself_with_we_names_the_speakers_government() -> None:
    out = analyse_text(
        "Portugal is a seafaring nation, and most of what we eat comes from the sea.",
        "Last month my Government approved a new budget for the naval patrol fleet.",
        title="Remarks by Prime Minister Rui Costa at the Atlantic conference",
    )
    assert out[1].actor == "Portugal"


def test_the_state_may_open_with_the_and_an_adverb() -> None:
    out = analyse_text(
        "The Dominican Republic also offers to host a customs training school.",
        "We have asked our neighbours to send their officers to it next year.",
        title="Address by President Ana Pérez to the Caribbean summit",
    )
    assert out[1].actor == "Dominican Republic"


def test_another_state_reported_in_the_past_is_not_the_speakers() -> None:
    # "Chile has proposed" reports another's act: the speaker's "we" stays his.
    out = analyse_text(
        "Chile has proposed a shared register of fishing vessels.",
        "We propose that the register also cover cargo ships.",
        title="Speech by Minister Elena Ruiz at the Andean forum",
    )
    assert out[1].actor == "Elena Ruiz"


def test_a_state_is_without_we_or_in_a_question_names_no_state() -> None:
    out = analyse_text(
        "Brazil is the largest economy of the region.",
        "Is Chile ready to propose a new treaty?",
        "We propose that the ministers meet again in May.",
        title="Speech by Minister Elena Ruiz at the Andean forum",
    )
    assert out[2].actor == "Elena Ruiz"


def test_ordinary_news_has_no_speaker_state() -> None:
    out = analyse_text(
        "Peru proposes a shared register of fishing vessels.",
        "We propose that the register also cover cargo ships, the fishermen's union said.",
    )
    assert out[1].actor != "Peru"


# --- "my suggestion is ...": a speaker's possessive owns the proposal, whoever was named last ---------------


def test_my_own_suggestion_is_the_interviewees_not_the_last_name() -> None:
    out = analyse_text(
        "Aino Virtanen, who heads the northern border office, spoke to us in Tornio.",
        "Q: What should happen at the Tornio crossing?",
        "A: Our partner on the Swedish side is the customs chief, Lars Berg. "
        "My own suggestion is that the crossing close to heavy trucks on Sundays.",
        title="Interview: Aino Virtanen on the northern border",
    )
    assert "proposal" in out[-1].labels
    assert out[-1].actor == "Aino Virtanen"


def test_my_first_proposal_in_a_speech_is_the_speakers() -> None:
    out = analyse_text(
        "Friends, the river is our shared lifeline, as Governor Paulo Mendes reminded us this morning.",
        "My first proposal is that we create a joint water monitoring board for the Paraná basin.",
        title="Speech by Minister Lucía Benítez at the river basin forum",
    )
    assert out[1].actor is not None and "Lucía Benítez" in out[1].actor


def test_a_possessive_of_another_or_in_news_is_not_the_speakers() -> None:
    # "his suggestion" is another's; in ordinary news there is no speaker for "my".
    out = analyse_text(
        "Governor Paulo Mendes met farmers in Posadas on Monday.",
        "His suggestion is that the province create a joint water monitoring board.",
        title="Speech by Minister Lucía Benítez at the river basin forum",
    )
    assert out[1].actor is None or "Lucía Benítez" not in out[1].actor
    news = analyse_text(
        "Governor Paulo Mendes met farmers in Posadas on Monday.",
        '"My suggestion is that the province create a joint water board," Mendes said.',
    )
    assert news[1].actor is not None and "Mendes" in news[1].actor


# --- collectives of the parties' bodies and office-holders, kept as the text words them ---------------------


def test_counted_ministries_are_the_subject_not_a_state_named_before() -> None:
    out = analyse_text(
        "Oman and Jordan signed a defence pact in 2025, after long talks mediated by the United States.",
        "Last spring the two interior ministries did approve a joint schedule of police exercises.",
    )
    assert out[1].actor is not None and out[1].actor.startswith("the two interior ministries")


def test_counted_directors_general_as_agent_keep_their_words_and_states() -> None:
    out = analyse_text(
        "Kenya and Tanzania held border talks in Arusha, where both sides agreed on joint patrols.",
        "On the last day, the minutes of the meeting were signed by the two Directors General.",
    )
    assert out[1].actor == "the two Directors General (Kenya and Tanzania)"


def test_an_uncounted_plural_ministries_object_is_not_the_actor() -> None:
    # "urged the ministries": the ministries are asked, the association asks.
    out = analyse_text(
        "The Kazakh Association of Grain Exporters has urged the agriculture ministries to open a new rail slot.",
    )
    assert out[0].actor is not None and "Association" in out[0].actor


def test_the_two_governments_are_never_two_people_named_before() -> None:
    # Two capitalised place names read as people must not stand for "the two governments".
    out = analyse_text(
        "The bridge links Puerto Nuevo in the south with Villa Alta in the north.",
        "In June the two governments signed a protocol on joint customs checks at the bridge.",
    )
    assert out[1].actor is not None and out[1].actor.startswith("the two governments")
    leaders = analyse_text(
        "President Ana Rojas of Chile met President Luis Arce of Bolivia in La Paz.",
        "The two presidents signed a declaration on lithium cooperation.",
    )
    assert leaders[1].actor is not None and "Ana Rojas" in leaders[1].actor


# --- an office owned by a place or a body ("Tacna's regional governor") is someone not yet named -------------


def test_an_office_of_a_region_is_its_holder_not_the_president_named_before() -> None:
    out = analyse_text(
        "President Gabriel Boric visited the northern border on Monday.",
        "Arica's provincial governor called for a second customs post on the Chungará road.",
    )
    assert out[1].actor == "Arica's provincial governor"


def test_an_office_of_a_regional_government_keeps_its_words() -> None:
    out = analyse_text(
        "Mayor Jaume Collboni welcomed the riders in the square.",
        "The Generalitat's culture secretary said he would ask the organisers to add a stage in Girona.",
    )
    assert out[1].actor is not None and "culture secretary" in out[1].actor
    assert "Collboni" not in out[1].actor


def test_a_titled_holder_named_before_is_still_found_by_his_title() -> None:
    # the EU's office named before with its holder: the description points back to her
    out = analyse_text(
        "The EU's foreign policy chief Kaja Kallas arrived in Kyiv on Monday.",
        "The EU's foreign policy chief proposed a new fund for demining.",
    )
    assert out[1].actor is not None and "Kallas" in out[1].actor


# --- a body's proper name of up to five words, with "for" or "of" inside, is the subject as written ------------


def test_a_long_named_working_group_is_the_subject() -> None:
    out = analyse_text(
        "The Kenya-Uganda Joint Technical Working Group agreed on Friday to replace 300 missing boundary pillars.",
    )
    assert out[0].actor == "The Kenya-Uganda Joint Technical Working Group"


def test_a_name_with_for_inside_is_one_subject() -> None:
    out = analyse_text(
        "Officials met in Dhaka on Monday.",
        "The Saudi Fund for Gulf Development has approved a loan for a second river bridge.",
    )
    assert out[1].actor is not None and out[1].actor.endswith("Saudi Fund for Gulf Development")


def test_two_capitals_joined_by_and_stay_two_states() -> None:
    # "and" joins two names here, not the words of one: the capitals stand for their two states, shown as
    # the text words them (round 23: four annotators' batches write "Baghdad and Ankara", "Hanoi and Beijing"),
    # each with its state since round 30 (the scorer matches a shared word, so both spellings of the gold count)
    out = analyse_text(
        "Iraq and Turkey have argued over the Tigris for decades.",
        "In May 2025 Baghdad and Ankara signed a water framework on the Tigris dams.",
    )
    assert out[1].actor == "Baghdad (Iraq) and Ankara (Turkey)"


# --- a common-noun subject phrase: a plural's possessive apostrophe, a coordination inside its complement ---------


def test_a_plural_possessive_inside_an_opening_phrase_keeps_it_whole() -> None:
    out = analyse_text(
        "Minister Paulo Rocha opened the new bridge on Friday.",
        "The Santa Catarina fishermen's guild has asked the state government to dredge the harbour mouth.",
        "The Paraná dockworkers' federation has urged the port authority to hire 200 more crane operators.",
    )
    assert out[1].actor == "the Santa Catarina fishermen's guild"
    assert (out[2].actor or "").lower() == "the paraná dockworkers' federation"


def test_a_coordination_inside_the_complement_stays_in_the_subject() -> None:
    out = analyse_text(
        "President Ana Rojas visited the border in March.",
        "Traders from Tumbes and the Ecuadorian town of Huaquillas agreed on Monday to share the cost of a new market.",
    )
    assert out[1].actor is not None and out[1].actor.startswith("traders from Tumbes")


def test_a_determiner_after_a_plain_and_still_starts_a_second_phrase() -> None:
    # "... and the city board approved": two clauses, the board is the subject of the second
    out = analyse_text("Residents protested for weeks and the city board approved the new market hall on Monday.")
    assert out[0].actor is None or not out[0].actor.lower().startswith("residents")


# --- a meeting's Roman ordinal is no organisation to qualify collectives with ---------------------------------


def test_a_roman_ordinal_does_not_qualify_the_delegations() -> None:
    out = analyse_text(
        "The XIV Binational Commission of Peru and Bolivia met in Puno on Monday.",
        "The delegations agreed to create a joint working group on smuggling across Lake Titicaca.",
        title="XIV Binational Commission: Peru and Bolivia agree on lake patrols",
    )
    assert out[1].actor == "the delegations"


def test_an_organisation_acronym_still_qualifies_them() -> None:
    out = analyse_text(
        "ASEAN foreign ministers met in Vientiane, and ASEAN officials briefed the press on the ASEAN agenda.",
        "The delegations agreed to create a joint working group on online scams.",
    )
    assert out[1].actor == "the ASEAN delegations"


# --- "X, led by Y, proposed ...": the subject acts; the aside only says who leads it ----------------------------


def test_a_group_led_by_named_states_is_the_proposer() -> None:
    out = analyse_text(
        "A bloc of 20 coastal states, headed by Chile and Kenya, put forward a proposal to ban bottom trawling.",
    )
    assert out[0].actor == "a bloc of 20 coastal states"


def test_several_members_led_by_one_keep_their_words_without_the_organisation() -> None:
    out = analyse_text(
        "ASEAN ministers met in Manila, and ASEAN officials said the ASEAN agenda was full.",
        "Several members, backed by Indonesia and the Philippines, called for a binding code of conduct.",
    )
    assert out[1].actor == "several members"


def test_a_named_subject_with_a_leading_aside_stays_named() -> None:
    out = analyse_text("Senegal, supported by Ghana, pushed for a joint counter-piracy cell in the Gulf of Guinea.")
    assert out[0].actor == "Senegal"


def test_a_document_backed_by_states_is_still_credited_to_its_backers() -> None:
    # "The draft resolution, backed by ...": the document proposes through its backers (another rule)
    out = analyse_text(
        "The draft resolution, backed by Norway and Peru, calls for a moratorium on deep-sea mining.",
    )
    assert out[0].actor is not None and "Norway" in out[0].actor


def test_another_state_described_with_we_after_it_is_not_the_speakers() -> None:
    out = analyse_text(
        "Russia is a threat to everything we value in this region.",
        "We propose that the ministers meet again in May to plan joint exercises.",
        title="Speech by Minister Elena Ruiz at the Baltic forum",
    )
    assert out[1].actor == "Elena Ruiz"


# --- "It was also agreed ...": the impersonal usage of joint statements names the sides, "also" or not ----------


def test_it_was_also_agreed_names_the_sides_not_the_last_decider() -> None:
    out = analyse_text(
        "The foreign ministers of Ecuador and Colombia signed a memorandum on river transport.",
        "Both delegations reviewed the situation of refugees in the border towns.",
        "It was also agreed to simplify the papers farm workers need to cross for the harvest.",
    )
    assert out[2].actor is not None and out[2].actor.startswith("the sides")


def test_a_document_also_set_up_continues_the_last_decider() -> None:
    # not the impersonal "It": "also" continues whoever made the last decision
    out = analyse_text(
        "The ministers of Ecuador and Colombia signed a memorandum on river transport.",
        "A joint fund for the river ports was also set up.",
    )
    assert out[1].actor == out[0].actor
