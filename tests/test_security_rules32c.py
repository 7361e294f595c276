"""Security rules of round 32c (issue 3): a border named only as a place on a route, a crossing point closed, a
border's barrier, mine action and a war named only as a time. Sentences written for the test, with
counter-examples beside each rule.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _security(text: str) -> bool:
    return "security" in analyse_text(text)[0].labels


# --- a border as the end of a route -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry proposed extending the bus route to the northern border so that pupils can reach the school.",
        '"When the new road opens, I will drive to the market instead of the border," the farmer said.',
        "The regional government wants the freight trains to run from the port to the border every day.",
    ],
)
def test_a_border_that_only_ends_a_route_is_no_security(text: str) -> None:
    assert not _security(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Both armies moved troops along the road towards the border in the autumn.",  # troops: the forces count
        "Villagers say the soldiers are pushing migrants towards the frontier at night.",  # no route named
        "The two sides agreed to survey the border next year.",  # the line itself
    ],
)
def test_a_border_with_forces_or_no_route_stays_security(text: str) -> None:
    assert _security(text), text


def test_a_transport_line_is_not_the_border_line_named_before() -> None:
    analyses = analyse_text(
        "The joint commission agreed on the demarcation of the border between Aldora and Bexland.",
        "Aldora proposed extending the freight trains to the border so that farmers could use the line to reach"
        " the coast.",
        "The commission said the line on the disputed section follows the river.",
    )
    assert "security" in analyses[0].labels
    assert "security" not in analyses[1].labels  # a rail line, the border a route's end
    assert "security" in analyses[2].labels  # the border line named again


# --- a border's barrier -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She said construction of the border barrier had reached 120 kilometres.",
        "The minister asked the Commission to pay for the last 35 kilometres of the steel fence along the river.",
        "Workers finished a 150-km wall last year.",
    ],
)
def test_a_border_barrier_or_one_counted_in_kilometres_is_security(text: str) -> None:
    assert _security(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The villagers built a two-metre garden wall around the school.",
        "The ministers agreed to remove the non-tariff barriers within 20 kilometres of the port.",
        "The museum restored 300 square metres of wall paintings.",
    ],
)
def test_a_short_wall_a_trade_barrier_or_wall_paintings_are_not(text: str) -> None:
    assert not _security(text), text


def test_a_barrier_named_again_after_a_border_sentence_is_that_border_s() -> None:
    analyses = analyse_text(
        "The committee urged the ministry to speed up fencing of the border with Bexland.",
        "The report was presented to parliament on Tuesday.",
        "Two members argued that fencing in the hill districts should be paused until the objections are heard.",
        "They also asked the ministry to repair the fence before the rains.",
        "The panel called for the non-tariff barriers at the market to be removed.",
    )
    assert "security" in analyses[0].labels
    assert "security" in analyses[2].labels and "security" in analyses[3].labels
    assert "security" not in analyses[4].labels  # a trade barrier


def test_a_wall_with_no_border_sentence_before_is_not() -> None:
    analyses = analyse_text(
        "The museum reopened its eastern hall on Sunday.",
        "Visitors can again see the wall before the restoration begins.",
    )
    assert "security" not in analyses[1].labels


# --- a civil administration named by a security word, addressed ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exporters asked the Department of Homeland Security to add ten customs officers at the bridge.",
        "The two cities will coordinate the school repairs with the Kherson Regional Military Administration.",
        "The consul urged the Department of Homeland Security to give families a week's notice of each flight.",
    ],
)
def test_an_addressed_administration_named_by_a_security_word_is_not_the_matter(text: str) -> None:
    assert not _security(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Homeland Security deployed 300 agents to the southern border.",  # the body acts
        "The ministers asked the Department of Homeland Security to deport the smugglers.",  # smugglers count
        "The contractor signed a deal with the Ministry of Defence for six patrol boats.",  # a ministry's field
    ],
)
def test_an_acting_body_another_security_word_or_a_ministry_stays_security(text: str) -> None:
    assert _security(text), text


# --- a withdrawal after a security sentence --------------------------------------------------------------


def _labels_after(first: str, second: str) -> frozenset[str]:
    return analyse_text(first, second)[1].labels


_STRIKES = "Artillery shelled three villages near the line of contact on Monday, killing two soldiers."


@pytest.mark.parametrize(
    "text",
    [
        "The mediator is ready to help any effort that leads to a full Bexlandi withdrawal.",
        "The delegation asked for a timetable for the withdrawal from the four hilltops.",
        "After a series of withdrawals demanded by the host governments, only a few hundred remain.",
    ],
)
def test_a_withdrawal_after_a_security_sentence_is_the_forces_withdrawal(text: str) -> None:
    assert "security" in _labels_after(_STRIKES, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministers also approved new limits on water withdrawals from the river.",
        "The opposition demanded the withdrawal of the budget bill before the vote.",
        "Several members criticised the withdrawal from the trade agreement.",
    ],
)
def test_a_withdrawal_of_something_civil_is_not(text: str) -> None:
    assert "security" not in _labels_after(_STRIKES, text), text


def test_a_withdrawal_with_no_security_sentence_before_is_not() -> None:
    first = "The two ministers opened a new bridge over the river on Monday."
    assert "security" not in _labels_after(first, "The delegation asked for a timetable for the withdrawal.")


# --- mine action ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The donor pledged another 12 million euros to mine action in the province.",
        "The governor asked the embassy to train a further 25 deminers for the rural districts.",
        "Two tractors were destroyed after hitting anti-tank mines near the village.",
        "The new machines clear about 3,000 square metres of mined land a day.",
        "A law lets farmers pay licensed firms to clear their orchards of mines.",
        "Police teams destroyed more than 4,000 explosive items last year.",
    ],
)
def test_mine_action_in_its_own_words_is_security(text: str) -> None:
    assert _security(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Investors are watching the future of the Ridgeback copper mine closely.",
        "Hundreds of workers were laid off at the mine last year.",
        "The company cleared the site for a new lithium mine near the lake.",
        "Exports from the mine rose by a third in the first quarter.",
    ],
)
def test_a_mine_that_is_dug_is_not(text: str) -> None:
    assert not _security(text), text


# --- a crossing point closed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet decided to close the Vale and Morn border checkpoints to all traffic for a month.",
        "All crossing points on the 900-kilometre border with Bexland have been closed since March.",
        "The ministry will shut the two crossings on the northern border to lorries from Monday.",
    ],
)
def test_a_crossing_point_closed_is_a_border_measure(text: str) -> None:
    assert _security(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Relations soured when the government closed its land borders to trade for a year.",  # no crossing point
        "The post office in the town was closed for the holiday.",
        "Three years later, the crossings at Vale and Morn remain shut to traders and lorries.",  # only continues
        "The crossing at Vale will reopen to lorries on Monday.",
    ],
)
def test_closures_of_other_things_or_a_closure_that_only_continues_are_not(text: str) -> None:
    assert not _security(text), text
