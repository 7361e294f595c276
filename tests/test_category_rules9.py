"""Category rules (decision / security) from the ninth round of grouping misses on unseen articles by
their linguistic cause (issue 3). Every sentence here is written for the test; each rule has
counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- list items: the last item of a ';' list may open with an article ---------------------------------


def test_last_list_item_with_an_article_carries_the_lead_in_act() -> None:
    out = analyse_text(
        "The two foreign ministers then signed the following documents:",
        "an agreement on visa-free travel for holders of service passports;",
        "a protocol on consular consultations for 2027-2029;",
        "a memorandum of understanding on cooperation in tourism.",
    )
    assert "decision" in out[-1].labels
    assert "decision" in out[-2].labels


def test_last_item_with_the_definite_article_counts_too() -> None:
    out = analyse_text(
        "The following texts were adopted at the session:",
        "the statute of the joint fisheries board;",
        "the budget of the secretariat for 2027;",
        "the protocol on the exchange of port data.",
    )
    assert "decision" in out[-1].labels


def test_a_sentence_after_a_list_that_names_no_document_is_not_an_item() -> None:
    # counter-examples: a finite clause after the list, and an article before a word that names no document
    out = analyse_text(
        "The ministers signed the following documents:",
        "an agreement on air services;",
        "a memorandum on cultural exchanges;",
        "a visit by the ministers to the new port was also held.",
    )
    assert "decision" not in out[-1].labels
    out = analyse_text(
        "The ministers signed the following documents:",
        "an agreement on air services;",
        "a memorandum on cultural exchanges;",
        "a lunch in honour of the delegations.",
    )
    assert "decision" not in out[-1].labels


# --- a nominalised act reported by a past passive, its complement between them ------------------------


def labels(sentence: str) -> frozenset[str]:
    return analyse_text(sentence)[-1].labels


def test_a_decision_noun_reported_as_taken_after_its_complement_is_a_decision() -> None:
    assert "decision" in labels("The decision to merge the two customs agencies was taken at the Lima summit in 2024.")
    assert "decision" in labels("The decision to close the northern crossing to lorries was made in March.")
    assert "decision" in labels("The agreement to pool coastguard patrols in the gulf was formally reached in May.")
    assert "decision" in labels("The final decision on the new fund had been taken by the ministers a week earlier.")


def test_a_decision_noun_still_to_be_taken_or_negated_is_no_decision() -> None:
    # counter-examples: to come (a modal or another finite verb first), negated, or another verb
    assert "decision" not in labels("The decision to merge the two agencies will be taken at the next summit.")
    assert "decision" not in labels("The decision on the new fund is expected to be made in June.")
    assert "decision" not in labels("No decision to extend the mission's mandate was taken.")
    assert "decision" not in labels("The decision to extend the mission's mandate was not taken.")
    assert "decision" not in labels("The decision to close the crossing was criticised by traders in the valley.")
    assert "decision" not in labels("The decision to build a second bridge would be made by the new cabinet.")


# --- security without the classic words: a named or military kind of exercise ----------------------------


def test_a_named_exercise_is_a_security_matter_even_with_no_other_cue() -> None:
    # no "military", "security", border or hyphenated word: only the exercise rule (past the fast-path gate)
    assert "security" in labels("The Baltic states will hold their annual Iron Wolf exercise near Vilnius in May.")
    assert "security" in labels("Chile and Peru agreed to hold a combined exercise off the coast of Arica next year.")
    assert "security" in labels("The bilateral exercises scheduled for the autumn were postponed after the storm.")


def test_an_exercise_that_is_a_verbal_noun_a_civil_kind_or_the_verb_is_not_security() -> None:
    # counter-examples
    assert "security" not in labels("The joint exercise of sovereignty over the river remains a distant goal.")
    assert "security" not in labels("For the negotiators, the talks were an exercise in patience.")
    assert "security" not in labels("The statistics office finished its census exercise in May.")
    assert "security" not in labels("Exercise is good for schoolchildren, the health minister said.")
    assert "security" not in labels("The agencies held a joint search-and-rescue exercise in the fjord.")


# --- security without the classic words: harm by arms, ships as targets, the drug crop ------------------


def test_harm_by_mines_ships_targeted_and_the_drug_crop_are_security() -> None:
    assert "security" in labels("Four herders have been maimed by mines in the hills east of the pass since April.")
    assert "security" in labels("The movement said it would go on targeting ships bound for the port.")
    assert "security" in labels("The governor urged donors to help farmers in the valley replace poppy with saffron.")


def test_ships_and_crops_without_an_attack_or_a_drug_are_not_security() -> None:
    # counter-examples: ships, crops and targets in trade and farming
    assert "security" not in labels("The new tariff is targeting exporters of steel and aluminium.")
    assert "security" not in labels("Three ships bound for the port were delayed by the storm.")
    assert "security" not in labels("He urged donors to help farmers in the hills replace wheat with saffron.")


# --- appointments told with a verb of naming ---------------------------------------------------------------


def test_naming_someone_to_a_role_is_a_decision() -> None:
    assert "decision" in labels("Lena Koss, a former trade negotiator, was named Estonia's G20 sherpa in March.")
    assert "decision" in labels("Ana Ruiz was chosen as chair of the regional water board on Monday.")
    assert "decision" in labels("Kenya named its former foreign minister as special envoy to the Sahel.")


def test_naming_without_a_role_or_still_to_come_is_no_decision() -> None:
    # counter-examples: naming after or in something, suspects, a naming to come or negated
    assert "decision" not in labels("The new bridge was named after a former president.")
    assert "decision" not in labels("Mr Perez was named in the audit as a former minister's aide.")
    assert "decision" not in labels("The audit named three senior officials as suspects.")
    assert "decision" not in labels("A new envoy is expected to be named in June.")
    assert "decision" not in labels("Ms Ortiz has not been named ambassador yet.")


# --- security without the classic words: a state's territory defended --------------------------------------


def test_defending_territory_is_a_security_matter_even_with_no_other_cue() -> None:
    # no security term and no border word: only the rule past is_security's gate
    assert "security" in labels("The president vowed in his address to defend the homeland at any cost.")
    assert "security" in labels("Athens says the plan would limit its right to defend its eastern islands.")
    assert "security" in labels("Villagers have long defended their coast against raiders from the sea.")


def test_defending_an_interest_a_budget_or_rights_is_not_security() -> None:
    # counter-examples: the territory owns the object, or no territory at all
    assert "security" not in labels("She said she would defend the country's interests at the trade talks.")
    assert "security" not in labels("The finance minister defended the budget in parliament on Tuesday.")
    assert "security" not in labels("The unions vowed to defend the rights of workers in the ports.")
    assert "security" not in labels("He defended his decision to cut the tariff on rice.")


# --- steps of an accession negotiation ----------------------------------------------------------------------


def test_opening_or_closing_chapters_of_an_accession_negotiation_is_a_decision() -> None:
    assert "decision" in labels("Serbia provisionally closed three more chapters of its accession talks on Monday.")
    assert "decision" in labels("Albania opened the last two clusters of its membership talks in Brussels.")


def test_the_chapter_idiom_and_steps_to_come_are_no_decision() -> None:
    # counter-examples: the idiom, a step to come, a negated step, chapters only described
    assert "decision" not in labels("The visit opened a new chapter in relations between the two countries.")
    assert "decision" not in labels("Moldova is expected to open three chapters of its accession negotiations in June.")
    assert "decision" not in labels("Serbia has not closed any chapters of its accession negotiations this year.")
    assert "decision" not in labels("The closed chapters cover fisheries, leaving ten negotiating chapters.")


# --- what a text only acknowledges is no term of the deal ------------------------------------------------


def test_a_text_that_recognises_a_link_or_an_importance_states_no_decision() -> None:
    assert "decision" not in labels("The final text recognises the link between drought and migration.")
    assert "decision" not in labels("The declaration recognizes the importance of regional trade in grain.")


def test_a_text_that_recognises_a_border_or_diplomas_states_its_terms() -> None:
    # counter-examples: the object is what the parties agreed to recognise
    assert "decision" in labels("The treaty recognises the border along the river as final.")
    assert "decision" in labels("The agreement recognises the diplomas issued by universities of both countries.")


# --- security without the classic words: an attack owned, captives of a war exchanged ----------------------


def test_an_attack_claimed_and_a_prisoner_swap_are_security() -> None:
    assert "security" in labels("A little-known group claimed responsibility for the fire at the market.")
    assert "security" in labels("The talks in Abu Dhabi focused on a prisoner swap before the winter.")
    assert "security" in labels("The bodies of twelve fallen servicemen were handed over at the crossing.")


def test_claims_exchanges_and_prisoners_outside_war_are_not_security() -> None:
    # counter-examples: a claim for credit, an exchange of students, an exchange of views
    assert "security" not in labels("The ministry claimed credit for the rise in grain exports.")
    assert "security" not in labels("The two universities agreed on a student exchange for the spring term.")
    assert "security" not in labels("The ministers held an exchange of views on tourism and culture.")


def test_the_act_of_concluding_a_text_reported_as_an_event_is_a_decision() -> None:
    assert "decision" in labels("The signing of the transit agreement took place in the presence of both presidents.")
    assert "decision" in labels("The adoption of the charter took place at the closing session.")
    # counter-examples: to come, or an event that concludes nothing
    assert "decision" not in labels("The signing of the transit agreement will take place in June.")
    assert "decision" not in labels("The meeting of the two delegations took place in Baku.")


# --- relations between states restored -----------------------------------------------------------------------


def test_restoring_relations_is_a_decision_and_not_restoring_them_is_none() -> None:
    assert "decision" in labels("The two countries restored diplomatic relations after a seven-year break.")
    assert "decision" in labels("Rabat and Tehran normalised relations at a meeting in Muscat.")
    assert "decision" not in labels("The two countries have not restored diplomatic relations since the war.")
    assert "decision" not in labels("Both sides hope to restore diplomatic relations next year.")


# --- security without the classic words: a state's forces, force between states, jamming ------------------


def test_a_states_forces_are_security_even_with_no_other_cue() -> None:
    # no security term: only the rule past is_security's gate
    assert "security" in labels("Israeli forces pulled back from three positions near the river.")
    assert "security" in labels("Peru's forces left the valley in May, the governor said.")


def test_forces_of_a_market_or_of_labour_are_not_security() -> None:
    # counter-examples
    assert "security" not in labels("Market forces will set the price of gas next winter.")
    assert "security" not in labels("The labour forces of both countries are ageing fast.")
    assert "security" not in labels("Forces of change are reshaping the region's economies.")


def test_use_of_force_civilian_deaths_and_jamming_are_security() -> None:
    assert "security" in labels("The accord commits both states to refrain from the use of force.")
    assert "security" in labels("The UN office recorded 300 civilian deaths in the first half of the year.")
    assert "security" in labels("GPS jamming over the gulf has disrupted flights for months.")
    # counter-example: force of a law, deaths from disease
    assert "security" not in labels("The new rules come into force in May.")
    assert "security" not in labels("Deaths from malaria fell by a third in the coastal provinces.")
