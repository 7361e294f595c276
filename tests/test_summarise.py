"""Briefing assembly: merging repeated facts, the executive summary, user sections, entities."""

from __future__ import annotations

import datetime as dt

from briefing.config import Config, SectionConfig
from briefing.pipeline import make_briefing
from briefing.render.json import to_contract
from briefing.summarise import _merge_duplicates, analyse
from tests.sumhelpers import NOW, briefing_of, make_article

SAME_FACT_A = "The presidents of Chile and Peru signed a treaty on the shared aquifer in Lima on Monday."
SAME_FACT_B = (
    "The presidents of Chile and Peru signed a treaty on the shared aquifer in Lima on Monday, officials said."
)


def test_the_same_fact_from_two_articles_is_one_item_citing_both() -> None:
    b = briefing_of(
        make_article(SAME_FACT_A, "Chile also proposed a fund for glacier research.", id="wire"),
        make_article(SAME_FACT_B, "The ministers discussed tourism.", id="paper"),
    )
    decisions = b.section("decisions")
    assert decisions is not None
    assert len(decisions.items) == 1
    assert [s.article for s in decisions.items[0].sources] == ["wire", "paper"]
    assert decisions.items[0].sources[1].quote == SAME_FACT_B


def test_different_facts_are_not_merged() -> None:
    b = briefing_of(
        make_article(SAME_FACT_A, id="one"),
        make_article("The presidents of Chile and Peru signed a memorandum on tourism in Cusco on Friday.", id="two"),
    )
    decisions = b.section("decisions")
    assert decisions is not None and len(decisions.items) == 2


def test_merging_does_not_compare_every_pair() -> None:
    # 400 articles of distinct facts: LSH buckets hold few sentences, so nothing is merged and
    # the work stays proportional to the number of sentences.
    arts = [
        make_article(
            f"Minister Number{i} of Chile signed decree {i} on harbour zone {i * 7} in region {i}.", id=f"a{i}"
        )
        for i in range(400)
    ]
    groups = _merge_duplicates([x for _, xs in analyse(arts) for x in xs])
    assert len(groups) == 400


def test_summary_length_is_configurable_and_items_differ() -> None:
    art = make_article(
        "The leaders of Chile and Peru signed a treaty on the shared aquifer.",
        "The leaders of Chile and Peru signed the treaty on the shared aquifer in Lima.",
        "Peru proposed a joint fund for glacier research.",
        "Border guards of both countries will hold joint patrols against smuggling.",
        "The weather was mild.",
    )
    two = briefing_of(art, summary_items=2)
    assert len(two.summary) == 2
    three = briefing_of(art, summary_items=3)
    quotes = [item.sources[0].quote for item in three.summary]
    assert len(set(quotes)) == 3
    # the second report of the same signing adds nothing a reader lacks
    assert not {art.paragraphs[0], art.paragraphs[1]} <= set(quotes)
    assert art.paragraphs[4] not in quotes


def test_items_are_ordered_by_importance_within_a_section() -> None:
    b = briefing_of(make_article("Chile and Peru signed a treaty on water.", "They also signed a memo on tourism."))
    decisions = b.section("decisions")
    assert decisions is not None
    assert [i.score for i in decisions.items] == sorted((i.score for i in decisions.items), reverse=True)


def test_a_user_section_appears_in_the_json() -> None:
    config = Config(sections={"energy": SectionConfig(title="Energy", cues=("gas pipeline", "power plant"))})
    art = make_article(
        "The ministers agreed to extend the gas pipeline to the coast.", "The leaders discussed culture and sport."
    )
    contract = to_contract(make_briefing(config, [art], now=NOW))
    assert [i["sources"][0]["quote"] for i in contract["sections"]["energy"]] == [art.paragraphs[0]]
    assert set(contract["sections"]) == {"decisions", "proposals", "security", "energy"}


