"""An interviewee who speaks for a body, round 31b (issue 3): the "we" of the head or envoy of an organisation
(no state) is shown as the person with the body, "Ana Ruiz (Coastal Fisheries Agency, CFA)", so a reader learns
both. Every sentence is written for the test; counter-examples beside each rule."""

from __future__ import annotations

from briefing.lexicon import load_lexicon
from briefing.model import Article
from briefing.rules.context import _office_owner, spelt_out
from briefing.summarise import analyse


def _interview(title: str, lead: str, answer: str) -> list[str | None]:
    paragraphs = (lead, "Q: What comes next?", f"A: {answer}")
    article = Article(id="i", path="i.txt", title=title, date=None, outlet=None, url=None, paragraphs=paragraphs)
    return [a.actor for a in analyse([article])[0][1]]


def test_an_acronym_is_spelt_out_as_the_text_writes_it() -> None:
    text = "The Coastal Fisheries Agency (CFA) met in May. The Organization of Reef States also met."
    assert spelt_out("CFA", text) == "Coastal Fisheries Agency"
    assert spelt_out("ORS", text) == "Organization of Reef States"
    assert spelt_out("XYZ", text) is None


def test_an_acronym_owning_an_office_in_the_headline() -> None:
    lex = load_lexicon()
    assert _office_owner("CFA chief on reefs and patrols", lex) == "CFA"
    assert _office_owner("The AU's envoy on the Sahel talks", lex) == "AU"
    assert _office_owner("US envoy on the Sahel talks", lex) is None  # a state's office
    assert _office_owner("Reefs, patrols and the CFA", lex) is None  # no office after it


def test_we_of_a_bodys_head_is_the_person_with_the_body() -> None:
    actors = _interview(
        "CFA chief on reefs and patrols",
        "The Coastal Fisheries Agency (CFA) watches the reefs of nine members. We spoke to its director, Ana Ruiz.",
        "We have asked the member governments to fund two more patrol aircraft for the CFA.",
    )
    assert actors[-1] == "Ana Ruiz (Coastal Fisheries Agency, CFA)"


def test_i_of_a_bodys_head_and_we_of_a_states_minister_are_unchanged() -> None:
    mine = _interview(
        "CFA chief on reefs and patrols",
        "The Coastal Fisheries Agency (CFA) watches the reefs of nine members. We spoke to its director, Ana Ruiz.",
        "I have asked the member governments to fund two more patrol aircraft for the CFA.",
    )
    assert mine[-1] == "Ana Ruiz"
    minister = _interview(
        "Interview: Chile's fisheries minister on reef patrols",
        "Chile's fisheries minister, Ana Ruiz, spoke to us in Valparaiso.",
        "We have asked Peru to fund two more patrol aircraft for the joint reef patrol.",
    )
    assert minister[-1] == "Chile"  # a state's "we": the state, no body
