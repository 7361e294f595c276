"""The view model: what every renderer shows, computed once."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.model import Entity
from briefing.render.view import (
    BriefingView,
    ViewOptions,
    format_generated,
    format_period,
    template_variables,
    to_view,
)

from .render_support import NOW, item, make_article, make_briefing


def test_period_formats() -> None:
    assert format_period(dt.date(2025, 11, 23), dt.date(2025, 11, 29)) == "23-29 November 2025"
    assert format_period(dt.date(2025, 11, 30), dt.date(2025, 12, 2)) == "30 November - 2 December 2025"
    assert format_period(dt.date(2024, 12, 30), dt.date(2025, 1, 2)) == "30 December 2024 - 2 January 2025"
    assert format_period(dt.date(2025, 11, 29), dt.date(2025, 11, 29)) == "29 November 2025"
    assert format_period(None, dt.date(2025, 11, 29)) == ""


def test_generated_names_the_time_zone() -> None:
    assert format_generated(NOW, "UTC") == "29 November 2025, 18:30 UTC"
    assert format_generated(NOW, "Asia/Almaty") == "29 November 2025, 23:30 Asia/Almaty (UTC+05:00)"


def test_sources_are_numbered_and_items_cite_them() -> None:
    a, b = make_article("a", "Alpha signed."), make_article("b", "Beta proposed.", url=None)
    view = to_view(make_briefing((a, b), {"decisions": (item("Signed.", "Alpha", b, a),)}))
    assert [(s.number, s.anchor, s.article_id) for s in view.sources] == [(1, "source-1", "a"), (2, "source-2", "b")]
    assert view.sections[0].items[0].citations == (1, 2)
    assert view.sections[0].items[0].quotes == ("Beta proposed.", "Alpha signed.")
    assert view.sources[1].link == "file:///seeds/b.txt" and view.sources[1].link_text == "b.txt"


def test_sections_are_capped_and_count_the_rest() -> None:
    a = make_article("a", "Text.")
    items = tuple(item(f"Item {n}.", None, a) for n in range(20))
    view = to_view(make_briefing((a,), {"decisions": items, "energy": items[:2]}), ViewOptions(max_items=15))
    decisions, energy = view.sections
    assert (len(decisions.items), decisions.total, decisions.more) == (15, 20, 5)
    assert (energy.key, energy.title, len(energy.items), energy.more) == ("energy", "Energy", 2, 0)
    assert [(bar.label, bar.value, bar.percent) for bar in view.glance.counts] == [
        ("Key decisions", 20, 100.0),
        ("Energy", 2, 10.0),
    ]
    assert view.glance.total_items == 22


def test_glance_lists_countries_and_people_most_first() -> None:
    a = make_article("a", "Text.")
    entities = (Entity("Kazakhstan", "country", 4), Entity("Türkiye", "country", 2), Entity("Hakan Fidan", "person", 1))
    view = to_view(make_briefing((a,), {"decisions": ()}, entities=entities))
    assert [(b.label, b.value, b.percent) for b in view.glance.countries] == [
        ("Kazakhstan", 4, 100.0),
        ("Türkiye", 2, 50.0),
    ]
    assert [b.label for b in view.glance.people] == ["Hakan Fidan"]


def test_table_of_contents_only_for_long_briefings() -> None:
    a = make_article("a", "Text.")
    short = make_briefing((a,), {"decisions": (item("One.", None, a),)})
    long = make_briefing((a,), {k: tuple(item(f"{k} {n}.", None, a) for n in range(15)) for k in ("decisions", "x")})
    assert to_view(short).toc is False
    assert to_view(long).toc is True


def test_every_view_field_is_documented_for_templates() -> None:
    variables = {v.path: v for v in template_variables()}
    for f in dataclasses.fields(BriefingView):
        assert variables[f"b.{f.name}"].doc, f"b.{f.name} has no #: comment"
    assert variables["b.sections[].items[].actor"].type == "str"
    assert variables["b.glance.counts[].percent"].type == "float"
    assert all(v.doc for v in variables.values())


def test_sources_list_only_articles_the_shown_items_cite() -> None:
    a, b, c, d = (make_article(x, f"{x} text.") for x in "abcd")
    items = (item("First.", None, c), item("Second.", None, a), item("Cut off by the cap.", None, d))
    view = to_view(make_briefing((a, b, c, d), {"decisions": items}), ViewOptions(max_items=2))
    assert [(s.number, s.article_id) for s in view.sources] == [(1, "a"), (2, "c")]
    assert [i.citations for i in view.sections[0].items] == [(2,), (1,)]
    assert (view.source_count, view.uncited) == (4, 2)


def test_a_fact_reprinted_everywhere_cites_a_few_sources_and_counts_the_rest() -> None:
    import datetime as dt

    from briefing.model import Article, Briefing, Item, Period, Section, Source
    from briefing.render.view import ViewOptions, to_view

    articles = tuple(
        Article(f"a{n:03}", f"/s/a{n:03}.txt", f"T{n}", dt.date(2025, 3, 1), None, None, ("The sides signed it.",))
        for n in range(40)
    )
    quotes = ("The sides signed it.", "Both sides signed it.", "The two sides signed it.")
    item = Item("Signed it.", "the sides", tuple(Source(a.id, quotes[n % 3]) for n, a in enumerate(articles)))
    briefing = Briefing(
        "B",
        dt.datetime(2025, 3, 2, tzinfo=dt.UTC),
        Period(dt.date(2025, 3, 1), dt.date(2025, 3, 1)),
        articles,
        (item,),
        (Section("decisions", "Key decisions", (item,)),),
    )
    view = to_view(briefing, ViewOptions(max_citations=5, max_quotes=2))
    shown = view.sections[0].items[0]
    assert shown.citations == (1, 2, 3, 4, 5)
    assert shown.more_sources == 35
    assert len(shown.quotes) == 2
    assert len(view.sources) == 5 and view.uncited == 35


def test_view_option_defaults_are_the_config_defaults() -> None:
    """ViewOptions() in tests and previews must look like a run with an empty config."""
    from briefing.config import Config
    from briefing.render import view_options

    assert view_options(Config()) == ViewOptions()
