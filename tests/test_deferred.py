"""Deferred condensing: an unlabelled sentence's condensed text is worked out only when read."""

from __future__ import annotations

from briefing.config import Config
from briefing.model import Analysis, DeferredAnalysis, Sentence
from briefing.pipeline import make_briefing
from briefing.render.json import render_json
from briefing.summarise import analyse, summarise
from tests.sumhelpers import NOW, make_article

_ARTICLE = make_article(
    "Meanwhile, the delegations toured the old harbour of Valletta, the ministry said.",
    "The ministers signed a memorandum on fisheries in Valletta on Monday.",
    "In addition, the weather stayed calm for the whole visit.",
    title="Ministers sign fisheries memorandum",
)


class _Counting:
    """A condenser that counts how often it is asked."""

    def __init__(self) -> None:
        self.asked = 0

    def condensed(self, n: int) -> str:
        self.asked += 1
        return f"text {n}"


def test_deferred_analyses_equal_the_eager_ones_and_only_unlabelled_are_deferred() -> None:
    [(_, eager)] = analyse([_ARTICLE])
    [(_, deferred)] = analyse([_ARTICLE], defer=True)
    assert [type(x) for x in deferred] == [DeferredAnalysis, Analysis, DeferredAnalysis]
    assert [x.labels for x in eager] == [frozenset(), frozenset({"decision"}), frozenset()]
    # The opener and the source frame are cut: the deferred text is the condensed one, not the sentence.
    assert deferred[0].condensed == eager[0].condensed == "The delegations toured the old harbour of Valletta."
    assert deferred[2].condensed == eager[2].condensed == "The weather stayed calm for the whole visit."
    assert list(deferred) == list(eager)
    assert list(eager) == list(deferred)
    assert [hash(x) for x in deferred] == [hash(x) for x in eager]


def test_a_deferred_analysis_reads_its_condenser_only_when_its_text_is_read() -> None:
    counting = _Counting()
    x = DeferredAnalysis(Sentence("a", 2, 0, "Some sentence."), frozenset(), None, 0.5, ("Malta",), (), counting, 2)
    assert (x.sentence.index, x.importance, x.countries, x.labels) == (2, 0.5, ("Malta",), frozenset())
    assert counting.asked == 0
    assert x.condensed == "text 2"
    assert x == Analysis(Sentence("a", 2, 0, "Some sentence."), frozenset(), None, "text 2", 0.5, ("Malta",))
    assert x != Analysis(Sentence("a", 2, 0, "Some sentence."), frozenset(), None, "other", 0.5, ("Malta",))
    assert repr(x).startswith("DeferredAnalysis(")


def test_a_briefing_made_with_deferred_condensing_is_the_same() -> None:
    other = make_article(
        "Meanwhile, the two coast guards held a joint drill near Gozo, officials said.",
        "In addition, the harbour master welcomed the crews at the quay.",
        id="b",
        title="Joint drill near Gozo",
    )
    eager = summarise(analyse([_ARTICLE, other]), title="T", now=NOW, summary_items=6)
    deferred = summarise(analyse([_ARTICLE, other], defer=True), title="T", now=NOW, summary_items=6)
    assert render_json(deferred) == render_json(eager)
    # The summary shows unlabelled sentences here: their condensed texts were worked out when read.
    assert "The weather stayed calm for the whole visit." in [i.text for i in deferred.summary]
    # The pipeline defers when it makes a briefing at once (no analysis cache).
    config = Config()
    plain = summarise(analyse([_ARTICLE, other]), title=config.title, now=NOW, summary_items=config.summary_items)
    assert render_json(make_briefing(config, [_ARTICLE, other], now=NOW)) == render_json(plain)
