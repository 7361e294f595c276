import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import ReadError
from briefing.readers import READERS, Unreadable, article_id, decode, read_file, read_seeds

TODAY = dt.date(2025, 12, 1)
DATA = Path(__file__).parent / "data" / "articles"


def read(path: Path):
    return read_file(path, max_bytes=1_000_000, today=TODAY)


def test_plain_text_article_metadata() -> None:
    art = read(DATA / "01-lakeside-summit.txt")
    assert art.id == "01-lakeside-summit"
    assert art.title == "Leaders Sign Water Treaty at Lakeside Summit"
    assert art.date == dt.date(2025, 3, 14)
    assert art.outlet == "Steppe Wire"
    assert "Border and Security" in art.headings
    assert "By Staff Correspondent" in art.headings
    assert art.paragraphs[0].startswith("The presidents of Kazakhstan and Kyrgyzstan signed")


def test_markdown_front_matter_and_headings() -> None:
    art = read(DATA / "02-state-visit.md")
    assert art.title == "Minister Visits Tashkent for Talks on Trade"
    assert art.date == dt.date(2025, 3, 12)
    assert art.outlet == "Caravan Review"
    assert art.url == "https://example.org/news/minister-visits-tashkent"
    assert art.headings == ("Next steps",)
    assert not any(p.startswith("#") for p in art.paragraphs)


def test_html_goes_through_the_extractor() -> None:
    art = read(DATA / "04-forum.html")
    assert art.title == "Investment Forum Opens in Dushanbe"
    assert art.outlet == "Pamir Herald"
    assert art.date == dt.date(2025, 3, 13)
    body = " ".join(art.paragraphs)
    assert "hydropower plant" in body
    assert "Subscribe" not in body and "Home" not in body


def test_ids_are_stable_and_file_name_based() -> None:
    assert article_id(Path("/x/My Report ü.txt")) == "My-Report-ü"
    assert article_id(Path("000_a40af14279bac9a9.txt")) == "000_a40af14279bac9a9"


def test_registry_lists_supported_extensions() -> None:
    assert {".txt", ".md", ".html", ".htm"} <= set(READERS)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  \n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("only-title.txt", b"Just A Headline\n\nAnother Heading\n", "no body text"),
        ("notes.pdf", b"%PDF-1.4 whatever", "unknown extension '.pdf'"),
        ("noext", b"Some text here.", "unknown extension '(none)'"),
    ],
)
def test_bad_files_give_a_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(Unreadable, match=reason.replace("(", r"\(").replace(")", r"\)")) as err:
        read(path)
    assert "\n" not in str(err.value)


def test_huge_file_is_refused_by_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"The leaders met. " * 200_000)
    with pytest.raises(Unreadable, match=r"3\.4 MB, over the 1 MB limit \(raise max_article_bytes"):
        read(path)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1251"])
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = {
        "latin-1": "Le président a signé l'accord à Genève après une longue réunion des délégations.\n",
        "cp1251": "Президенты подписали договор о границе после долгих переговоров в столице.\n",
    }[encoding]
    path = tmp_path / "legacy.txt"
    path.write_bytes((text * 3).encode(encoding))
    art = read(path)
    assert art.paragraphs[0].startswith(text.split()[0])


def test_utf8_with_bom_is_read() -> None:
    assert decode("\ufeffHello there.".encode()) == "Hello there."


def test_read_seeds_skips_dotfiles_and_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / ".gitkeep").write_text("")
    (tmp_path / "good.txt").write_text("The ministers signed a plan on Monday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    report = read_seeds(tmp_path, max_bytes=1000, today=TODAY)
    assert [a.id for a in report.articles] == ["good"]
    assert [(s.path.name, s.reason) for s in report.skipped] == [("bad.txt", "empty file")]


def test_same_stem_in_two_formats_keeps_ids_distinct(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The ministers signed a plan on Monday.", encoding="utf-8")
    (tmp_path / "a.md").write_text("The ministers adopted a plan on Tuesday.", encoding="utf-8")
    ids = [a.id for a in read_seeds(tmp_path, max_bytes=1000, today=TODAY).articles]
    assert len(set(ids)) == 2


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="does not exist"):
        read_seeds(tmp_path / "nope", max_bytes=1000, today=TODAY)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_bytes_are_read_or_skipped_never_crash(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / f"x{suffix}").write_bytes(data)
    report = read_seeds(folder, max_bytes=10_000, today=TODAY)
    assert len(report.articles) + len(report.skipped) == 1
    for article in report.articles:
        assert article.paragraphs and all(p.strip() for p in article.paragraphs)
    for skip in report.skipped:
        assert "\n" not in skip.reason
