"""Decision and proposal rules from the fourteenth round (issue 3): misses on four batches of unseen articles
grouped by their linguistic mechanism; only mechanisms two annotators wrote independently, or that the labelling
guidelines state outright, get a rule. Every sentence here is written for the test, in wordings unlike the
articles'; each rule has counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import labels_of

_labels = labels_of


# --- a participle after a noun is the clause's verb when an auxiliary or the subject's position says so --------


def test_a_participle_after_an_auxiliary_or_opening_the_clause_reports_the_act() -> None:
    for text in (
        "Rules of that sort were in the end adopted by the regional ministers in 2021, but few farms apply them.",
        "Exchanges of this type had indeed been agreed by both navies in 2022.",
        "Last year the trade ministers of the four states signed in Lima a customs protocol.",
        "On Monday the heads of the two border services agreed in Tbilisi to open a third crossing.",
        "Foreign ministers of the two states agreed in Rome to cut tariffs on grain.",
    ):
        assert "decision" in _labels(text), text


def test_a_participle_modifying_an_object_or_a_subject_with_its_own_verb_stays_background() -> None:
    for text in (
        "The auditors examined the cost of the pipelines agreed in 2019.",
        "The wording of the memorandum agreed in Rome was published on Friday.",
        "Farmers criticised the list of the crops approved in May.",
        "Officials met in front of the projects agreed in 2024.",
        "Critics of the projects agreed in 2024 say they cost too much.",
    ):
        assert "decision" not in _labels(text), text


# --- "Under the agreed/revised X, ...": the participle says the text was concluded, whatever its noun ----------


def test_terms_under_a_text_marked_as_concluded_are_a_decision() -> None:
    for text in (
        "Under the approved timetable, inspectors will visit each depot twice a year.",
        "Under the amended charter, the secretariat moves from Lusaka to Gaborone.",
        "Under the agreed sketch, the new line runs along the eastern bank of the river.",
        "Under the new annex, ships flying either flag may refuel at both ports.",
    ):
        assert "decision" in _labels(text), text


def test_terms_under_a_text_not_concluded_or_no_text_are_not() -> None:
    for text in (
        "Under the proposed timetable, inspectors would visit each depot twice a year.",
        "Under the new government, exports of grain fell by a third.",
        "Under the draft annex, ships flying either flag could refuel at both ports.",
        "Under the updated forecast, growth will slow to two percent next year.",
    ):
        assert "decision" not in _labels(text), text


# --- "concluded" decides only with a text as its object ---------------------------------------------------------


def test_a_meeting_that_concluded_is_no_decision() -> None:
    for text in (
        "The two-day forum concluded in a warm and constructive atmosphere.",
        "The committee concluded its spring session in Apia on Friday, hosting delegates from nine islands.",
        "Talks between the coast guards concluded late on Tuesday.",
    ):
        assert "decision" not in _labels(text), text


def test_a_text_concluded_is_still_a_decision() -> None:
    for text in (
        "Ghana and Togo concluded a treaty on their maritime boundary in Accra.",
        "The ministers have concluded an agreement on seasonal workers.",
        "The forum concluded with the adoption of a declaration on fisheries.",
    ):
        assert "decision" in _labels(text), text


# --- a subject opened by "no" negates its act ("No joint command has been set up") -----------------------------


def test_a_subject_opened_by_no_negates_the_act() -> None:
    for text in (
        "No new quotas were imposed on the fishing fleets.",
        "No formal protocol on the water shares has been signed so far.",
        "Ministers met twice, but no agreement on tariffs was reached.",
    ):
        assert "decision" not in _labels(text), text


def test_no_inside_a_phrase_does_not_negate_the_act() -> None:
    for text in (
        "A protocol with no expiry date was signed on Monday.",
        "The two sides signed a protocol, and no objections were raised.",
        "The council adopted a budget that leaves no room for new hires.",
    ):
        assert "decision" in _labels(text), text


# --- "signed up" someone: enrolment, no text signed (GUIDELINES: a document signed) ------------------------------


def test_signing_up_people_or_firms_is_no_decision() -> None:
    for text in (
        "The new industrial park has signed up nine tenants since the spring.",
        "The festival signed up more than 300 volunteers this year.",
        "Organisers have signed up two sponsors for the regatta.",
    ):
        assert "decision" not in _labels(text), text


def test_signing_up_to_a_text_is_still_a_decision() -> None:
    for text in (
        "Samoa signed up to the regional fisheries pact in March.",
        "Twelve states have signed up for the new payment system.",
        "The ministers signed a memorandum on ports.",
    ):
        assert "decision" in _labels(text), text


# --- an act inside a relative clause on a noun that is not the news only describes that noun ---------------------


def test_an_act_whose_object_is_a_relative_word_is_background() -> None:
    for text in (
        "Voters deserve to see what the cabinet has signed.",
        "Whatever the details, what the two navies agreed last month will cost money.",
        "The corridor belongs to the customs union, which the five presidents approved in 2019.",
    ):
        assert "decision" not in _labels(text), text


def test_a_relative_clause_that_states_a_decision_or_its_subject_act_stays() -> None:
    for text in (
        "Ministers praised the levy, which the cabinet approved on Monday.",
        "What the two premiers agreed on Monday was a three-stage plan for the ports.",
        "The road follows the route under which both capitals agreed to share tolls.",
        "Two funds, which were adopted in 2023, finance the ferries.",
    ):
        assert "decision" in _labels(text), text


def test_a_participle_on_a_clause_subject_with_its_own_main_verb_identifies_it() -> None:
    for text in (
        "Rains flooded the valley, and the mission authorised by the assembly in May has not yet arrived.",
        "The brigade, formed under a pact signed in 2011, has never left its barracks.",
        "The tribunal, established by the two states in 1999, has heard about ten cases a year.",
    ):
        assert "decision" not in _labels(text), text


def test_a_participle_with_a_document_subject_or_no_main_verb_still_decides() -> None:
    for text in (
        "The accord, approved by both parliaments in June, grants fishermen access to the bay.",
        "The ministers established a joint brigade under the new pact.",
        "Chile and Peru signed under the auspices of the UN an agreement that is binding.",
    ):
        assert "decision" in _labels(text), text


# --- "should be" / "must be" with a predicate noun says what a thing should be, it asks for no act ---------------


def test_a_modal_copula_with_a_predicate_noun_is_no_proposal() -> None:
    for text in (
        '"The lake must be a bridge between our towns, not a pipeline for smugglers," the governor said.',
        "The minister said the strait should be a corridor of trade rather than of rivalry.",
        "Our border should be our shared garden, he told the forum.",
    ):
        assert "proposal" not in _labels(text), text


def test_a_modal_with_an_action_is_still_a_proposal() -> None:
    for text in (
        "The minister said the strait should be patrolled jointly by both navies.",
        '"Both capitals must open a hotline on the lake," the governor said.',
        "She said the new road should be finished by 2027.",
    ):
        assert "proposal" in _labels(text), text


# --- a modal in a relative clause on a noun describes that noun ---------------------------------------------------


def test_a_speakers_modal_inside_a_relative_clause_is_no_proposal() -> None:
    for text in (
        "Drought is not a crisis; it is a condition that we must live with, season after season.",
        "This is the kind of neighbourhood which we should all be proud of.",
        "Tourism is a gift that we must not take for granted.",
    ):
        assert "proposal" not in _labels(text), text


def test_a_speakers_modal_after_a_verb_of_saying_stays_a_proposal() -> None:
    for text in (
        "We believe that we must open a hotline between the two coast guards.",
        "We must open a hotline between the two coast guards before the summer.",
    ):
        assert "proposal" in _labels(text), text


# --- support announced for another party's request, accession or application -------------------------------------


def test_support_for_another_partys_request_or_accession_is_a_proposal() -> None:
    for text in (
        "The minister said Norway would back the request at the next council.",
        "Kenya expressed its support for Somalia's accession to the customs union.",
        "The premier said Fiji would support the application when it comes to a vote.",
    ):
        assert "proposal" in _labels(text), text


def test_support_for_no_pending_course_or_negated_is_not() -> None:
    for text in (
        "The minister said Norway would back its fishermen whatever happens.",
        "Kenya did not express support for Somalia's accession to the customs union.",
        "Nobody had requested an extension of the mandate.",
    ):
        assert "proposal" not in _labels(text), text


# --- a text concluded in a year as the means of the main clause's past act is a background decision ---------------


def test_a_dated_text_as_the_means_of_a_past_main_act_is_a_decision() -> None:
    for text in (
        "Ghana and Togo fixed their sea boundary in an accord signed in 2011, though fishermen still quarrel.",
        "The two kingdoms ended their quarrel with a Treaty of Friendship and Trade signed in 1921.",
        "Bolivia and Chile shared the river under an agreement ratified in 1996.",
    ):
        assert "decision" in _labels(text), text


def test_a_dated_text_on_a_participle_or_after_a_modal_or_present_is_not() -> None:
    for text in (
        "The joint battalion, formed under an agreement signed in 2009, has held exercises every spring.",
        "The two states could settle the quarrel with a treaty signed in 1921, lawyers say.",
        "Farmers still use a canal built with a loan signed in 1990.",
    ):
        assert "decision" not in _labels(text), text


# --- an emphatic "did" reaches its act across an adverbial phrase, and "-y" verbs take "-ied" ---------------------


def test_an_emphatic_did_across_an_adverbial_phrase_reports_the_act() -> None:
    for text in (
        "The assembly did in the end ratify the border treaty.",
        "Both navies did at last sign the protocol on joint drills.",
        "The senate did ratify the fisheries accord in May.",
    ):
        assert "decision" in _labels(text), text


def test_an_emphatic_did_in_a_question_negated_or_with_no_act_is_not() -> None:
    for text in (
        "What did the two navies in the end sign?",
        "The assembly did in the end not ratify the border treaty.",
        "The delegates did in the evening stay at the embassy.",
    ):
        assert "decision" not in _labels(text), text
