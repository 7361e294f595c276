"""End to end: articles -> `briefing generate` -> every JSON item is in the PDF and in the DOCX."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.cli import main

from .render_support import docx_text, need_pdf, pdf_text, squash

ARTICLES = {
    "astana.txt": (
        "November 24, 2025\n\nSummit in Astana\n\n"
        "ASTANA, November 24 (Wire) - President Қасым-Жомарт Тоқаев and the leaders of Kyrgyzstan signed a "
        "treaty on the state border. The ministers agreed to open two new border crossings in 2026. "
        "President Sadyr Japarov proposed to create a joint commission on water and energy.\n"
    ),
    "tashkent.txt": (
        "November 26, 2025\n\nForum in Tashkent\n\n"
        "TASHKENT, November 26 (Wire) - Oʻzbekiston proposed a regional R&D <draft> programme on hydropower. "
        "The defence ministers will hold joint counter-terrorism exercises near the border in spring.\n"
    ),
    "ankara.txt": (
        "November 28, 2025\n\nTalks in Ankara\n\n"
        "ANKARA, November 28 (Wire) - Türkiye and Kazakhstan signed an agreement on energy cooperation. "
        "Foreign Minister Hakan Fidan said both sides will step up security cooperation against drug trafficking "
        "at Doğubayazıt and Beşiktaş.\n"
    ),
}


def test_every_json_item_is_in_the_pdf_and_the_docx(tmp_path: Path, monkeypatch) -> None:
    need_pdf()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (tmp_path / "briefing.toml").write_text(
        f'templates = "{Path(__file__).resolve().parents[1] / "templates"}"\n'
        "max_items_per_section = 50\n"
        'marking = "UNCLASSIFIED - FOR INTERNAL USE"\n'
        '[sections.energy]\ntitle = "Energy"\ncues = ["energy", "hydropower"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764441000")  # 2025-11-29 18:30 UTC
    out = tmp_path / "out" / "b.pdf"
    assert main(["generate", "--seeds", str(seeds), "--format", "pdf,docx,json", "--output", str(out), "-q"]) == 0
    contract = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    items = contract["summary"] + [i for section in contract["sections"].values() for i in section]
    assert len(items) >= 6 and contract["sections"]["energy"], "the summariser found too little to test with"
    pdf = squash(pdf_text(out.read_bytes()))
    docx = squash(docx_text(out.with_suffix(".docx").read_bytes()))
    for it in items:
        assert squash(it["text"]) in pdf, it["text"]
        assert squash(it["text"]) in docx, it["text"]
        for source in it["sources"]:
            assert squash(source["quote"]) in pdf and squash(source["quote"]) in docx
        if it["actor"]:
            assert squash(it["actor"]) in pdf and squash(it["actor"]) in docx
    for article in contract["articles"]:
        assert squash(article["title"]) in pdf and squash(article["title"]) in docx
    assert "R&D<draft>" in pdf and "R&D<draft>" in docx
    assert "Page1of" in pdf


def test_a_big_briefing_is_capped_and_renders_quickly() -> None:
    import time

    from .render_support import docx_text, item, make_article, make_briefing, rendered

    articles = tuple(make_article(f"a{n}", f"Sentence {n} on the border treaty.") for n in range(2000))
    sections = {
        key: tuple(item(f"{key} item {n} was agreed.", "Actor", articles[n], articles[-n]) for n in range(400))
        for key in ("decisions", "proposals", "security", "energy", "water")
    }
    briefing = make_briefing(articles, sections, summary=sections["decisions"][:4])
    start = time.perf_counter()
    page = rendered(briefing, "html").decode()
    text = rendered(briefing, "md").decode()
    docx = docx_text(rendered(briefing, "docx"))
    elapsed = time.perf_counter() - start
    for output in (page, text, docx):
        assert "decisions item 14 was agreed." in output and "decisions item 15 was agreed." not in output
        assert "385 more items in the JSON briefing." in output
        assert "1971 further articles read but not cited above" in output  # items 0-14 cite 29 articles
    assert elapsed < 10, f"HTML+Markdown+DOCX of 2000 sources / 2000 items took {elapsed:.1f}s"


def test_an_empty_or_undated_briefing_renders_in_every_format() -> None:
    from briefing.model import Period

    from .render_support import make_article, make_briefing, rendered

    a = make_article("a", "Nothing happened.", title=None, date=None, outlet=None, url=None, path="a.txt")
    for sections in ({}, {"decisions": ()}):
        briefing = make_briefing((a,), sections, period=Period(None, None))
        for fmt in ("json", "html", "md", "docx"):
            assert rendered(briefing, fmt)
        page = rendered(briefing, "html").decode()
        assert "undated articles" in page and "No items in this period." in page
    need_pdf()
    assert rendered(briefing, "pdf").startswith(b"%PDF-")
