"""Actor rules of round 24 (issue 3): repairs of general mechanisms that several annotators' batches
write. Every sentence is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

_VISIT = "President Ana Rojas of Chile met Prime Minister Luis Quispe of Peru in Arica on Monday."

# --- a common-noun subject placed by "on", or parted from its verb by an adverb in -ly -----------------


def test_a_group_placed_on_an_island_is_the_subject() -> None:
    out = analyse_text(_VISIT, "Hotel owners on the island asked the government to reopen the ferry line.")
    assert "proposal" in out[1].labels
    assert out[1].actor == "hotel owners on the island"


def test_fishermen_are_a_plural_subject() -> None:
    out = analyse_text(_VISIT, "Fishermen on the northern coast have asked the ministry to extend the fuel subsidy.")
    assert out[1].actor == "fishermen on the northern coast"


def test_an_adverb_in_ly_is_not_part_of_the_subject() -> None:
    out = analyse_text(_VISIT, "Bus companies in the south have repeatedly urged the ministry to reopen the road.")
    assert out[1].actor == "bus companies in the south"


def test_an_adverb_between_subject_and_verb_after_a_placed_group() -> None:
    out = analyse_text(_VISIT, "Ferry operators on Chiloé have separately asked the port to extend its hours.")
    assert out[1].actor == "ferry operators on Chiloé"


def test_an_event_on_a_topic_is_still_no_actor() -> None:
    # counter-example: talks are an event, not a group of people, even when "on" places them
    out = analyse_text(_VISIT, "Talks on the border agreed to open a crossing.")
    assert out[1].actor != "talks on the border"


def test_a_passive_subject_placed_by_on_is_no_actor() -> None:
    # counter-example: what a passive's subject names was acted on
    out = analyse_text(_VISIT, "Sanctions on the smugglers were extended by the ministers for six months.")
    assert out[1].actor == "the ministers"


# --- an interview's lead: the object of "spoke to" is the interviewee, not the outlet that spoke --------


def test_the_outlet_that_spoke_to_a_minister_is_not_the_interviewee() -> None:
    out = analyse_text(
        "Chile and Peru are building a new bridge at Chacalluta. Andes Monitor spoke to Deputy Minister of Works"
        " Rosa Quispe about the project.",
        "Q: Truckers say the border closes too early.",
        "A: That is why I have proposed that the crossing stay open until midnight.",
    )
    assert "proposal" in out[-1].labels
    assert out[-1].actor is not None and "Rosa Quispe" in out[-1].actor


def test_an_interview_headline_and_a_verb_of_talking_with() -> None:
    out = analyse_text(
        "Pacific Ledger talked with Foreign Minister Tomas Vaka in Suva about fisheries.",
        "Our readers ask about the tuna quota.",
        "I have proposed that the quota be reviewed every year by the four ministers.",
        title="Interview: the minister on fisheries",
    )
    assert "proposal" in out[-1].labels
    assert out[-1].actor is not None and "Tomas Vaka" in out[-1].actor


def test_the_minister_who_spoke_to_an_outlet_stays_the_interviewee() -> None:
    # counter-example: the subject of "spoke to" is the interviewee when what follows has no title
    out = analyse_text(
        "Foreign Minister Elena Duarte spoke to Harbour Review about the trade agreement.",
        "Q: What comes next?",
        "A: I have proposed that the bloc let each member negotiate at its own speed.",
    )
    assert out[-1].actor is not None and "Elena Duarte" in out[-1].actor


# --- a first name before a surname with an Arabic article ("Hessa al-Mansouri") is a person --------------


def test_a_researcher_with_an_article_surname_argues_for_a_proposal() -> None:
    out = analyse_text(
        _VISIT, "Rashid el-Tayeb, a lawyer in Cairo, argues that the two ministries should publish the quota."
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Rashid el-Tayeb"


def test_a_bare_name_with_an_article_surname_proposes() -> None:
    out = analyse_text(_VISIT, "Omar al-Hashimi proposed a joint fund for the border towns.")
    assert out[1].actor == "Omar al-Hashimi"


def test_an_apposed_name_with_an_article_surname_urges() -> None:
    out = analyse_text(_VISIT, "Layla al-Rashid, a diplomat in Amman, urged the two states to reopen the crossing.")
    assert "proposal" in out[1].labels
    assert out[1].actor == "Layla al-Rashid"


def test_a_place_with_an_article_is_no_person() -> None:
    # counter-example: a lower-case place name after a plural noun names no one
    out = analyse_text(_VISIT, "Leaders in al-Quds proposed a fund for the old city.")
    assert out[1].actor != "Leaders al-Quds"


# --- a comma ends a collective's phrase: "During the debate, members of ..." is not "the debate, members" ---


def test_members_after_a_fronted_adjunct_are_the_subject() -> None:
    out = analyse_text(_VISIT, "During the debate, members of the opposition proposed amending the law.")
    assert "proposal" in out[1].labels
    assert out[1].actor == "members of the opposition"


def test_members_of_a_party_after_a_vote() -> None:
    out = analyse_text(_VISIT, "After the vote, members of the ruling party proposed a new commission.")
    assert out[1].actor == "members of the ruling party"


def test_negotiators_after_an_attribution_keep_their_own_words() -> None:
    out = analyse_text(
        _VISIT, "According to officials in Lima, Chilean negotiators have pressed Peru to open a second crossing."
    )
    assert out[1].actor is not None and "negotiators" in out[1].actor
    assert "officials in Lima," not in out[1].actor


def test_a_form_of_address_is_no_person() -> None:
    # counter-example: "Your Excellencies" opening a speech names no one; the leaders after it are a group
    out = analyse_text(
        "Your Excellencies, Leaders of the Andean Community, distinguished guests.",
        "Yesterday our Foreign Ministers approved the revised trade agreement.",
    )
    assert out[1].actor is not None and "Excellencies" not in out[1].actor


# --- a list of states inside a common-noun subject may end on an article ("and the Philippines") ----------


def test_navies_of_three_states_the_last_with_its_article() -> None:
    out = analyse_text(
        _VISIT, "Separately, the navies of Malaysia, Indonesia and the Philippines agreed to resume joint patrols."
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the navies of Malaysia, Indonesia and the Philippines"


def test_coast_guards_of_a_list_ending_on_the_united_states() -> None:
    out = analyse_text(_VISIT, "The coast guards of Japan, Korea and the United States agreed to share radar data.")
    assert out[1].actor == "the coast guards of Japan, Korea and the United States"


def test_an_article_before_a_common_noun_ends_no_list_of_names() -> None:
    # counter-example: "and the other towns" is no name; the phrase is not read as one list-bearing subject
    out = analyse_text(_VISIT, "The mayors of Arica, Tacna and the other towns asked the ministry for a new road.")
    assert out[1].actor != "the mayors of Arica, Tacna and the other towns"


def test_crews_from_a_list_of_regions() -> None:
    out = analyse_text(_VISIT, "Fishing crews from Aceh, Sabah and the Riau Islands have asked the ministry for fuel.")
    assert out[1].actor == "fishing crews from Aceh, Sabah and the Riau Islands"


# --- a relative clause on a plural subject's place, set off by commas, parts subject and verb --------------


def test_traders_placed_by_a_town_with_a_where_clause() -> None:
    out = analyse_text(
        _VISIT, "Traders in Tacna, where sales have fallen by half, urged both governments to keep the crossing open."
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "traders in Tacna"


def test_farmers_placed_by_a_town_with_a_which_clause() -> None:
    out = analyse_text(
        _VISIT, "Farmers in Salto, which lost its bridge in the floods, have asked the ministry for a ferry."
    )
    assert out[1].actor == "farmers in Salto"


def test_a_named_subject_with_a_relative_clause_is_still_the_name() -> None:
    # counter-example: a person's own relative clause is read by the ordinary rules
    out = analyse_text(
        _VISIT, "Marta Flores, who chairs the chamber of commerce, urged both governments to keep the crossing open."
    )
    assert out[1].actor == "Marta Flores"


# --- a signing witnessed by leaders: one state read inside a body's name after "between" is no party -------

_TALKS = "Prime Minister Ana Rojas of Chile held talks with Prime Minister Luis Quispe of Peru in Lima on Monday."


def test_leaders_witnessing_a_memorandum_between_two_bodies_are_not_one_state() -> None:
    out = analyse_text(
        _TALKS,
        "Following the talks, the two Prime Ministers witnessed the signing of a memorandum on customs between"
        " the Chile Customs Service and the National Superintendency of Peru.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor != "Chile"


def test_leaders_attending_the_signing_between_two_port_bodies() -> None:
    out = analyse_text(
        _TALKS,
        "The leaders attended the signing of a memorandum between the Chile Ports Authority and the Callao"
        " Port Company.",
    )
    assert out[1].actor == "the Chile Ports Authority and the Callao Port Company"


def test_a_signing_between_two_states_is_still_theirs() -> None:
    # counter-example: two states after "between" are one plural mention, the signatories
    out = analyse_text(
        _TALKS, "The two leaders witnessed the signing of an agreement between Chile and Peru on fisheries."
    )
    assert out[1].actor == "Chile and Peru"


# --- a second clause after ", and" opens on its own subject ------------------------------------------------


def test_a_chamber_of_commerce_in_a_second_clause_asks() -> None:
    out = analyse_text(
        _VISIT, "Residents said they feared floods, and the district chamber of commerce asked for a new levee."
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "the district chamber of commerce"


def test_a_local_chamber_after_traders_who_hoped() -> None:
    out = analyse_text(
        _VISIT,
        "Traders in Tacna said they hoped the line would bring buyers to the markets, and the local chamber of"
        " commerce asked for a customs point.",
    )
    assert out[1].actor == "the local chamber of commerce"


def test_a_capitalised_list_before_and_is_no_first_clause() -> None:
    # counter-example: "Chile, Peru, and the ..." is one list of subjects, not two clauses
    out = analyse_text(_VISIT, "Chile, Peru, and the Andean ministers agreed to open the crossing.")
    assert out[1].actor != "the Andean ministers"
