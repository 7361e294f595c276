"""Decisions, proposals and security on text nobody had read (issue 3, round 25): mechanisms written by at least two
annotator batches or stated by GUIDELINES.md, each with sentences of other wordings and the counter-examples that
keep it narrow.

- security terms for matters GUIDELINES names (military matters, cyber attacks): drones named in full ("unmanned
  aerial vehicles"), the teams that answer cyber attacks ("computer emergency response teams"), the pacts that let
  one state's forces stay or train in another ("visiting forces agreement", "status of forces agreement");
- fighting told as the time or background of the news ("The vote comes as fighting between ... has spread",
  "when fighting between ... resumed"), as "amid fighting" already is; "as fighting corruption" stays none;
- a civil place that "on the border" only locates ("the free economic zone on the border with ...", "the gauging
  station on the ... border", "the trading point on the island's border"): the border is where it is, not the
  matter, as "near the border" already is; "clashes on the border" stays security;
- a one-word security term in the possessive ("the brigade's infrastructure", "MINURSO's mandate"; batches i, o)
  names the same matter as the term; an office it names ("NATO's Secretary General said") is still who acts;
- backing another party's proposal told in a short sentence whose last words name it ("X supported the
  proposal.", GUIDELINES: "backing another party's proposal"); "would study the proposal." stays none;
- the calls of a text just adopted, told by a participle right after the text ("adopted a resolution urging the
  ministry to ..."): the text's decision, not a proposal, as "The resolution, adopted on Monday, calls for ..."
  already is; another's call told beside the act ("despite Moscow urging a delay") stays a proposal.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(*paragraphs: str) -> frozenset[str]:
    return frozenset(analyse_text(*paragraphs)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania offered to train Borduria's engineers in detecting unmanned aerial vehicles near airports.",
        "The ministry bought twelve unmanned aerial systems for the coast guard.",
        "The Borduria side proposed a joint exercise of the national computer emergency response teams in May.",
        "Heads of the computer incident response teams of five states met in Varna.",
        "The senate approved a status of forces agreement with Ruritania on Tuesday.",
        "Ruritania has visiting forces agreements with three Pacific states.",
    ],
)
def test_named_military_and_cyber_matters_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The firm's engineers flew a small aerial camera over the vineyards.",
        "The airline will add vehicles to its ground fleet at the airport.",
        "The visiting delegation toured the forces of nature exhibition at the museum.",
    ],
)
def test_words_near_those_terms_are_not_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The talks open as fighting between the army and the rebels has spread to two more provinces.",
        "Prices doubled last year, when fighting between the two militias resumed around the port.",
        "The farmers left their fields while fighting raged in the hills above the town.",
        "Aid convoys waited at the river until fighting in the district stopped on Sunday.",
    ],
)
def test_fighting_told_as_the_time_of_the_news_is_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The new minister is known for causes such as fighting corruption in the ports.",
        "Teachers said the union, as fighting for higher pay goes on, would meet again in May.",
    ],
)
def test_fighting_with_an_object_is_not_combat(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The government set up a free economic zone on the border with Borduria to draw foreign investors.",
        "Farmers asked for more water at the pumping station on the Ruritanian-Bordurian border.",
        "The wholesale market on the border with Ruritania reopened on Monday after repairs.",
        "A new cement plant on the northern border will employ 600 people.",
    ],
)
def test_a_civil_place_located_on_the_border_is_not_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Clashes on the border with Borduria killed two villagers last week.",
        "Ruritania has deployed more troops on the border with Borduria.",
        "The two ministers discussed the situation on the border with Borduria.",
        "The commission agreed the line of the border between the two states.",
    ],
)
def test_the_border_itself_stays_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister of Ruritania proposed a joint fund for the river. Borduria's president supported the "
        "proposal.",
        "Ruritania suggested holding the next forum in Varna. The Bordurian side welcomed the idea.",
        "The mayor put forward a plan for a ferry line. The regional governor backed the initiative.",
    ],
)
def test_backing_a_proposal_told_briefly_is_a_proposal(text: str) -> None:
    assert "proposal" in _labels(*text.split(". ", 1)), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania asked for a loan. The ministry said it would study the proposal.",
        "Borduria made an offer on Monday. The plan was supported.",
        "The envoy described his plan. Nobody commented on the proposal.",
    ],
)
def test_a_proposal_only_named_or_studied_is_none(text: str) -> None:
    assert "proposal" not in _labels(*text.split(". ", 1)), text


@pytest.mark.parametrize(
    "text",
    [
        "The assembly also adopted a resolution urging the cabinet to open talks with Borduria on fishing rights.",
        "Ministers approved a joint statement on Friday calling for a common market in electricity.",
        "The summit endorsed a declaration inviting the development banks to lend more to small islands.",
    ],
)
def test_the_calls_of_a_text_just_adopted_are_its_decision(text: str) -> None:
    labels = _labels(text)
    assert "decision" in labels and "proposal" not in labels, text


@pytest.mark.parametrize(
    "text",
    [
        "The council adopted the resolution despite Borduria urging a delay of the vote.",
        "The parliament adopted the budget, with the opposition calling for a referendum on the new tax.",
    ],
)
def test_another_partys_call_beside_an_adopted_text_stays_a_proposal(text: str) -> None:
    labels = _labels(text)
    assert "decision" in labels and "proposal" in labels, text


@pytest.mark.parametrize(
    "paragraphs",
    [
        # "Among ... is" and "The others cover ..." read the same list of concluded texts ([decision] set_texts)
        ("The presidents signed three declarations at the summit.", "The other declarations cover climate and trade."),
        ("The ministers signed six documents on Monday.", "Among them is a deal on the supply of wheat."),
        ("The ministers signed six documents on Monday.", "One of the declarations deals with refugees."),
        ("The presidents signed three texts in Lima.", "Among the texts is an instrument of accession to the fund."),
    ],
)
def test_one_list_of_concluded_texts_serves_both_set_readings(paragraphs: tuple[str, str]) -> None:
    assert "decision" in _labels(*paragraphs), paragraphs


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Several ideas were floated at the forum.", "Among them is a plan for a common energy market."),
        ("The ministers discussed the harvest.", "Among the proposals is a declaration on food prices."),
    ],
)
def test_a_set_not_concluded_names_no_concluded_text(paragraphs: tuple[str, str]) -> None:
    assert "decision" not in _labels(*paragraphs), paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "The parliament approved funds for the brigade's new canteen in Rukla.",
        "Ruritania pressed for UNIFIL's mandate to be widened to the coast.",
        "Borduria has asked for MINURSO’s observers to stay another year.",
        "The budget doubles the militia's pay from January.",
    ],
)
def test_a_security_term_in_the_possessive_is_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "NATO's Secretary General Mark Rutte said the summit would be held in Ankara.",
        "The CSTO's secretary general said the bloc would hold its summit in Minsk.",
        "Warsaw's mayor opened the new library on Monday.",
    ],
)
def test_a_possessive_naming_who_acts_or_no_term_is_not_security(text: str) -> None:
    assert "security" not in _labels(text), text
