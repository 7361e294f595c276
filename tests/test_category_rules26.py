"""Decisions, proposals and security on text nobody had read (issue 3, round 26): mechanisms written by at least two
annotator batches or stated by GUIDELINES.md, each with sentences of other wordings and the counter-examples that
keep it narrow.

- an asset freeze (GUIDELINES: sanctions as coercion): a freeze word with holdings at most three words after it
  ("has frozen Ruritanian financial assets", "frozen assets of the central bank", "a loan backed by the frozen
  funds"); "frozen fish", "talks were frozen", "froze its membership" stay none;
- the request of a text the phrase says was adopted ("In a motion adopted in May, the Senate asked the government
  to ...", "In a statement passed at its annual meeting, the Board urged ..."): the adopted act's decision, not a
  proposal (gold3 JC5), as "In the communique adopted ..." already is; a motion tabled stays a proposal; and what
  the addressee of that request does next ("The government will report to the Senate in June") is no term of it;
- a memorandum by its abbreviation and an agreed timetable as the opening frame of a decision's terms ("Under the
  MoU, ...", "Under the timetable, ..."), as "Under the memorandum/plan/roadmap, ..." already are.
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
        "Since 2023 Ruritania has frozen Bordurian state assets worth two billion crowns.",
        "The ministers discussed whether frozen assets of the Bordurian central bank could fund the rebuilding.",
        "The chancellor again pressed for a loan to the city backed by the frozen funds.",
        "Banks in the territory froze the accounts of four generals on Monday.",
        "The regulator is freezing the reserves held by the two state companies.",
    ],
)
def test_an_asset_freeze_is_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Exports of frozen fish and frozen beef rose by a tenth last year.",
        "Talks on the bridge have been frozen since January.",
        "Ruritania froze its membership of the cultural council in 2021.",
        "The fund will unfreeze the assets of the cooperative once the audit is done.",
        "The water pipes froze during the cold spell, and the funds for repairs ran out.",
    ],
)
def test_other_frozen_things_are_not_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In a motion adopted in May, the Senate asked the government to publish the full cost of the new port.",
        "In a resolution passed on Friday, the assembly called on the ministry to open two more clinics.",
        "In a statement adopted at its yearly session, the board urged member airlines to share delay data.",
    ],
)
def test_the_request_of_an_adopted_text_is_its_decision(text: str) -> None:
    labels = _labels(text)
    assert "decision" in labels and "proposal" not in labels, text


@pytest.mark.parametrize(
    "text",
    [
        "In a motion tabled on Friday, the opposition asked the government to publish the full cost of the port.",
        "In a motion, the deputy asked the minister to explain the delay.",
    ],
)
def test_the_request_of_a_text_not_adopted_stays_a_proposal(text: str) -> None:
    labels = _labels(text)
    assert "proposal" in labels and "decision" not in labels, text


def test_what_the_addressee_of_an_adopted_request_does_next_is_no_term_of_it() -> None:
    first = "In a motion adopted in May, the Senate asked the Ministry of Transport to publish the cost of the port."
    result = analyse_text(first, "The Ministry of Transport will send its report to the Senate in June.")
    assert "decision" in result[0].labels
    assert "decision" not in result[-1].labels


@pytest.mark.parametrize(
    "text",
    [
        "Under the MoU, the two coast guards will exchange data on vessels fishing without licences.",
        "Under the MoUs, each side will host fifty students a year.",
        "Under the timetable, the joint teams will finish the survey of the northern sector by June.",
    ],
)
def test_terms_under_an_mou_or_a_timetable_are_a_decision(text: str) -> None:
    previous = "The two ministers signed a memorandum of understanding and agreed a timetable for its work."
    assert "decision" in analyse_text(previous, text)[-1].labels, text


@pytest.mark.parametrize(
    "text",
    [
        "Under a draft timetable, the teams would finish the survey by June.",
        "Under the proposed MoU, the two coast guards would exchange data on fishing vessels.",
    ],
)
def test_a_draft_timetable_or_mou_states_no_terms(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the two governments should allow ferries to sail at night across the lake.",
        "A union leader said the ministries must cut the fees for seasonal work permits by half.",
        "The report's authors said the three countries should create a joint fund for the river basin.",
    ],
)
def test_an_act_asked_of_parties_after_should_is_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the new ferry line should allow tourists to reach the island in an hour.",
        "Economists said the two countries should benefit from the lower tariffs.",
        "The minister said the bridge should cut travel times by half.",
    ],
)
def test_a_forecast_after_should_stays_none(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The coordination cell, set up under a border pact in 2015, brings together customs and police officers.",
        "The river police, established by the two interior ministries in 2004, patrol the lower reaches.",
        "The academy, founded under a defence accord in 1997, trains officers from four states.",
        "The league, formed by six coastal towns after the floods of 2009, runs a shared lifeboat service.",
    ],
)
def test_a_body_with_its_history_in_a_participle_phrase_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The River Treaty, signed by the two prime ministers in March 1996, guarantees each side half the flow.",
        "The task force was set up under a border pact in 2015 to fight smuggling.",
        "The ministers set up a joint patrol unit at the summit in Varna on Monday.",
    ],
)
def test_a_text_with_its_history_or_a_finite_act_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The envoy spoke to reporters a week after Ruritania and Borduria agreed to reopen the rail line.",
        "Trade rose sharply two months after Ruritania signed the customs protocol with its neighbour.",
        "The talks resumed a year after Borduria, Ruritania and Syldavia agreed to set up a water council.",
    ],
)
def test_an_act_dating_the_main_clause_after_a_unit_of_time_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


def test_an_act_after_plain_after_is_still_read() -> None:
    assert "decision" in _labels("After the talks, Ruritania and Borduria agreed to reopen the rail line.")


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers co-chaired the third Ruritania-Borduria Defence Policy Dialogue in Varna.",
        "Officials held security policy talks in the capital on Monday.",
        "The next round of the Defence Policy Dialogue will take place in Szohod.",
    ],
)
def test_talks_named_after_defence_policy_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The leaders witnessed the signing of six memoranda in the fields of tourism, fisheries, health, sport "
        "and cooperation against organised crime.",
        "The plan sets out joint projects in the areas of energy, transport, education and border management.",
        "Cooperation will grow in the spheres of culture, trade, farming and counter-terrorism.",
    ],
)
def test_one_field_among_others_is_not_security(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum provides for cooperation in the fields of counter-terrorism and border protection.",
        "Police officers from the two countries met in the areas of the border where smugglers operate.",
    ],
)
def test_a_field_list_of_security_matters_stays_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Opposition deputies argued that the river line should have been left to an international court.",
        "Critics said the government should have consulted the fishermen before it signed the deal.",
        "The mayor said the ministry should also have warned the villages about the floods.",
        "Several deputies said the treaty ought to have been put to a referendum.",
    ],
)
def test_a_past_judged_with_should_have_is_no_proposal(text: str) -> None:
    assert "proposal" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Critics said the government should consult the fishermen before it signs the deal.",
        "The mayor said the ministry should have the power to close the port during storms.",
    ],
)
def test_a_course_asked_with_should_stays_a_proposal(text: str) -> None:
    assert "proposal" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to seek funds for a second submarine cable so that the islands keep their internet.",
        "The company will lay an undersea cable to bring broadband to the northern atolls.",
        "A new subsea cable will double the bandwidth available to the capital's universities.",
    ],
)
def test_a_cable_for_a_connection_is_no_security_matter(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The navies agreed to patrol the route of the undersea internet cable after two ships dragged anchors.",
        "Ministers discussed how to protect submarine cables carrying internet traffic from sabotage.",
    ],
)
def test_a_cable_under_threat_stays_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Under the treaty, prosecutors of the two states may form joint investigation teams for cases of fraud.",
        "The ministers agreed that a joint investigation team will look into the disappearance of the lorries.",
        "Police chiefs from four countries discussed their joint investigation teams in Varna.",
    ],
)
def test_joint_investigation_teams_are_security(text: str) -> None:
    assert "security" in _labels(text), text


def test_an_investigation_of_an_accident_is_not_security() -> None:
    assert "security" not in _labels("The aviation authority began an investigation into the delayed flights.")


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and Borduria settled their sea boundary in a 2011 exchange of notes.",
        "The 1994 treaty resolved all the disputed segments of the land border.",
        "Last year the two kingdoms settled the dispute over the island by dividing it.",
    ],
)
def test_a_settled_dispute_or_line_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Many of the refugees settled in the border town after the war.",
        "The two sides resolved to keep talking about the border.",
        "The ministers said the dispute should be settled by arbitration.",
        "Trade grew quickly once the two countries settled their border dispute.",
        "The two sides have not settled the dispute over the island.",
    ],
)
def test_no_settlement_is_told_without_a_settled_matter(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said the robbers came back every night.",
        "Robberies of cargo ships in the bay doubled last year.",
        "The ministers urged the port states to try the perpetrators in their own courts.",
    ],
)
def test_robbers_and_perpetrators_are_crime(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The donor froze aid funds for the health ministry after the audit.",
        "The city council froze project funds for the new stadium.",
    ],
)
def test_paused_aid_or_budget_funds_are_not_a_sanction(text: str) -> None:
    assert "security" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said more gardaí should be stationed on the island in summer.",
        "PSNI officers will share number-plate data with their colleagues in the south.",
        "The Carabinieri opened a new station in the old town.",
    ],
)
def test_national_police_forces_named_by_their_own_name_are_security(text: str) -> None:
    assert "security" in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The extended deal raises the yearly quota of seasonal workers from 500 to 2,000.",
        "The new protocol increases the number of weekly flights between the two capitals to twelve.",
    ],
)
def test_a_figure_a_concluded_text_raises_is_its_term(text: str) -> None:
    previous = "The two ministers extended the labour mobility agreement on Monday."
    assert "decision" in analyse_text(previous, text)[-1].labels, text


@pytest.mark.parametrize(
    "text",
    [
        "The agreement raises serious questions about the rights of seasonal workers.",
        "The deal increases concerns among fishermen on the northern coast.",
    ],
)
def test_a_concern_a_text_raises_is_no_term(text: str) -> None:
    assert "decision" not in _labels(text), text
