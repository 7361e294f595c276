"""Security and proposals (issue 3, round 36c). Each mechanism is tested with sentences of other wordings and with
the counter-examples that keep it narrow:

- police and guards at an event's place or crowd keep order there, no security matter;
- an attitude verb naming one act ("refrain from deploying", "recognise the State of X") asks a course of action;
- a reply that commits to nothing ("any proposal", a welcome going on to a promise to study or refer it) proposes
  nothing;
- a question taken to the International Court of Justice is a dispute between states, a security matter;
- what a named thing or "this/that" is, or is not, is a speaker's judgement, no security matter.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(*paragraphs: str) -> frozenset[str]:
    return frozenset(analyse_text(*paragraphs)[-1].labels)


# --- police and guards at an event's place -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said the fans left the ground peacefully, with one arrest for throwing a bottle.",
        "Security was heavy around the arena, and several streets near the river were closed to cars.",
        "The stewards and police officers deployed around the stadium searched every bag at the turnstiles.",
        "A security plan for the venues of the regatta is being prepared with the municipal police.",
    ],
)
def test_guards_at_an_event_place_keep_order_no_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a threat named beside the guards
        "Police closed the stadium after intelligence that militants planned an attack on the crowd.",
        # a crowd in unrest
        "Police fired tear gas at the crowd of protesters outside the ministry.",
        # a border beside the crowd
        "Soldiers pushed the crowd back from the border fence.",
        # no event place named
        "Police arrested two men suspected of smuggling rifles.",
    ],
)
def test_guards_with_a_threat_unrest_or_border_stay_security(text: str) -> None:
    assert "security" in _labels(text)


# --- an attitude verb naming one act --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I call on both governments to refrain from building new dams on the shared river.",
        "I call on both parties to refrain from stationing armed boats near the atoll.",
        "I call on all members to recognise Kosovo.",
        "We call on the states that still hesitate to recognise the Republic of Kosovo.",
    ],
)
def test_an_attitude_verb_naming_one_act_is_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a gerund of attitude, a noun, what someone feels
        "The ministers called on all parties to refrain from taking sides.",
        "The ministers called on all parties to refrain from the use of force.",
        "He called on Ankara to recognise Greece's concerns.",
    ],
)
def test_an_attitude_verb_with_an_attitude_object_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text)


# --- replies that commit to nothing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said his government would look carefully at any proposal that protects the fishermen.",
        "The Malawian side welcomed the proposal and undertook to submit it to the Council of Ministers.",
        "The visiting delegation welcomed the idea and promised to study it at home.",
    ],
)
def test_a_reply_that_commits_to_nothing_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # the welcome goes on to back it with a commitment of its own
        "The Malawian side welcomed the proposal and undertook to fund the first phase of the study.",
        # a welcome alone backs the course named
        "The Malawian side welcomed the proposal.",
        # a proposal made, not one that may come
        "Chile proposed a joint fund for the two ports.",
    ],
)
def test_a_welcome_that_backs_or_a_proposal_made_stays_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text)


# --- a question taken to the world court ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Accra could take the question of the islets to the International Court of Justice.",
        "Both parliaments have approved bringing the quarrel over the lagoon to the ICJ.",
    ],
)
def test_a_question_taken_to_the_world_court_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # no case taken there
        "The International Court of Justice gave its advisory opinion on the duties of states in 2025.",
        # no verb of taking a case
        "The judge returned to the International Court of Justice after a year in Geneva.",
    ],
)
def test_the_world_court_named_without_a_case_taken_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


# --- what a thing is, or is not --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Samoa is not a warehouse for the cocaine of the cartels," the minister told a dinner of exporters.',
        '"Mosul is a home for all its families, not a trophy for rival militias," said a local elder.',
        "That is a question for the cabinet, not for the army.",
    ],
)
def test_what_a_thing_is_or_is_not_is_a_judgement_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a state's place in a body
        "Austria is a member of the European Union, not of NATO.",
        "Austria is a party to the landmine treaty, not a producer of mines.",
        # a fact told in a clause of its own
        "Oman is not a mediator in this war, and it does not allow foreign troops to be stationed on its soil.",
        # what a thing is, said without a denial or a contrast
        "Kenya is a key ally in the fight against al-Shabaab.",
    ],
)
def test_membership_facts_and_plain_identities_stay_security(text: str) -> None:
    assert "security" in _labels(text)


# --- a cue in the subject's relative clause -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Ortega, who has always insisted that the canal must be built by Nicaraguans, opened the new bridge.",
        "The Lusaka Roadmap, which called for a census before any vote, has never been carried out.",
    ],
)
def test_a_cue_in_the_subjects_relative_clause_describes_the_subject(text: str) -> None:
    assert "proposal" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # the main clause proposes
        "The minister, who has long asked for a second port, proposed a joint fund for the harbour.",
        # the clause closed before the cue
        "The minister, who arrived on Monday, asked Chile to open the port to Bolivian trucks.",
        # a relative clause on an object, with the news in it
        "He met the governor, who asked for two more ferries, and then flew home.",
    ],
)
def test_a_cue_of_the_main_clause_or_of_an_objects_clause_still_proposes(text: str) -> None:
    assert "proposal" in _labels(text)
