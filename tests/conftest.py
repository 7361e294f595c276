"""Shared fixtures: a fixed clock, a copy of the hand-written articles, a tmp config."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2025, 3, 15, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A fresh copy of tests/data/articles (four articles: txt, md, txt without items, html)."""
    target = tmp_path / "seeds"
    shutil.copytree(DATA / "articles", target)
    return target


@pytest.fixture
def config_file(tmp_path: Path, seeds: Path) -> Path:
    """A config pointing at the copied seeds, a tmp output folder and the repo's templates."""
    path = tmp_path / "briefing.toml"
    path.write_text(
        f'title = "Test Briefing"\nseeds = "{seeds}"\noutput = "{tmp_path / "output"}"\n'
        f'templates = "{REPO / "templates"}"\nformats = ["json"]\n',
        encoding="utf-8",
    )
    return path


def weasyprint_available() -> str | None:
    """None when WeasyPrint imports, else the reason (for skip messages)."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as err:
        return f"WeasyPrint/Pango not available: {err}"
    return None


def pytest_report_header() -> str:
    """Which summariser core this run tests: compiled (setup.py, mypyc) or pure Python, and why."""
    from briefing import _native

    return f"briefing core: {_native.status().reason}"
