"""Decisions, proposals and security on unseen text (issue 3, round 22): mechanisms written by at least two annotator
batches or stated by GUIDELINES.md, each with sentences of other wordings and the counter-examples that keep it narrow.

- leaders present at the signing or exchange of texts, with words of time or place between the verb and the act
  ("presided on Wednesday over the signing of 12 agreements", "witnessed the exchange of five agreements"): a
  decision, the convention of "witnessed the signing";
- a wish that others do something to a thing, told as its passive ("want the survey resumed", "want any ban to be
  introduced together with the G7"): a request in all but name, a proposal;
- a crossing point (checkpoint, post, crossing) and the border that locates it, in a sentence about traffic or
  trade, is a place of passage, not border security (the convention of "queues at the border");
- a saying about a bare notion ("Peace cannot be imported; it must be built here"): a slogan, no proposal;
- a text concluded in a month and year as the means of the main clause's past act ("delimited part of their
  maritime boundary in an agreement signed in August 2020"): a background decision, as with a bare year;
- a dispute or claim over a place with one modifier between ("disputes over small islands"): security, as "the
  dispute over the islets" is;
- "the forces of" a named party ("the forces of Khalifa Haftar control the coast"): a party's forces, as "Israeli
  forces" are;
- monitors going to a border ("let observers visit our border districts and report"): watching the line, as
  monitors sent there do.
- a figure right after "passed" ("exports passed 1 billion dollars") is a mark a quantity went beyond, no text
  adopted (GUIDELINES: a decision is an outcome decided); "passed 14 laws" counts texts.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

_labels = labels_of


@pytest.mark.parametrize(
    "text",
    [
        "The two premiers presided on Tuesday over the signing of nine agreements on transport and water.",
        "The presidents then witnessed the exchange of four memoranda on health and customs.",
        "Both prime ministers later oversaw in Ankara the exchange of the ratification instruments for the treaty.",
        "The foreign ministers attended in Doha the signing of a protocol on consular matters.",
    ],
)
def test_texts_concluded_before_leaders_are_decisions(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Villagers witnessed the exchange of fire between the two patrols.",
        "The ministers attended the exchange of views on the draft treaty.",
        "The king had not attended the signing of the accord.",
        "The two leaders will attend on Friday the signing of three agreements.",
        "Reporters witnessed the exchange of insults between the delegations.",
    ],
)
def test_presence_at_no_concluded_text_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Farmers' unions want the fuel levy scrapped before the spring harvest.",
        "Nairobi wanted the next round of border talks moved to Mombasa.",
        "Several coastal states want any cap on fishing quotas to be agreed together with the Pacific bloc.",
        "The opposition wants Kenya's security pact with Haiti put to a vote in parliament.",
    ],
)
def test_wanting_a_thing_done_is_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Herders want the same grazing rights as their neighbours.",
        "Both governments want their cooperation to be strengthened and deepened.",
        "The traders want the money that was promised in 2020.",
        "Beijing wanted a code written by the region itself.",
        "Senegal, which wants its gas piped ashore, has not yet taken a comparable step.",
        "The ministry does not want the report published before the vote.",
    ],
)
def test_wishes_without_an_act_asked_for_are_no_proposals(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The new customs code sets longer opening hours for trade at the Dostyk and Khorgos checkpoints.",
        "Hauliers complained about delays for trucks at the Kapikule crossing on the Turkish-Bulgarian border.",
        "She sells tea to lorry drivers and their passengers by the old road checkpoint.",
        "Freight volumes at the Chirundu post on the Zambia-Zimbabwe border rose by a fifth this year.",
    ],
)
def test_crossing_points_of_traffic_are_no_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Border guards seized 40 kilograms of heroin from two lorries at the Dostyk checkpoint.",
        "Troops reinforced the checkpoints along the border after the raid.",
        "Gunmen attacked a checkpoint on the border, killing two soldiers as traffic queued.",
        "The two armies will jointly guard the crossing on the disputed border.",
    ],
)
def test_crossing_points_under_threat_stay_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Stability cannot be bought; it must be earned by every government of the region with the tools this forum "
        "offers.",
        "Prosperity must be built by the people of the valley, with the railway and the new port.",
    ],
)
def test_sayings_about_a_notion_are_no_proposals(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The peace deal must be signed by both parties before the May summit.",
        "Cooperation between the two navies must be extended to the Red Sea ports by next year.",
    ],
)
def test_obligations_about_a_thing_stay_proposals(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The dispute over tiny islets off the cape has soured relations between the two capitals.",
        "Both capitals restated their claims over uninhabited islands in the gulf.",
        "Sovereignty over rocky reefs near the strait remains the main obstacle to a fisheries deal.",
    ],
)
def test_disputes_over_modified_places_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Herders and farmers settled the dispute over grazing areas by the river.",
        "The dispute over water in the region has dragged on for years.",
        "She claims to have visited the islands twice.",
        "The dispute over unpaid fees for the island ferry went to court.",
    ],
)
def test_disputes_over_other_things_are_no_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Tanzania fixed their lake border in an accord signed in March 2019.",
        "Ghana and Togo delimited most of their shared land frontier in a treaty concluded in June 2014.",
    ],
)
def test_texts_concluded_in_a_month_as_means_are_decisions(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The force, created under an agreement signed in May 2005, has trained 4,000 officers.",
        "Ministers could not settle the dispute with a treaty signed in May 2005, diplomats said.",
    ],
)
def test_texts_only_identifying_a_subject_or_failed_acts_are_no_decisions(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The talks turned to the east of the country, where the forces of General Hamid Omar hold the port.",
        "Diplomats said the forces of Chad and Niger had pulled back from the lake islands.",
        "The ministers discussed the north, where the forces of the Kivu Alliance control two towns.",
    ],
)
def test_forces_of_a_named_party_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Forces of Freedom and Change said they would take part in the civilian conference.",
        "The ministers said the forces of globalisation had reshaped the port cities.",
    ],
)
def test_other_forces_are_no_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "My proposal is simple: let monitors from the African Union tour the frontier villages and report back.",
        "He suggested that observers from both parliaments visit the border districts every quarter.",
    ],
)
def test_monitors_going_to_a_border_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda, which share a long border, attend the fisheries talks as observers.",
        "Election observers said voting in the border districts was calm.",
        "Observers expect trade across the border to double.",
    ],
)
def test_observers_without_a_watch_on_the_border_are_no_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Turnover between the two countries passed 3.5 billion dollars in 2025.",
        "Remittances from Russia passed 2 billion euros last year, the central bank said.",
        "Kazakh grain exports to Iran passed 900 million dollars in the first half.",
    ],
)
def test_a_figure_passing_a_mark_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passed 14 laws in its spring session.",
        "The assembly passed 12 bills on Tuesday, including the new border code.",
        "The senate passed a budget of 3 billion dollars for the border guard.",
    ],
)
def test_texts_passed_stay_decisions(text: str) -> None:
    assert "decision" in _labels(text), text
