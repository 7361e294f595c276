"""A ministry's portfolio written between the office and the name with no comma, and a list of such
titled signers after "signed by" (issue 3). Every sentence here is written for the test, with
counter-examples.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _actor(text: str) -> str | None:
    return analyse_text("The talks ended on Monday.", text)[-1].actor


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Minister of Transport", "Radu Ionescu"),
        ("Minister of Transport and Infrastructure", "Radu Ionescu"),
        ("Minister of Agriculture and Rural Development", "Ana Pop"),
        ("Deputy Prime Minister for European Integration", "Lena Berg"),
        ("Minister of Foreign Affairs and European Integration", "Ivo Marin"),
        ("Secretary of State for Defence", "Tom Hale"),
    ],
)
def test_a_portfolio_run_straight_into_a_name_ends_at_its_last_policy_word(office: str, name: str) -> None:
    assert _actor(f"{office} {name} proposed that the two countries set up a joint team of engineers.") == name


def test_a_portfolio_not_followed_by_a_name_is_no_name() -> None:
    # counter-examples: the office of a state, and an apposition after a comma, keep their readings
    assert _actor("The Minister of Foreign Affairs of Chile proposed a joint team of engineers.") == (
        "the Minister of Foreign Affairs of Chile"
    )
    assert _actor("The Minister of Transport, Radu Ionescu, proposed a joint team of engineers.") == "Radu Ionescu"
    # a capitalised word that is no policy area is not swallowed into the portfolio
    assert _actor("Minister of Foreign Affairs Eva Lund proposed a joint team of engineers.") == "Eva Lund"


def test_signers_listed_with_their_offices_are_all_the_agent() -> None:
    text = (
        "The accord was signed by Minister of Economy Ana Pop, Deputy Secretary of Commerce Rui Costa"
        " and Trade Minister Li Wei."
    )
    assert _actor(text) == "Ana Pop, Rui Costa and Li Wei"


def test_an_apposition_after_the_first_signer_ends_the_list() -> None:
    text = "The accord was signed by Ana Pop, the economy minister, during a visit to the port."
    assert _actor(text) == "Ana Pop"


def test_a_list_of_states_inside_an_opening_noun_phrase_keeps_the_phrase_whole() -> None:
    assert _actor("The navies of Romania, Bulgaria and Greece agreed to extend their joint patrols.") == (
        "the navies of Romania, Bulgaria and Greece"
    )
    assert _actor("On Monday, the coast guards of Chile, Peru and Ecuador agreed to share radar data.") == (
        "the coast guards of Chile, Peru and Ecuador"
    )
    assert _actor("Exporters from Chile, Peru and Bolivia have asked the ministers to open the pass at night.") == (
        "exporters from Chile, Peru and Bolivia"
    )


def test_a_comma_after_an_opening_name_is_no_list_inside_a_phrase() -> None:
    # counter-example: what precedes the comma is no fronted adjunct, so no common-noun subject is read
    assert _actor("Romania, its ministers said, asked the navies to extend their joint patrols.") != (
        "Romania, its ministers"
    )


def test_pm_is_a_title() -> None:
    assert _actor("PM Lena Berg proposed a joint team of engineers.") == "Lena Berg"
    assert _actor("Deputy PM Ivo Marin proposed a joint team of engineers.") == "Ivo Marin"


def test_a_side_noun_owned_by_a_state_after_of_acts_for_it() -> None:
    def actor_after_chair(text: str) -> str | None:
        return analyse_text("The talks were chaired by Foreign Minister Ana Pop.", text)[-1].actor

    # not the chair named before: the delegation of a state proposes for that state
    assert actor_after_chair("The delegation of Kenya proposed resuming the talks in Nairobi.") == (
        "the delegation of Kenya"
    )
    assert actor_after_chair("The delegation of the Republic of Chile proposed a new round.") == (
        "the delegation of the Republic of Chile"
    )
    # counter-example: no state after "of"
    assert actor_after_chair("The government of national unity proposed a new round.") != (
        "the government of national unity"
    )
