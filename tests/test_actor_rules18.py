"""Actor rules of the eighteenth round (issue 3), each a mechanism written by at least two annotators of
different batches (or stated by GUIDELINES.md): an office holder's name apposed after a portfolio of
several capitalised words, ... Every sentence is written for the test, in wordings unlike the studied
articles; counter-examples beside each rule.
"""

from __future__ import annotations

from briefing.actors import find_mentions
from briefing.lexicon import load_lexicon
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text

# --- "Ghana's Minister for Regional Integration, Kofi Mensah, ...": the apposed name is the minister ---------


def _people(text: str) -> list[str]:
    return [m.name for m in find_mentions(tokens(text), load_lexicon(), (), text) if m.kind == "person"]


def test_a_name_apposed_after_a_portfolio_with_for_is_the_office_holder() -> None:
    out = analyse_text("Ghana's Minister for Regional Integration, Kofi Mensah, signed the transit accord on Monday.")
    assert "decision" in out[0].labels
    assert out[0].actor == "Kofi Mensah (Ghana)"


def test_a_longer_portfolio_with_of_keeps_its_apposed_holder() -> None:
    text = "The Secretary of Maritime Transport, Lucia Ferreira, proposed a joint register of ferries."
    assert _people(text) == ["Lucia Ferreira"]
    assert analyse_text(text)[0].actor == "Lucia Ferreira"


def test_an_interviewee_named_after_his_portfolio_speaks_for_his_state() -> None:
    out = analyse_text(
        "Namibia's Minister for Home Affairs, Petrus Shikongo, spoke to us about the northern border.",
        "Q: What did the commission decide?",
        "A: We agreed on common opening hours for the river crossings.",
        "Q: And the cabinet?",
        "A: In May our cabinet approved a new fund for border posts.",
    )
    assert "decision" in out[2].labels
    assert out[2].actor == "Namibia"
    assert out[4].actor == "the Namibia cabinet"


def test_places_listed_in_commas_after_of_are_no_person() -> None:
    # counter-example: no office before the preposition, so "Eastern Cape" stays a place in a list
    assert "Eastern Cape" not in _people("Rain hit the provinces of North West, Eastern Cape, and Limpopo.")
