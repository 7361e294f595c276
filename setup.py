"""Build: the pure per-sentence core compiled with mypyc when it can be, pure Python otherwise.

Everything else about the package is in pyproject.toml. This file only adds the compiled
modules (:data:`COMPILED`): mypyc turns them into C extensions placed beside their sources.
The install never fails because of that step: without mypyc, without a working C compiler or
Python headers, or with ``BRIEFING_PURE=1`` in the environment, it installs pure Python and
says so in one line (``pip install -v`` shows it).

Next to the extensions the build writes ``briefing/_native.json``: the SHA-256 of each compiled
source. :mod:`briefing._native` uses the extensions only while every source still has that hash,
so an edited ``.py`` can never silently run as its stale compiled module.

``python setup.py --core`` prints :data:`COMPILED` (the Makefile's rebuild stamp depends on them).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent

#: The pure per-sentence core (what the speed benchmark's profile shows as hot, and what it
#: calls): no I/O, no CLI, pipeline, readers, renderers, cache or state; not baseline.py (the
#: trivial pass the summariser is measured against) nor model.py (records every stage shares).
COMPILED = (
    "briefing/tokens.py",
    "briefing/sentences.py",
    "briefing/lexicon.py",
    "briefing/actors.py",
    "briefing/quotes.py",
    "briefing/grammar.py",
    "briefing/dates.py",
    "briefing/entities.py",
    "briefing/condense.py",
    "briefing/importance.py",
    "briefing/textlayout.py",
    "briefing/classify.py",
    "briefing/summarise.py",
    "briefing/rules/clauses.py",
    "briefing/rules/context.py",
    "briefing/rules/decisions.py",
    "briefing/rules/proposals.py",
    "briefing/rules/security.py",
    "briefing/rules/actor_choice.py",
)
#: The extension holding the compiled code (the per-module extensions only forward to it). A
#: top-level module, as mypyc expects (it derives each module's ``__file__`` from the folder above
#: the package); in an editable install briefing/_native.py finds it beside the package folder.
GROUP = "briefing_core"
MANIFEST = "_native.json"


def say(line: str) -> None:
    print(f"briefing build: {line}", file=sys.stderr)


def manifest() -> dict[str, object]:
    """What the build compiled: each module and its source's SHA-256 (see briefing/_native.py)."""
    modules = {
        path.removesuffix(".py").replace("/", "."): hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
        for path in COMPILED
    }
    return {"format": 1, "group": GROUP, "python": sys.implementation.cache_tag, "modules": modules}


_RECORDED: dict[str, object] = {}  # the manifest of the sources being compiled


def clean_source_tree() -> None:
    """Delete compiled modules an earlier editable build left beside the sources, and their manifest.

    A pure build must not leave them there: Python would import them before the ``.py`` files.
    """
    package = ROOT / "briefing"
    (package / MANIFEST).unlink(missing_ok=True)
    for stem in [p.removesuffix(".py") for p in COMPILED] + [GROUP + "__mypyc"]:
        folder, name = (ROOT / stem).parent, (ROOT / stem).name
        for built in folder.glob(f"{name}.*.so"):
            built.unlink()


def extensions() -> list[object]:
    """The mypyc extensions, or none (pure Python) when compiling is switched off or impossible."""
    pure = None
    if os.environ.get("BRIEFING_PURE", "") not in ("", "0"):
        pure = "BRIEFING_PURE is set"
    else:
        try:
            from mypyc.build import mypycify

            recorded = manifest()  # the sources as mypyc reads them now
            # Errors only in the compiled modules: in pip's isolated build the runtime dependencies
            # (msgspec, ...) are not installed, so modules that merely import them would not type-check.
            built = list(mypycify(["--follow-imports=silent", *COMPILED], opt_level="3", group_name=GROUP))
            _RECORDED.update(recorded)
            return built
        except ImportError as err:
            pure = f"mypyc is not available ({err})"
        except (Exception, SystemExit) as err:  # mypyc exits on a type error it cannot compile
            pure = f"mypyc could not compile the core ({type(err).__name__}: {err})"
    clean_source_tree()
    say(f"{pure}; installing pure Python")
    return []


def optional_build_ext() -> type[Any]:
    """build_ext that falls back to pure Python when the C build fails, and writes the manifest.

    Made in a function: ``python setup.py --core`` and ``make clean`` need no setuptools.
    """
    from setuptools.command.build_ext import build_ext

    class OptionalBuildExt(build_ext):
        def run(self) -> None:
            if not self.extensions:
                return
            try:
                super().run()
            except Exception as err:  # no compiler, no headers, a compiler error: the .py modules serve
                self._remove_outputs()
                clean_source_tree()
                say(f"C build failed ({type(err).__name__}: {str(err)[:160]}); installing pure Python")
                return
            target = Path(self.get_ext_fullpath("briefing.classify")).parent  # the package folder
            text = json.dumps(_RECORDED or manifest(), indent=1, sort_keys=True) + "\n"
            (target / MANIFEST).write_text(text, encoding="utf-8")
            self._manifest = str(target / MANIFEST)
            say(f"compiled {len(COMPILED)} core modules with mypyc")

        def get_outputs(self) -> list[str]:
            extra = [self._manifest] if getattr(self, "_manifest", None) else []
            return [*super().get_outputs(), *extra]

        def _remove_outputs(self) -> None:
            """Delete extensions built before the failure: a partial set must not be installed."""
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = []

    return OptionalBuildExt


#: Commands that build modules; the others (egg_info, dist_info: pip asks for metadata first) need no
#: compiling, which takes most of a minute.
_BUILDS = frozenset(["build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install", "bdist_egg"])

if __name__ == "__main__":
    if sys.argv[1:] == ["--core"]:
        print(" ".join(COMPILED))
    else:
        os.chdir(ROOT)  # mypycify takes paths relative to the project
        from setuptools import setup

        modules = extensions() if _BUILDS.intersection(sys.argv[1:]) else []
        setup(ext_modules=modules, cmdclass={"build_ext": optional_build_ext()})
