"""Round 28b: a condensed item starts at its sentence's own statement, or keeps the whole sentence.

The predicate is cut from its subject only when that subject heads the sentence's main clause: not
inside a relative or subordinate clause, not the subject of a clause reported by someone else, and
not a name followed by a comma that does not close an apposition. Sentences are written for the test.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _condensed(sentence: str) -> str:
    return analyse_text(sentence)[0].condensed


def test_a_reported_clause_keeps_its_speaker_and_its_subject() -> None:
    # cut to "Should open a joint customs office." beside the analyst, the item would make her the one to act
    s = "Anna Berg, a researcher in Vienna, argues that the two governments should open a joint customs office."
    assert _condensed(s) == s
    s = "Two officials who attended the talks said the Freedonian side had pushed for a joint drone unit."
    assert _condensed(s) == s
    s = "The finance minister announced that Freedonia has approved 10 million euros for the new bridge."
    assert _condensed(s) == s


def test_an_act_told_in_a_relative_or_subordinate_clause_is_not_the_news() -> None:
    s = "Trade between them has grown since the memorandum that the two governments signed in Cairo in March."
    assert not _condensed(s).startswith("Signed")
    s = "Customs queues eased in March, when the two ministers agreed to open a second lane at the crossing."
    assert not _condensed(s).startswith("Agreed")
    s = "Both museums say the law forbids it, though they have offered long-term loans of the manuscripts."
    assert not _condensed(s).startswith("Offered")


def test_a_name_inside_an_aside_is_not_the_subject_before_the_verb() -> None:
    # the aside ends with a name ("Delta Province"); the item must not start inside it ("Province, has asked")
    s = (
        "The Ruritanian Fisheries Board, which represents boat owners in the northern Delta Province, "
        "has asked to join the talks as an observer."
    )
    out = _condensed(s)
    assert out == "Asked to join the talks as an observer." or out == s


def test_a_main_clause_subject_is_still_cut_beside_its_actor() -> None:
    # counter-examples: the rule must not keep every sentence whole
    assert (
        _condensed("The two ministers signed a protocol on river monitoring.")
        == "Signed a protocol on river monitoring."
    )
    assert _condensed("Freedonia's foreign minister, Karl Udo, proposed a joint commission on water.") == (
        "Proposed a joint commission on water."
    )
    assert _condensed("After the talks, the two ministers signed a protocol on river monitoring.") == (
        "Signed a protocol on river monitoring."
    )


def test_a_subject_cut_short_of_its_noun_leaves_no_leftover_in_the_item() -> None:
    # the name ends before the subject's noun ("Ivorian | defence ministers"): the item starts at the verb
    s = "In May the French and Ivorian defence ministers signed an arrangement on a joint training academy."
    assert _condensed(s) == "Signed an arrangement on a joint training academy."
    s = "Foreign ministers of the European Union and the five Central Asian states adopted a roadmap on Tuesday."
    assert _condensed(s) == "Adopted a roadmap on Tuesday."
    # a coordinated verb after an object: the item starts at the verb, not at "And"
    s = "Vice Foreign Minister Karl Udo summoned Ambassador Jan Berg and demanded that the ships leave at once."
    assert _condensed(s) == "Demanded that the ships leave at once."


def test_words_between_subject_and_act_that_carry_meaning_stay() -> None:
    # counter-examples: an adverb or an intention before the act is part of what the sentence says
    s = "Montenegro provisionally closed five more chapters of its accession negotiations on Tuesday."
    assert _condensed(s) == "Provisionally closed five more chapters of its accession negotiations on Tuesday."
    s = "Italy and France intend to propose that the Dome area be designated a protected area."
    assert _condensed(s).startswith("Intend to propose")


def test_a_name_that_qualifies_a_noun_is_not_a_subject() -> None:
    s = "Minister Villavicencio presented a Colombian proposal to create a gold tracing mechanism."
    assert not _condensed(s).startswith("Proposal")


def test_a_pronoun_after_a_reporting_verb_is_the_speaker_and_may_be_cut() -> None:
    # "he" is the speaker: the reported act is his own, shown beside him
    s = "Karl Udo said he would ask the finance ministers to bring the first payments forward."
    assert _condensed(s) == "Would ask the finance ministers to bring the first payments forward."
    # counter-example: a named subject of the reported clause is someone else; the sentence stays whole
    s = "Karl Udo said the government would ask the finance ministers to bring the first payments forward."
    assert _condensed(s) == s
