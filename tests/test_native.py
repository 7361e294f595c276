"""The compiled core (setup.py, mypyc) is used only while it matches its sources, and changes nothing.

The header of every pytest run says which core runs (see conftest.py); CI runs the suite both ways.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import _native

ROOT = Path(__file__).resolve().parent.parent


def test_the_status_says_which_core_this_process_runs() -> None:
    import briefing.classify
    import briefing.tokens

    status = _native.status()
    loaded_compiled = [m.__file__.endswith(".py") is False for m in (briefing.classify, briefing.tokens)]
    assert loaded_compiled == [status.compiled, status.compiled], status.reason


def _package(tmp_path: Path, sources: dict[str, str], recorded: dict[str, str] | None = None) -> Path:
    """A fake installed package ``briefing`` under ``tmp_path`` with its manifest (hashes of ``recorded``)."""
    package = tmp_path / "briefing"
    package.mkdir()
    for name, text in sources.items():
        (package / f"{name}.py").write_text(text, encoding="utf-8")
    built = sources if recorded is None else recorded
    modules = {f"briefing.{n}": hashlib.sha256(t.encode()).hexdigest() for n, t in built.items()}
    manifest = {"format": 1, "group": "briefing_core", "python": sys.implementation.cache_tag, "modules": modules}
    (package / _native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return package


def test_sources_as_compiled_use_the_compiled_core(tmp_path: Path) -> None:
    package = _package(tmp_path, {"tokens": "X = 1\n", "actors": "Y = 2\n"})
    decision = _native.decide(package, environ={})
    assert decision.compiled
    assert decision.modules == {"briefing.tokens", "briefing.actors"}


def test_one_edited_source_sends_every_compiled_module_to_its_py(tmp_path: Path) -> None:
    package = _package(
        tmp_path, {"tokens": "X = 1\n", "actors": "Y = 3\n"}, recorded={"tokens": "X = 1\n", "actors": "Y = 2\n"}
    )
    decision = _native.decide(package, environ={})
    assert not decision.compiled
    assert "actors.py changed since it was compiled" in decision.reason
    assert decision.modules == {"briefing.tokens", "briefing.actors"}  # the unedited one too
    guard = _native.Guard(package, environ={})
    with pytest.warns(RuntimeWarning, match="stale.*make test"):
        spec = guard.find_spec("briefing.tokens", None)
    assert spec is not None and spec.origin == str(package / "tokens.py")
    assert guard.find_spec("briefing.cli", None) is None  # never compiled: the usual finders


def test_a_deleted_source_is_stale_too(tmp_path: Path) -> None:
    package = _package(tmp_path, {"tokens": "X = 1\n"}, recorded={"tokens": "X = 1\n", "gone": "Z = 0\n"})
    assert "gone.py changed" in _native.decide(package, environ={}).reason


def test_no_manifest_is_a_pure_build_and_redirects_nothing(tmp_path: Path) -> None:
    package = tmp_path / "briefing"
    package.mkdir()
    (package / "tokens.py").write_text("X = 1\n", encoding="utf-8")
    decision = _native.decide(package, environ={})
    assert (decision.compiled, decision.modules) == (False, frozenset())
    assert _native.Guard(package, environ={}).find_spec("briefing.tokens", None) is None


def test_an_unreadable_manifest_sends_every_module_to_its_py(tmp_path: Path) -> None:
    package = _package(tmp_path, {"tokens": "X = 1\n"})
    (package / _native.MANIFEST).write_text("{not json", encoding="utf-8")
    decision = _native.decide(package, environ={})
    assert not decision.compiled and decision.modules is None
    with pytest.warns(RuntimeWarning, match="unreadable"):
        spec = _native.Guard(package, environ={}).find_spec("briefing.tokens", None)
    assert spec is not None and spec.origin == str(package / "tokens.py")


def test_briefing_pure_switches_the_compiled_core_off(tmp_path: Path) -> None:
    package = _package(tmp_path, {"tokens": "X = 1\n"})
    assert not _native.decide(package, environ={"BRIEFING_PURE": "1"}).compiled
    assert _native.decide(package, environ={"BRIEFING_PURE": "0"}).compiled


def test_a_core_built_for_another_python_is_not_used(tmp_path: Path) -> None:
    package = _package(tmp_path, {"tokens": "X = 1\n"})
    data = json.loads((package / _native.MANIFEST).read_text(encoding="utf-8"))
    data["python"] = "cpython-399"
    (package / _native.MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    assert "cpython-399" in _native.decide(package, environ={}).reason


_DUMP = """
import json, sys, datetime as dt
from pathlib import Path
import briefing._native
from briefing.readers import read_file
from briefing.render.json import to_contract
from briefing.summarise import analyse, summarise
now = dt.datetime(2025, 3, 15, tzinfo=dt.UTC)
arts = [read_file(p, max_bytes=10**7, today=now.date()) for p in sorted(Path(sys.argv[1]).iterdir())]
analysed = analyse(arts)
out = to_contract(summarise(analysed, title="t", now=now))
out["analyses"] = [[x.actor, sorted(x.labels), x.condensed, x.importance, x.people] for _, xs in analysed for x in xs]
for a in out["articles"]:
    a.pop("path", None)
print(json.dumps({"core": briefing._native.status().compiled, "out": out}, sort_keys=True, default=str))
"""


def _dump(pure: bool) -> dict[str, object]:
    env = {**os.environ, "BRIEFING_PURE": "1" if pure else "0"}
    args = [sys.executable, "-c", _DUMP, str(ROOT / "tests" / "data" / "articles")]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True, timeout=120)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_compiled_and_pure_cores_give_the_same_briefing() -> None:
    """When this install is compiled, the pure modules must say exactly the same (else it checks pure twice)."""
    pure, default = _dump(pure=True), _dump(pure=False)
    assert pure["core"] is False
    assert default["core"] is _native.decide(Path(_native.__file__).parent, environ={}).compiled
    assert pure["out"] == default["out"]
    assert pure["out"]["sections"], "the fixtures must yield items, or this test proves nothing"  # type: ignore[index]
