"""HTML from the Jinja2 template: structure, escaping, inheritance, strictness."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.errors import RenderError
from briefing.render.html import render_html
from briefing.render.view import ViewOptions, to_view

from .render_support import copy_templates, item, make_article, make_briefing, rendered

TRAP = 'R&D <draft> & co\'s "plan"'


class _Collect(HTMLParser):
    """Visible text and a list of (tag, attrs) for every start tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def briefing():
    a = make_article("a", f"The ministry announced {TRAP} today.")
    b = make_article("b", "Қасым-Жомарт Тоқаев signed the treaty.")
    return make_briefing(
        (a, b),
        {
            "decisions": (item("Signed the treaty.", "Қасым-Жомарт Тоқаев", b),),
            "proposals": (item(f"Announced {TRAP}.", None, a, b),),
            "security": (),
            "energy": (item("Proposed a pipeline.", "Oʻzbekiston", a),),
        },
        summary=(item("Signed the treaty.", "Қасым-Жомарт Тоқаев", b),),
    )


def test_markup_in_articles_is_text_not_html(briefing) -> None:
    page = rendered(briefing, "html").decode()
    assert "<draft>" not in page
    assert "R&amp;D &lt;draft&gt;" in page
    assert f"Announced {TRAP}." in html.unescape(" ".join(parse(page).text))


def test_actor_bold_citations_link_to_numbered_sources(briefing) -> None:
    page = rendered(briefing, "html", marking="UNCLASSIFIED - FOR INTERNAL USE").decode()
    doc = parse(page)
    ids = {attrs.get("id") for _, attrs in doc.tags}
    cites = [attrs["href"] for tag, attrs in doc.tags if tag == "a" and attrs.get("class") == "cite"]
    assert cites == ["#source-2", "#source-2", "#source-1", "#source-2", "#source-1"]
    assert all(c and c[1:] in ids for c in cites)
    assert '<strong class="actor">Қасым-Жомарт Тоқаев</strong>' in page
    assert page.count("UNCLASSIFIED - FOR INTERNAL USE") == 2  # cover and running header
    assert 'id="section-energy"' in page and ">Energy</h2>" in page  # the user-defined section
    assert "No items in this period." in page  # empty security section
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart"' in page


def test_quotes_follow_the_config_switch(briefing) -> None:
    quote = "Қасым-Жомарт Тоқаев signed the treaty."
    assert quote in rendered(briefing, "html", show_quotes=True).decode()
    assert quote not in rendered(briefing, "html", show_quotes=False).decode()


def test_cover_has_period_generation_time_zone_and_source_count(briefing) -> None:
    page = rendered(briefing, "html", timezone="Europe/Istanbul").decode()
    assert "23-29 November 2025" in page
    assert "29 November 2025, 21:30 Europe/Istanbul (UTC+03:00)" in page
    assert "2 articles" in page
    assert '<meta name="dcterms.created" content="2025-11-29T18:30:00+00:00">' in page


def test_child_template_overrides_only_the_cover(tmp_path: Path, briefing) -> None:
    templates = copy_templates(tmp_path / "t")
    (templates / "mine.html.j2").write_text(
        '{% extends "briefing.html.j2" %}{% block cover %}<h1 class="mine">Weekly: {{ b.title }}</h1>{% endblock %}',
        encoding="utf-8",
    )
    page = rendered(briefing, "html", templates, html_template="mine.html.j2").decode()
    assert '<h1 class="mine">Weekly: Test Briefing</h1>' in page
    assert 'class="kicker"' not in page  # the default cover is gone
    assert 'id="sources"' in page and "Signed the treaty." in page  # the rest is inherited


def test_unknown_variable_names_file_and_line(tmp_path: Path, briefing) -> None:
    templates = copy_templates(tmp_path / "t")
    (templates / "briefing.html.j2").write_text("<p>\n{{ b.title }}\n{{ b.titel }}</p>\n", encoding="utf-8")
    with pytest.raises(RenderError) as err:
        render_html(to_view(briefing, ViewOptions()), templates)
    assert str(err.value).startswith(f"{templates / 'briefing.html.j2'}:3: unknown variable:")
    assert "titel" in str(err.value)


def test_syntax_error_names_file_and_line(tmp_path: Path, briefing) -> None:
    templates = copy_templates(tmp_path / "t")
    (templates / "briefing.html.j2").write_text("<p>\n{% if b.title %}\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"briefing\.html\.j2:\d+: syntax error: Unexpected end of template"):
        render_html(to_view(briefing, ViewOptions()), templates)


@pytest.mark.parametrize(
    "source",
    ["{{ ''.__class__.__mro__ }}", "{{ b.__class__ }}", "{{ b.title.__class__.__base__.__subclasses__() }}"],
)
def test_sandbox_refuses_internals(tmp_path: Path, briefing, source: str) -> None:
    templates = copy_templates(tmp_path / "t")
    (templates / "briefing.html.j2").write_text(f"<p>\n{source}\n</p>", encoding="utf-8")
    with pytest.raises(RenderError, match=r"briefing\.html\.j2:2: forbidden in a template: .*unsafe"):
        render_html(to_view(briefing, ViewOptions()), templates)


@pytest.mark.parametrize("name", ["/etc/passwd", "../../../../../etc/passwd", "outside.txt"])
def test_templates_cannot_include_files_outside_their_folder(tmp_path: Path, briefing, name: str) -> None:
    (tmp_path / "outside.txt").write_text("SECRET-OUTSIDE", encoding="utf-8")
    templates = copy_templates(tmp_path / "t")
    (templates / "outside.txt").symlink_to(tmp_path / "outside.txt")
    (templates / "briefing.html.j2").write_text(f'<p>\n{{% include "{name}" %}}</p>', encoding="utf-8")
    with pytest.raises(RenderError, match=r"briefing\.html\.j2:2: template .* not found") as err:
        render_html(to_view(briefing, ViewOptions()), templates)
    assert "SECRET" not in str(err.value)


def test_missing_template_says_how_to_fix(tmp_path: Path, briefing) -> None:
    with pytest.raises(RenderError, match=r"template not found \(run `briefing templates init`"):
        render_html(to_view(briefing, ViewOptions()), tmp_path)


def test_sample_briefing_matches_the_golden_html() -> None:
    """The whole page, compared with a reviewed copy. After an intended template change:
    BRIEFING_UPDATE_GOLDEN=1 pytest tests/test_render_html.py, then review the diff."""
    import os

    from briefing.render import DEFAULT_TEMPLATES
    from briefing.render.sample import sample_briefing, sample_options
    from briefing.render.templates import SAMPLE_NOW

    golden = Path(__file__).parent / "golden" / "sample-briefing.html"
    page = render_html(to_view(sample_briefing(SAMPLE_NOW), sample_options()), DEFAULT_TEMPLATES)
    if os.environ.get("BRIEFING_UPDATE_GOLDEN") == "1":
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8"), "HTML changed: review, then regenerate the golden file"


def test_the_html_file_carries_its_stylesheet(tmp_path: Path, briefing) -> None:
    templates = copy_templates(tmp_path / "t")
    (templates / "briefing.css").write_text("h1 { color: #123456 }\n/* </style><b>x</b> */\n", "utf-8")
    page = rendered(briefing, "html", templates).decode()
    assert 'href="briefing.css"' not in page  # the HTML file stands alone
    # "</" is escaped so the stylesheet cannot close its <style> element early.
    assert "<style>\nh1 { color: #123456 }\n/* <\\/style><b>x<\\/b> */\n</style>" in page
