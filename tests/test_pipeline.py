"""End to end: hand-written articles in, every format out, read back and cross-checked."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.pipeline import RunOptions, run

from .conftest import weasyprint_available


def squash(text: str) -> str:
    """Compare texts across PDF line breaks and hyphenation: letters and digits only."""
    return re.sub(r"[^\w]", "", text).lower()


@pytest.fixture
def outputs(config_file: Path, now: dt.datetime) -> dict[str, Path]:
    config = load_config(config_file)
    formats = ("json", "html", "md", "docx") + (() if weasyprint_available() else ("pdf",))
    result = run(config, now=now, options=RunOptions(formats=formats))
    assert result.ok and not result.skipped
    return {p.suffix[1:]: p for p in result.files}


def all_items(contract: dict) -> list[dict]:
    return contract["summary"] + [i for items in contract["sections"].values() for i in items]


def test_json_contract(outputs: dict[str, Path]) -> None:
    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    assert data["schema"] == "briefing/1"
    assert data["generated_at"] == "2025-03-15T09:30:00+00:00"
    assert data["period"] == {"start": "2025-03-10", "end": "2025-03-14"}
    assert [a["id"] for a in data["articles"]] == ["01-lakeside-summit", "02-state-visit", "03-festival", "04-forum"]
    assert set(data["sections"]) == {"decisions", "proposals", "security"}
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in data["articles"]}
    for item in all_items(data):
        assert item["text"] and item["sources"]
        for src in item["sources"]:
            if not src["article"].endswith("forum"):  # HTML quotes are exact in the extracted text
                assert src["quote"] in texts[src["article"]], src["quote"]
    decisions = " ".join(i["text"] for i in data["sections"]["decisions"]).lower()
    assert "signed a treaty" in decisions and "roadmap" in decisions
    assert "road agreement" not in decisions  # "will sign": a plan, not a decision
    assert "customs code" not in decisions  # "did not approve": negated
    proposals = " ".join(i["text"] for i in data["sections"]["proposals"]).lower()
    assert "water monitoring centre" in proposals and "trade house" in proposals
    assert any("drug trafficking" in i["sources"][0]["quote"] for i in data["sections"]["security"])
    assert not any(s["article"] == "03-festival" for i in data["sections"]["decisions"] for s in i["sources"])
    assert 1 <= len(data["summary"]) <= 4


def test_every_item_appears_in_docx_and_pdf(outputs: dict[str, Path]) -> None:
    import docx

    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    document = docx.Document(str(outputs["docx"]))
    docx_text = squash("\n".join(p.text for p in document.paragraphs))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1"} <= styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    for heading in ("Executive summary", "Key decisions", "Proposals", "Security", "Sources"):
        assert heading in headings
    for item in all_items(data):
        assert squash(item["text"]) in docx_text, item["text"]
        if item["actor"]:
            assert squash(item["actor"]) in docx_text
    if "pdf" not in outputs:
        pytest.skip(weasyprint_available() or "no PDF")
    from pypdf import PdfReader

    reader = PdfReader(str(outputs["pdf"]))
    pdf_text = squash("\n".join(page.extract_text() for page in reader.pages))
    assert outputs["pdf"].read_bytes().startswith(b"%PDF-")
    for word in ("Executive summary", "Key decisions", "Proposals", "Security", "Sources", "Test Briefing"):
        assert squash(word) in pdf_text
    for item in all_items(data):
        assert squash(item["text"]) in pdf_text, item["text"]


def test_html_and_markdown_say_the_same(outputs: dict[str, Path]) -> None:
    data = json.loads(outputs["json"].read_text(encoding="utf-8"))
    html = outputs["html"].read_text(encoding="utf-8")
    md = outputs["md"].read_text(encoding="utf-8")
    for item in all_items(data):
        assert squash(item["text"]) in squash(html)
        assert squash(item["text"]) in squash(md.replace("\\", ""))


def test_no_temporary_files_are_left(outputs: dict[str, Path]) -> None:
    folder = next(iter(outputs.values())).parent
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_dated_names_never_overwrite_a_different_briefing(config_file: Path, now: dt.datetime, seeds: Path) -> None:
    config = load_config(config_file)
    first = run(config, now=now).files[0]
    again = run(config, now=now).files[0]
    assert again == first  # the same briefing regenerated keeps its name
    (seeds / "03-festival.txt").unlink()
    other = run(config, now=now).files[0]
    assert other != first and other.name.endswith("-2.json")
    assert first.exists() and json.loads(first.read_text())["articles"][2]["id"] == "03-festival"


def test_since_until_select_articles_by_date(config_file: Path, now: dt.datetime) -> None:
    config = load_config(config_file)
    options = RunOptions(since=dt.date(2025, 3, 12), until=dt.date(2025, 3, 13))
    result = run(config, now=now, options=options)
    assert [a.id for a in result.briefing.articles] == ["02-state-visit", "04-forum"]
    assert (result.briefing.period.start, result.briefing.period.end) == (dt.date(2025, 3, 12), dt.date(2025, 3, 13))


def test_user_section_appears_in_the_json(tmp_path: Path, config_file: Path, now: dt.datetime) -> None:
    text = config_file.read_text() + '[sections.energy]\ntitle = "Energy"\ncues = ["hydropower", "energy"]\n'
    config_file.write_text(text)
    result = run(load_config(config_file), now=now)
    data = json.loads(result.files[0].read_text())
    assert list(data["sections"]) == ["decisions", "proposals", "security", "energy"]
    assert any("hydropower" in i["text"] for i in data["sections"]["energy"])
