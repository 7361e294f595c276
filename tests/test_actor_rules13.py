"""Actor rules of the thirteenth round (issue 3): first person in speeches and interviews (whose "I", whose
"we", whose "our cabinet"), titles of office, and a nation's adjective before a group. Every sentence is
written for the test, in wordings unlike the studied articles; counter-examples beside each rule.
"""

from __future__ import annotations

from briefing.actors import find_mentions
from briefing.lexicon import load_lexicon
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text

LEX = load_lexicon()


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.kind, m.name, m.country) for m in find_mentions(tokens(text), LEX, (), text)]


# --- a speech's heading names its speaker, whatever the occasion word before "address" or "statement" ---


def test_an_opening_address_heading_makes_its_speaker_the_i() -> None:
    out = analyse_text(
        "Colleagues, welcome to Valletta.",
        "I call on every coastal state to share its search-and-rescue charts with a joint centre in Malta.",
        title="Opening address by Foreign Minister Ian Borg at the Mediterranean Forum",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Ian Borg"


def test_closing_and_welcome_statements_name_their_speaker_too() -> None:
    for heading in (
        "Closing statement by President Ana Rojas of Chile",
        "Welcome speech by President Ana Rojas of Chile to the Andean summit",
        "Opening statement of President Ana Rojas of Chile",
    ):
        out = analyse_text(
            "Friends, thank you for coming to Santiago.",
            "I propose that our five countries set up a joint fund for glacier monitoring in the Andes.",
            title=heading,
        )
        assert out[1].actor is not None and "Ana Rojas" in out[1].actor, heading


def test_a_news_headline_about_an_address_names_no_speaker() -> None:
    # "Opening address" inside an ordinary headline is the news' subject, not the text's speaker.
    out = analyse_text(
        "The minister said in her speech that Peru wants closer ties.",
        "Chile proposed a joint fund for glacier monitoring.",
        title="Borg's opening address sets the tone in Valletta",
    )
    assert out[1].actor == "Chile"


# --- "Minister of State" is one title of office --------------------------------------------------------


def test_minister_of_state_is_a_title_before_the_name() -> None:
    assert ("person", "Keli Tamar", "Palau") in _mentions("Palau's Minister of State Keli Tamar flew to Tokyo.")
    got = _mentions("The Minister of State Rui Costa of Portugal met the envoy.")
    assert ("person", "Rui Costa", "Portugal") in got
    # "Secretary of State" stays one title too
    assert ("person", "Rui Costa", None) in _mentions("Secretary of State Rui Costa flew to Lisbon.")


def test_an_interviewed_minister_of_state_speaks_for_his_state() -> None:
    out = analyse_text(
        "Tuvalu's Minister of State Lani Seluka spoke to us in Funafuti.",
        "Q: What did you bring home from Canberra?",
        "A: We concluded a treaty with Australia that lets our citizens work there without a visa.",
        title="Interview: Tuvalu's minister on the Canberra talks",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Tuvalu and Australia"


# --- a state's "we" that acted with a named partner: both states ----------------------------------------


def test_we_signed_with_a_named_state_is_both_states() -> None:
    out = analyse_text(
        "Fiji's Prime Minister Sitiveni Rabuka spoke to the Pacific Ledger in Suva.",
        "Q: What came of your visit?",
        "A: Last month we agreed with New Zealand on a seasonal work scheme for two thousand Fijian farm hands.",
        title="Interview: Fiji's prime minister on labour mobility",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Fiji and New Zealand"


def test_we_with_several_states_is_one_list() -> None:
    out = analyse_text(
        "Thank you, Mr Chairman.",
        "Yesterday we signed with Argentina and Bolivia a protocol on lithium exports.",
        title="Statement by President Ana Rojas of Chile",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Chile, Argentina and Bolivia"


def test_we_with_a_common_noun_or_a_later_clause_keeps_the_state() -> None:
    # "with our partners" names no state; "with" after a clause word belongs to that clause.
    partners = analyse_text(
        "Fiji's Prime Minister Sitiveni Rabuka spoke to the Pacific Ledger in Suva.",
        "Q: What came of your visit?",
        "A: We signed a fisheries accord with our partners in the region last month.",
        title="Interview: Fiji's prime minister on labour mobility",
    )
    assert partners[-1].actor == "Fiji"
    later = analyse_text(
        "Fiji's Prime Minister Sitiveni Rabuka spoke to the Pacific Ledger in Suva.",
        "Q: What came of your visit?",
        "A: We signed a fisheries accord that we will share with New Zealand next year.",
        title="Interview: Fiji's prime minister on labour mobility",
    )
    assert later[-1].actor == "Fiji"


# --- "our cabinet", "our navy": the speaker's state's body ---------------------------------------------


def test_our_cabinet_in_an_interview_is_the_state_cabinet() -> None:
    out = analyse_text(
        "Samoa's Prime Minister Fiame Mata'afa spoke to the Current in Apia.",
        "Q: And tourism?",
        "A: In March our cabinet approved a new air services agreement with Singapore.",
        title="Interview: Samoa's prime minister on the year ahead",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "the Samoa cabinet"


def test_our_parliament_in_a_speech_is_the_state_parliament() -> None:
    out = analyse_text(
        "Thank you, Mr Chairman.",
        "Last week our parliament ratified the regional treaty on maritime boundaries.",
        title="Statement by President Ana Rojas of Chile",
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "the Chile parliament"


def test_our_government_and_a_columnists_cabinet_are_not_read_as_a_body() -> None:
    # "our government" is the state itself (an earlier rule); an opinion piece's "our" is its readers'.
    own = analyse_text(
        "Thank you, Mr Chairman.",
        "Last week our government ratified the regional treaty on maritime boundaries.",
        title="Statement by President Ana Rojas of Chile",
    )
    assert own[-1].actor == "Chile"
    news = analyse_text(
        "Chile's cabinet met on Monday.",
        "Last week the cabinet approved the regional treaty on maritime boundaries.",
    )
    assert news[-1].actor != "the Chile cabinet"


# --- the speaker's main clause, not a relative clause after it ------------------------------------------


def test_i_call_on_then_a_relative_clause_is_the_speakers_act() -> None:
    heading = "Remarks by Foreign Minister Ian Borg at the Valletta Dialogue"
    for sentence in (
        "I also call on ports to log every case of jamming with one regional desk, which Malta is ready to run.",
        "And I also call on airlines to share passenger data with an office, where Cyprus is ready to post staff.",
        "Today I also call on the banks to freeze smugglers' accounts through one unit, which Cyprus offered to lead.",
    ):
        out = analyse_text("Colleagues, welcome to Valletta.", sentence, title=heading)
        assert "proposal" in out[1].labels, sentence
        assert out[1].actor == "Ian Borg", sentence


def test_a_state_named_before_its_own_verb_keeps_its_act_in_a_speech() -> None:
    # no "I" opening the sentence, or the relative clause comes first: the state acts as written
    heading = "Remarks by Foreign Minister Ian Borg at the Valletta Dialogue"
    for sentence in (
        "Malta proposes that every coastal state report seizures of ships to one regional desk.",
        "The desk, which Cyprus has offered to host, should open next year.",
    ):
        out = analyse_text("Colleagues, welcome to Valletta.", sentence, title=heading)
        assert out[1].actor != "Ian Borg", sentence


# --- a nation's adjective before a group noun is that group, as written ---------------------------------


def test_a_demonym_before_a_plural_is_the_group_as_written() -> None:
    cases = [
        (
            "Kenyan tea growers took the chance to ask both ministers to drop the transit levy at Busia.",
            "Kenyan tea growers",
        ),
        (
            "Latvian ferry operators went on to urge the two governments to harmonise port fees.",
            "Latvian ferry operators",
        ),
        (
            "On Friday, Chilean fishermen used the meeting to call for a joint patrol of the southern fjords.",
            "Chilean fishermen",
        ),
    ]
    for sentence, expected in cases:
        out = analyse_text("The two presidents met in the capital on Thursday.", sentence)
        assert "proposal" in out[1].labels, sentence
        assert out[1].actor == expected, sentence


def test_a_demonym_before_officials_or_a_bare_nation_is_the_state() -> None:
    assert (
        analyse_text(
            "The two presidents met in the capital on Thursday.",
            "Estonia used the meeting to call for a joint patrol of the gulf.",
        )[1].actor
        == "Estonia"
    )
    officials = analyse_text(
        "The two presidents met in the capital on Thursday.",
        "Estonian officials used the meeting to call for a joint patrol of the gulf.",
    )[1].actor
    # officials speak for their state: the group mention reads them, not the demonym rule
    assert officials == "the Estonian officials"


# --- an interview headline "STATE's office on ..." names the state its interviewee speaks for -------------


def test_headline_office_state_reads_the_state_possessive_after_the_colon() -> None:
    from briefing.rules.actor_choice import _headline_office_state

    assert _headline_office_state('"Our ports are open": Kenya\'s transport secretary on the corridor') == "Kenya"
    assert _headline_office_state("Interview: Chile's chief negotiator on the lithium talks") == "Chile"
    assert _headline_office_state("'No more delays': Sri Lanka's envoy to India") == "Sri Lanka"
    # an organisation's officer, a named person, or no colon phrase: no state
    assert _headline_office_state('"We need rain": SADC\'s executive secretary on the drought') is None
    assert _headline_office_state("Interview: Kenya's Ruto on the corridor") is None
    assert _headline_office_state("Ports open in Mombasa") is None


def test_an_interviewee_named_without_his_state_speaks_for_the_headline_state() -> None:
    out = analyse_text(
        "Last year the cabinet appointed Otieno Wafula as ports commissioner in Mombasa.",
        "Q: What did you settle with Dar es Salaam?",
        "A: What we did agree with Tanzania in March is a single customs check at the border for lorries.",
        title='"Our ports are open": Kenya\'s ports commissioner on the corridor',
    )
    assert "decision" in out[-1].labels
    assert out[-1].actor == "Kenya and Tanzania"


# --- "the two governments" are the states last named together, not the last two named in passing -------


def test_counted_parties_are_the_joint_subject_not_a_state_named_in_passing() -> None:
    cases = [
        (
            "Chile and Peru signed a fisheries accord in Lima on Monday.",
            "Bolivian lorries still wait for days at the crossing, and a Brazilian trawler was seized last week.",
            "The two governments also approved a joint fund for port repairs.",
            "the two governments (Chile and Peru)",
        ),
        (
            "Kenya and Uganda agreed on Friday to reopen the Busia crossing at night.",
            "Traders said Tanzanian hauliers had already moved to the Namanga route.",
            "Both countries also adopted a common list of banned goods.",
            "both countries (Kenya and Uganda)",
        ),
        (
            "Ghana and Togo signed a border protocol in Accra on Tuesday.",
            "The crossing carries most of the trade bound for Nigerian and Beninese ports.",
            "The two governments also agreed to open a joint customs post at Aflao.",
            "the two governments (Ghana and Togo)",
        ),
    ]
    for first, passing, act, expected in cases:
        out = analyse_text(first, passing, act)
        assert "decision" in out[-1].labels, act
        assert out[-1].actor == expected, act


def test_counted_parties_after_two_leaders_of_two_states_stay_their_states() -> None:
    # the leaders who met decide which states "the two governments" are, as before
    out = analyse_text(
        "President Ana Rojas of Chile met President Luis Quispe of Peru in Arica on Monday.",
        "The two governments approved a joint fund for port repairs.",
    )
    assert out[-1].actor == "the two governments (Chile and Peru)"


# --- "It was agreed" after two leaders of two states named together: the sides, with their states ---------


def test_it_was_agreed_after_two_leaders_named_together_is_the_sides() -> None:
    for opening in (
        "President Ana Rojas of Chile and President Luis Quispe of Peru held talks in Arica on Monday.",
        "Chile's President Ana Rojas and Peru's President Luis Quispe met in Arica on Monday.",
    ):
        out = analyse_text(
            opening,
            "Bolivian Foreign Minister Rosa Mamani attended the dinner as a guest.",
            "President Ana Rojas and President Luis Quispe then held talks in private.",
            "It was agreed to open a joint customs post at Chacalluta.",
        )
        assert "decision" in out[-1].labels, opening
        assert out[-1].actor == "the two sides (Chile and Peru)", opening


def test_paired_states_needs_two_people_of_two_states() -> None:
    from briefing.rules.actor_choice import _paired_states

    assert _paired_states("Edi Rama (Albania) and Hristijan Mickoski (North Macedonia)") == (
        "Albania and North Macedonia"
    )
    assert _paired_states("Ana Rojas (Chile) and Luis Quispe (Chile)") is None  # one state
    assert _paired_states("Ana Rojas and Luis Quispe") is None  # no states shown
    assert _paired_states("A (Chile), B (Peru) and C (Bolivia)") is None  # three parties
    assert _paired_states("the two governments (Chile and Peru)") is None  # a group, not two people
    assert _paired_states(None) is None


# --- a body named in full is shown with the acronym the article uses for it -----------------------------


def test_with_acronym_reads_initials_with_or_without_small_words() -> None:
    from briefing.rules.actor_choice import _with_acronym

    acronyms = frozenset(["AOSIS", "GCC", "ECOWAS", "UN"])
    assert _with_acronym("the Alliance of Small Island States", acronyms) == (
        "the Alliance of Small Island States (AOSIS)"
    )
    assert _with_acronym("the ministers of the Gulf Cooperation Council", acronyms) == (
        "the ministers of the Gulf Cooperation Council (GCC)"
    )
    assert _with_acronym("the Economic Community of West African States", acronyms) == (
        "the Economic Community of West African States (ECOWAS)"
    )
    # no acronym fits, one is shown already, a bracket is there, or the initials are too short to trust
    assert _with_acronym("the African Union", acronyms) == "the African Union"
    assert _with_acronym("GCC ministers", acronyms) == "GCC ministers"
    assert _with_acronym("the two governments (Chile and Peru)", acronyms) == "the two governments (Chile and Peru)"
    assert _with_acronym("the United Nations", frozenset(["UN"])) == "the United Nations"


def test_a_body_named_in_full_gets_the_articles_acronym() -> None:
    out = analyse_text(
        "Small island states met in Apia on Monday.",
        "Speaking for the Pacific Islands Forum, Fiji's envoy called for a regional fund for sea walls.",
        "PIF leaders will meet again in August.",
    )
    assert out[1].actor == "the Pacific Islands Forum (PIF)"
    # without the acronym in the article, the name stays as written
    plain = analyse_text(
        "Small island states met in Apia on Monday.",
        "Speaking for the Pacific Islands Forum, Fiji's envoy called for a regional fund for sea walls.",
    )
    assert plain[1].actor == "the Pacific Islands Forum"
