"""Executive-summary rules from the twenty-second round of grouping key-sentence misses on unseen
articles by their mechanism (issue 3, item 4). Every sentence here is written for the test; each rule
has counter-examples beside it.
"""

from __future__ import annotations

from briefing.importance import restates_act
from briefing.lexicon import load_lexicon, tokenize_lower
from tests.sumhelpers import analyse_text, briefing_of, make_article

# --- "The agreement was signed in X by Y": the circumstances of an act already reported ----------------

_LEAD = "Aldora and Belvania agreed on Friday to open a second road crossing on their northern border."
_PROPOSAL = "Belvania proposed that the two customs services share a single inspection hall at the new crossing."


def _restates(text: str, cue_word: str) -> bool:
    lowers = tokenize_lower(text)
    return restates_act(lowers, lowers.index(cue_word), load_lexicon())


def test_a_definite_text_then_a_passive_of_its_act_restates_it() -> None:
    assert _restates("The accord was concluded after two days of talks at a lakeside hotel.", "concluded")
    assert _restates("These two memoranda were initialled by the deputy ministers of transport.", "initialled")
    assert _restates("Both documents have been signed by the heads of the customs services.", "signed")
    assert _restates("The protocol was formally approved at a ceremony in the old town hall.", "approved")
    # the cue may be the phrase the subject opens ("agreement was reached")
    assert _restates("The agreement was reached at a late-night session of the joint commission.", "agreement")


def test_a_new_text_no_text_or_a_later_clauses_act_is_not_a_restatement() -> None:
    # "a"/"an": a further act, news of its own
    assert not _restates("A memorandum on fisheries was also signed by the two ministers.", "signed")
    # the subject names no concluded text
    assert not _restates("The delegations were received by the mayor of Port Kell before the signing.", "received")
    # the decision is that of a later clause, not the passive of the subject
    assert not _restates("The plan was welcomed by Belvania, which agreed to send engineers.", "agreed")
    # no passive near the start
    assert not _restates("The two ministers signed the accord in the presence of their prime ministers.", "signed")
    assert not restates_act([], 0, load_lexicon())


def test_a_restatement_after_the_act_does_not_take_the_summary_from_a_new_fact() -> None:
    restated = "The agreement was signed at the governor's residence in Port Kell by the two interior ministers."
    article = make_article(_LEAD, restated, _PROPOSAL)
    quotes = [it.sources[0].quote for it in briefing_of(article, summary_items=2).summary]
    assert quotes == [_LEAD, _PROPOSAL]


def test_a_restatement_ranks_below_the_same_sentence_telling_a_first_act() -> None:
    restated = "The treaty was ratified by the parliament of Belvania on Tuesday after a short debate."
    after_act = analyse_text(_LEAD, restated)[1]
    after_scene = analyse_text("The presidents of Aldora and Belvania met in Port Kell on Friday.", restated)[1]
    assert "decision" in after_act.labels and "decision" in after_scene.labels
    # with no act reported before, the same sentence is the article's first decision, not a restatement
    assert after_act.importance < after_scene.importance - 0.8


def test_a_list_lead_in_after_a_decision_is_not_cut() -> None:
    lead_in = "The following documents were signed in the presence of the two prime ministers:"
    item = "- an agreement on road transport;"
    assert _restates(lead_in, "signed")  # its words alone would be a restatement ...
    after_act = analyse_text(_LEAD, lead_in, item)[1]
    after_scene = analyse_text("The presidents of Aldora and Belvania met in Port Kell on Friday.", lead_in, item)[1]
    # ... but the items it introduces are the acts themselves: it loses only the first report's bonus
    assert after_scene.importance - after_act.importance < 0.8
