"""Security vocabulary in the forms and words unseen text uses (issue 3, round 31): every one-word security term in
its regular inflections, and the core vocabulary of each GUIDELINES category. Sentences written for the test, with
counter-examples beside each rule.
"""

from __future__ import annotations

from briefing.lexicon import inflections, load_lexicon
from tests.sumhelpers import analyse_text


def _security(text: str) -> bool:
    return "security" in analyse_text(text)[0].labels


# --- the morphology --------------------------------------------------------------------------------


def test_inflections_give_the_regular_noun_and_verb_forms() -> None:
    assert {"attacks", "attacked", "attacking"} <= inflections("attack")
    assert {"drill", "drilled", "drilling"} <= inflections("drills")
    assert {"kill", "kills", "killing", "killings"} <= inflections("killed")
    assert {"bomb", "bombs", "bombed", "bombings"} <= inflections("bombing")
    assert {"kidnap", "kidnaps", "kidnapping"} <= inflections("kidnapped")
    assert {"poppy"} <= inflections("poppies") and {"clash", "clashed"} <= inflections("clashes")
    assert {"spies", "spied", "spying"} <= inflections("spy")


def test_words_ending_in_s_that_are_not_plurals_keep_their_s() -> None:
    # counter-examples: "isis", "us"-words and "ss"-words are not plurals of anything
    assert "isi" not in inflections("isis")
    assert "campu" not in inflections("campus")
    assert "acces" not in inflections("access")
    assert "attack" not in inflections("attack")  # a word is not its own inflection


def test_the_lexicon_holds_the_forms_but_not_the_listed_exceptions_nor_the_names() -> None:
    words = load_lexicon().security_words
    assert {"attacked", "attacking", "drill", "killings", "bombs", "ceasefires"} <= words
    # forms with an everyday sense of their own, and the gazetteers of names, are left out
    assert words.isdisjoint({"general", "fire", "fired", "drilling", "hostility", "suspected", "shell", "jam", "fir"})
    assert "hama" not in words  # "hamas" (armed_groups) is a name, not a plural


# --- the forms in sentences ------------------------------------------------------------------------


def test_a_verb_form_of_a_term_is_security() -> None:
    for text in (
        "Gunmen attacked a police station in the north of the province on Tuesday night.",
        "Were other ports attacked on the same night?",
        "Western states continue to arm the government in the capital, the delegation complained.",
        "Three soldiers were wounded when the convoy was bombed near the pass.",
    ):
        assert _security(text), text


def test_a_singular_or_plural_form_of_a_term_is_security() -> None:
    for text in (
        "The drill involves some 2,000 personnel, fast boats and helicopters off the coast.",
        "Thailand urged the parties to respect the local ceasefires reached in March.",
        "The task force will target drug laboratories along the river from July.",
    ):
        assert _security(text), text


def test_forms_with_an_everyday_sense_are_not_security() -> None:
    # counter-examples: boring for ice, fires in a forest, hostility between peoples, a salute, seizing a chance
    for text in (
        "The consortium received funds to drill a second ice core near the station next year.",
        "The ministers agreed to coordinate the response to forest fires in the border areas.",
        "We harbour no hostility towards the people of our neighbour.",
        "The president was welcomed with a 21-gun salute at the palace.",
        "The minister said the region should seize the opportunity that the new trade deal offers.",
    ):
        assert not _security(text), text


def test_arms_and_arm_in_idioms_are_not_security() -> None:
    # counter-examples to "arms" and its form "arm": limbs in idioms
    for text in (
        "The delegation was welcomed with open arms in the capital.",
        "Farmers are up in arms over the new import quota.",
        "The ministry kept the consultants at arm's length during the review.",
    ):
        assert not _security(text), text
    assert _security("The rebels agreed to lay down their arms by June.")


# --- side branch rules31c-vocab: the GUIDELINES categories' vocabulary and civil drills ------------


def test_arms_control_vocabulary_is_security() -> None:
    for text in (
        "Both capitals have spoken openly of resuming nuclear testing.",
        "The treaty capped the strategic arsenals of the two largest nuclear powers.",
        "The next NPT review conference will open in New York in April.",
    ):
        assert _security(text), text


def test_armed_conflict_drugs_and_cyber_vocabulary_is_security() -> None:
    for text in (
        "Monitors watched the line of contact for eight years.",
        "The operation targets clandestine laboratories and the precursor chemicals supplied to them.",
        "The utility was hit by a cyber attack on Monday night.",
        "Investigators found malware on the servers of two ministries.",
    ):
        assert _security(text), text


def test_general_words_beside_the_new_vocabulary_are_not_security() -> None:
    # counter-examples: nuclear power is energy, a football club, a marine is the sea's
    for text in (
        "The country will build its first nuclear power plant with a Korean firm.",
        "Arsenal fans travelled to Lisbon for the final.",
        "The two institutes will study marine debris in the bay.",
    ):
        assert not _security(text), text


def test_a_drill_for_a_civil_emergency_is_not_security() -> None:
    for text in (
        "Sri Lanka asked that the programme include tsunami evacuation drills.",
        "The ministries will hold a joint drill for flood relief in October.",
        "Schools will run earthquake drills twice a year.",
    ):
        assert not _security(text), text


def test_a_military_drill_is_still_security() -> None:
    # counter-examples to the rule above: no civil topic, so the drill is the forces'
    for text in (
        "The drill involves 1,800 personnel, helicopters and fast boats.",
        "The navies held joint drills in the strait last week.",
        "Live-fire drills will start near the border on Monday.",
    ):
        assert _security(text), text
