"""Word lists moved from rule modules into ``lexicon.toml`` (review 11) are read from the lexicon the rule is given.

Each test gives a rule a lexicon whose list is changed and checks the rule follows it: a user's lexicon
extends these lists as it does the older ones.
"""

from __future__ import annotations

import dataclasses

from briefing.actors import find_mentions
from briefing.lexicon import load_lexicon
from briefing.rules.security import is_security
from briefing.tokens import tokens


def _places(text: str, **lists: frozenset[str]) -> list[str]:
    lex = dataclasses.replace(load_lexicon(), **lists)
    return [m.name for m in find_mentions(tokens(text), lex, (), text) if m.title == "place"]


def test_an_aside_noun_added_to_the_lexicon_lets_a_capital_act_before_it() -> None:
    text = "Pretoria in kind proposed new talks."
    assert _places(text) == []
    extended = load_lexicon().place_aside_nouns | {"kind"}
    assert _places(text, place_aside_nouns=extended) == ["Pretoria (South Africa)"]


def test_a_capital_after_an_opener_the_lexicon_lacks_does_not_act() -> None:
    text = "Officials met in Cairo, but Tehran rejected the plan."
    assert _places(text) == ["Tehran (Iran)"]
    assert _places(text, place_openers=load_lexicon().place_openers - {"but"}) == []


def test_a_topical_body_is_read_from_the_lexicon() -> None:
    text = "The ministers set up a task force on hydrogen pipelines."
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    lex = load_lexicon()
    assert not is_security(text, toks, lowers, lex)  # its topic decides
    assert is_security(text, toks, lowers, dataclasses.replace(lex, topical_bodies=frozenset()))
