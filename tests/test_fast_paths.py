"""Shortcuts taken for speed give exactly what the plain computation gives (property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import sentences
from briefing.entities import countries_in_tokens
from briefing.lexicon import load_lexicon
from briefing.sentences import split_text
from briefing.tokens import tokens

_LEX = load_lexicon()
# Words that make the rules work: abbreviations, initials, dotted acronyms, long runs, cue words.
_WORDS = [
    *("Gen.", "U.S.", "No.", "p.m.", "J.", "e.g.", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z"),
    *("The", "talks", "ended", "He", "signed", "the", "treaty", "12", "x" * 70, "“Yes.”", "(see"),
    *("Kazakhstan", "Kazakhstan's", "Uzbek", "United", "States", "Republic", "of", "Korea", "security"),
    *("proposed", "called", "for", "agreed", "to", "will", "sign", "not", "adopted", "energy", "-"),
]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_last_word_window_equals_a_search_of_the_whole_sentence(text: str) -> None:
    fast = split_text(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sentences, "_WORD_WINDOW", 10**9)  # the search always covers the whole sentence
        assert split_text(text) == fast


def test_a_word_longer_than_the_window_is_still_read_whole() -> None:
    # Dotted initials longer than the window end in a single initial: no sentence boundary there.
    text = "He met " + ".".join("abcdefghijklmnopqrstuvwxyzabcdefghij") + ". Smith agreed."
    assert split_text(text) == [text]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_cue_scan_equals_one_pass_per_list(text: str) -> None:
    lowers = [t.lower for t in tokens(text)]
    found = _LEX.cues.scan(lowers)
    lists = {
        "decision_acts": _LEX.decision_acts,
        "proposal_strong": _LEX.proposal_strong,
        "security_terms": _LEX.security_terms,
    }
    for name, phrases in lists.items():
        assert found.get(name, []) == phrases.find_all(lowers)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_countries_with_lower_case_words_given_equal_countries_without(text: str) -> None:
    toks = tokens(text)
    assert countries_in_tokens(toks, [t.lower for t in toks]) == countries_in_tokens(toks)