def test_entities_count_countries_by_name_and_demonym_and_people() -> None:
    b = briefing_of(
        make_article(
            "President Ana Kovac of Chile proposed a water fund.",
            "The Chilean leader later met Peruvian officials and visited Peru.",
        )
    )
    got = {(e.name, e.kind): e.count for e in b.entities}
    assert got[("Chile", "country")] == 2
    assert got[("Peru", "country")] == 2
    assert got[("Ana Kovac", "person")] == 1


def test_every_article_keeps_its_date_and_outlet() -> None:
    art = make_article("Chile and Peru signed a treaty on water.", id="x")
    dated = type(art)(**{**{f: getattr(art, f) for f in art.__slots__}, "date": dt.date(2026, 3, 1), "outlet": "Wire"})
    b = briefing_of(dated)
    assert (b.articles[0].date, b.articles[0].outlet) == (dt.date(2026, 3, 1), "Wire")
    assert b.period.start == dt.date(2026, 3, 1)


def test_summary_reads_in_article_order_and_prefers_the_first_report() -> None:
    art = make_article(
        "Leaders of Chile and Peru met in Lima on Monday for their annual talks.",
        "The weather was mild and the mood was friendly.",
        "The two leaders signed a treaty on the shared aquifer and a border protocol.",
        "They also signed a memorandum on tourism statistics.",
        "Officials said more documents could follow.",
    )
    # the first report of the signing outranks the detail after it and the scene-setting lead
    assert [i.sources[0].quote for i in briefing_of(art, summary_items=1).summary] == [art.paragraphs[2]]
    quotes = [i.sources[0].quote for i in briefing_of(art, summary_items=3).summary]
    assert art.paragraphs[2] in quotes and art.paragraphs[1] not in quotes
    assert quotes == sorted(quotes, key=art.paragraphs.index)  # read in the article's order


def test_coordinated_pronoun_and_person_are_one_actor() -> None:
    from tests.sumhelpers import last

    got = last(
        "President Ana Kovac of Chile arrived in Lima.",
        "During the visit, she and President Piet Duran of Peru signed a treaty on water.",
    ).actor
    assert got == "Ana Kovac (Chile) and Piet Duran (Peru)"


def test_a_paraphrase_of_the_same_fact_is_merged_but_a_different_fact_is_not() -> None:
    b = briefing_of(
        make_article(
            "The presidents of Kazakhstan and Uzbekistan signed a treaty on the demarcation of the state border "
            "in Astana on Friday.",
            id="one",
        ),
        make_article(
            "Kazakhstan and Uzbekistan signed a border demarcation treaty on Friday, aides in Astana said.", id="two"
        ),
        make_article("Kazakhstan and Uzbekistan signed a trade agreement in Astana on Friday.", id="three"),
    )
    decisions = b.section("decisions")
    assert decisions is not None
    assert sorted(len(i.sources) for i in decisions.items) == [1, 2]


def test_the_classifiers_words_leave_the_briefing_as_it_is() -> None:
    # analyse(words=...) hands merging what the classifier found of each labelled sentence's words
    # (used for ASCII sentences only: the Turkish one is split again), and the groups are the same.
    arts = [
        make_article(SAME_FACT_A, "Chile also proposed a fund for glacier research.", id="wire"),
        make_article(SAME_FACT_B, "Türkiye proposed a fund for glacier research in İzmir.", id="paper"),
        make_article("The ministers discussed tourism.", SAME_FACT_A, id="third"),
    ]
    words: dict[str, tuple[str, str]] = {}
    analysed = analyse(arts, words=words)
    assert set(words) == {SAME_FACT_A, SAME_FACT_B, arts[0].paragraphs[1], arts[1].paragraphs[1]}
    plain = [x for _, xs in analyse(arts) for x in xs]
    with_stems = _merge_duplicates([x for _, xs in analysed for x in xs], words=words)
    assert [g.members for g in with_stems] == [g.members for g in _merge_duplicates(plain)]
    assert [m.sentence.article_id for m in with_stems[0].members] == ["wire", "paper", "third"]
