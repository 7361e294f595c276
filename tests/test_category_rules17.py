"""The calls of a text issued in common (issue 3, round 17): what a communique, a joint or final statement or a
declaration "calls for" is decided wording, a decision, not a proposal still open. GUIDELINES.md lists "a joint
statement issued" among decisions, and annotators of seven batches labelled such calls decisions (one batch,
proposals). One party's statement, a draft, a negated call and a call with no issued text stay as they were.
Every sentence here is written for the test.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _last(text: str, before: str = "") -> tuple[frozenset[str], str | None]:
    a = analyse_text(f"{before} {text}".strip())[-1]
    return frozenset(a.labels), a.actor


def test_a_call_in_an_issued_communique_or_joint_text_is_a_decision() -> None:
    for text in (
        "In their closing communique, the ministers called on donors to restore funding for the refugee camps.",
        "In a declaration signed in Hanoi, the leaders urged shipping firms to report every boarding at sea.",
        "In a joint statement issued after the talks, the two governments asked the bank to finance the bridge.",
        "In the final statement, the summit appealed to all parties to release detained journalists.",
        "In a statement, the foreign ministers called for an early start of talks on the fisheries accord.",
        "The joint statement also urged both companies to finish the power line before winter.",
        "The communique called on member states to pay their arrears to the water fund.",
        "On trade, the final declaration called for the removal of duties on fertiliser.",
        "In a communique adopted at the close of the meeting, the council reaffirmed its support for the mission "
        "and called on the rebels to lay down their arms.",
    ):
        labels, _ = _last(text)
        assert "decision" in labels and "proposal" not in labels, text


def test_the_actor_of_an_issued_call_is_its_subject_or_the_parties_that_issued_it() -> None:
    labels, actor = _last("In its final communique, the Council called on members to ratify the fisheries convention.")
    assert "decision" in labels and actor is not None and "Council" in actor


def test_one_partys_statement_a_draft_a_negated_call_or_no_issued_text_stay_proposals() -> None:
    for text in (
        "In a statement, the Foreign Ministry called on Baku to release the detained fishermen.",
        "The ministry's statement called on both sides to pull their troops back from the bridge.",
        "In a draft communique, the ministers called for new sanctions on the junta.",
        "The two presidents called for a ceasefire in the region.",
        "Speaking after the talks, the ministers called on donors to restore funding for the camps.",
    ):
        labels, _ = _last(text)
        assert "proposal" in labels and "decision" not in labels, text
    labels, _ = _last("The joint statement did not call for new sanctions on the junta.")
    assert "decision" not in labels
