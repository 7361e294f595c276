"""The analysis cache's version covers every source an analysis depends on (issue 6).

A module or data file left out of ``cache._ANALYSIS_SOURCES`` can change while the cache keeps
the analyses the old code made: a warm run then mixes them with fresh ones, and its briefing
differs from a cold run's. ``places.py`` and ``places.tsv`` (the gazetteer that names a city's
government as the actor) were left out this way.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefing
from briefing import cache

ROOT = Path(briefing.__file__).parent

#: Modules an analysis imports that do not decide what it holds, and why.
NOT_ANALYSIS = {
    "briefing._native": "chooses the compiled or the pure build of the same listed sources",
    "briefing.config": "imported by briefing.render for its types; an analysis reads no setting from it",
    "briefing.errors": "exception classes",
    "briefing.render": "the JSON renderer encodes the snapshot's items, checked by incremental._encoding",
    "briefing.render.json": "as briefing.render",
    "briefing.render.view": "as briefing.render",
}

# One article whose sentences reach the gazetteer (a capital acting), the actor rules and the
# merge keys; run in a fresh interpreter so other tests' imports do not count.
_PROBE = """
import json, sys, datetime as dt
from briefing.model import Article
from briefing.incremental import analyse_one
article = Article(
    id="probe", title="Border talks", date=dt.date(2025, 3, 4), outlet="Wire", url=None, path="probe.txt",
    paragraphs=(
        "Nairobi and Kampala signed an agreement on Tuesday to reopen the border crossing at Busia.",
        "The ministers proposed a joint commission to review customs procedures.",
    ),
)
entry = analyse_one(article, ())
assert entry.analyses, "no sentence analysed"
print(json.dumps(sorted(name for name in sys.modules if name == "briefing" or name.startswith("briefing."))))
"""


def _source(module: str) -> str:
    """The path (relative to the package) of ``module``'s source."""
    parts = module.split(".")[1:]
    package = ROOT.joinpath(*parts, "__init__.py")
    return str(package.relative_to(ROOT)) if package.is_file() else "/".join(parts) + ".py"


def _imported_by_an_analysis() -> list[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    modules: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return [m for m in modules if m != "briefing"]


def test_every_module_an_analysis_imports_is_in_the_version() -> None:
    modules = _imported_by_an_analysis()
    assert "briefing.places" in modules  # the probe reaches the gazetteer
    assert "briefing.classify" in modules
    missing = [m for m in modules if m not in NOT_ANALYSIS and _source(m) not in cache._ANALYSIS_SOURCES]
    assert missing == []


def test_every_listed_source_exists() -> None:
    assert [name for name in cache._ANALYSIS_SOURCES if not (ROOT / name).is_file()] == []


def test_every_data_file_of_the_package_is_in_the_version() -> None:
    # Data files are read, not imported: the module test cannot see them. Templates and the
    # compiled-core record are not read by an analysis (they are .html/.css/.json).
    data = sorted(str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.suffix in {".toml", ".tsv"})
    assert "places.tsv" in data and "lexicon.toml" in data
    assert [name for name in data if name not in cache._ANALYSIS_SOURCES] == []


def test_the_version_changes_with_a_listed_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # summariser_version hashes the files beside cache.py: a copy of the package whose
    # gazetteer differs by one row must get another version.
    copy = tmp_path / "briefing"
    for name in cache._ANALYSIS_SOURCES:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, copy / name)
    versions = []
    for extra in ("", "Xcity\tKE\tKenya\t999999\n"):
        with (copy / "places.tsv").open("a", encoding="utf-8") as fh:
            fh.write(extra)
        monkeypatch.setattr(cache, "__file__", str(copy / "cache.py"))
        cache.summariser_version.cache_clear()
        versions.append(cache.summariser_version())
    cache.summariser_version.cache_clear()
    monkeypatch.undo()
    assert versions[0] != versions[1]
