"""The per-sentence cache of the classifier gives the same analyses as a cold run."""

from __future__ import annotations

from briefing.baseline import keyword_pass
from briefing.classify import clear_caches
from tests.sumhelpers import analyse_text, make_article

REPEATED = "Lopes signed a regional agreement on ports."


def _actors(*paragraphs: str) -> list[str | None]:
    return [a.actor for a in analyse_text(*paragraphs)]


def test_a_repeated_sentence_is_resolved_in_its_own_article() -> None:
    clear_caches()
    # Seen three times (so cached), each time after a different context.
    with_name = ("Minister Raul Diaz welcomed President Ana Lopes in Lima.", REPEATED)
    without = ("The ministers arrived in Lima.", REPEATED)
    first = _actors(*with_name)[-1]
    assert first == "Ana Lopes"
    assert _actors(*without)[-1] != "Ana Lopes"
    assert _actors(*with_name)[-1] == "Ana Lopes"
    assert _actors(*without)[-1] != "Ana Lopes"


def test_warm_and_cold_runs_agree() -> None:
    paragraphs = (
        "Chile and Peru held talks in Lima on Monday.",
        "The two sides signed an agreement on fisheries.",
        "Minister Ana Lopes said Peru would finance the new bridge.",
    )
    clear_caches()
    cold = analyse_text(*paragraphs)
    warm = [analyse_text(*paragraphs) for _ in range(3)][-1]
    assert [(a.labels, a.actor, a.condensed) for a in cold] == [(a.labels, a.actor, a.condensed) for a in warm]


def test_the_keyword_baseline_splits_labels_and_takes_the_lead() -> None:
    article = make_article(
        "The leaders signed a border treaty. Kazakhstan proposed a fund.",
        "The weather was fine. Troops left the border area.",
    )
    got = keyword_pass(article.paragraphs)
    assert got.sentences[0] == "The leaders signed a border treaty."
    assert got.labels[0] == frozenset({"decision", "security"})
    assert got.labels[1] == frozenset({"proposal"})
    assert got.labels[2] == frozenset()
    assert got.summary == got.sentences[:3]


def test_the_keyword_briefing_cites_every_labelled_sentence_without_actor() -> None:
    import datetime as dt

    from briefing.baseline import keyword_briefing

    article = make_article("The leaders signed a border treaty. Kazakhstan proposed a fund.", id="x")
    b = keyword_briefing([article], title="t", now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    decisions = b.section("decisions")
    assert decisions is not None
    assert [(i.text, i.actor, i.sources[0].article) for i in decisions.items] == [
        ("The leaders signed a border treaty.", None, "x")
    ]
    assert len(b.summary) == 2


def test_fast_tokenisation_matches_word_by_word_lowering() -> None:
    from briefing.lexicon import tokenize_lower
    from briefing.tokens import tokens, words

    for text in (
        "President Kassym-Jomart Tokayev’s visit to the U.S. ended.",
        "İstanbul and Straße: Erdoğan met Ōno in ÅLAND.",
        "Plain ASCII text, with 12 numbers and O'Neil's dog.",
    ):
        toks = tokens(text)
        assert [t.text for t in toks] == words(text)
        assert [t.lower for t in toks] == [w.lower().replace("’", "'") for w in words(text)]
        assert all(text[t.start : t.end] == t.text for t in toks)
        assert tokenize_lower(text) == [w.lower() for w in words(text)]


def test_texts_that_come_back_are_known_before_the_analysis() -> None:
    from briefing.classify import repeated_texts
    from briefing.sentences import split_article

    one = make_article(REPEATED, "Peru proposed a joint patrol.", id="one")
    two = make_article("The talks ended late.", REPEATED, id="two")
    three = make_article("Peru proposed a joint patrol.", id="three")
    assert repeated_texts(split_article(a) for a in (one, two, three)) == {REPEATED, "Peru proposed a joint patrol."}
    assert repeated_texts([split_article(one), split_article(make_article("Other news.", id="x"))]) == frozenset()


def test_a_text_known_to_come_back_is_read_once_and_analysed_alike() -> None:
    from briefing import classify
    from briefing.lexicon import load_lexicon
    from briefing.sentences import split_article
    from briefing.summarise import analyse

    lex = load_lexicon()
    articles = [
        make_article("Minister Raul Diaz welcomed President Ana Lopes in Lima.", REPEATED, id="a"),
        make_article("The ministers arrived in Lima.", REPEATED, "Peru backed the plan.", id="b"),
    ]
    clear_caches()
    cold = [classify.analyse_article(a, split_article(a), lex) for a in articles]
    clear_caches()
    first = split_article(articles[0])
    classify.analyse_article(articles[0], first, lex, repeated=frozenset([REPEATED]))
    kept = {text for _, text in classify._READINGS}
    assert kept == {REPEATED}  # kept from its first sighting, with nothing else
    clear_caches()
    classify.analyse_article(articles[0], first, lex)
    assert not classify._READINGS  # without the hint a first sighting is not kept
    clear_caches()
    once = [x for _, xs in analyse(articles, lex) for x in xs]
    # read once each, then forgotten: nothing looks them up again
    assert not [key for key in classify._READINGS if key[1] == REPEATED]
    assert not [key for key in classify._MENTIONS if key[1] == REPEATED]
    assert [(x.labels, x.actor, x.condensed, x.importance, x.people) for x in once] == [
        (x.labels, x.actor, x.condensed, x.importance, x.people) for xs in cold for x in xs
    ]


def test_forgetting_texts_drops_only_their_cached_readings() -> None:
    from briefing import classify

    clear_caches()
    for _ in range(2):  # the second sighting keeps them
        analyse_text("Peru proposed a joint patrol.", REPEATED)
    assert {text for _, text in classify._READINGS} == {REPEATED, "Peru proposed a joint patrol."}
    classify.forget(frozenset([REPEATED]))
    assert {text for _, text in classify._READINGS} == {"Peru proposed a joint patrol."}
    assert {key[1] for key in classify._MENTIONS} == {"Peru proposed a joint patrol."}


def test_analysing_one_article_at_a_time_keeps_what_later_articles_reuse() -> None:
    """The incremental path analyses one article per call: a text with no repeat inside that article is
    not forgotten, so a later article printing it finds its reading (and forget() is not a pass over the
    caches per article: with nothing to forget it returns at once)."""
    from briefing import classify
    from briefing.lexicon import load_lexicon
    from briefing.summarise import analyse

    lex = load_lexicon()
    clear_caches()
    for _ in range(2):  # met twice across calls: kept from the second sighting
        analyse([make_article("Peru proposed a joint patrol.", id="a")], lex)
    before = dict(classify._READINGS)
    assert {text for _, text in before} == {"Peru proposed a joint patrol."}
    analyse([make_article("The ministers arrived in Lima.", id="b")], lex)
    classify.forget(frozenset())
    assert {k: v for k, v in classify._READINGS.items() if k in before} == before
