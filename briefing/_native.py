"""Use the mypyc-compiled core only while it was compiled from the sources beside it.

``setup.py`` may compile the pure per-sentence modules (tokens, actors, classify, rules, ...) to C
extensions placed next to their ``.py`` files, and writes ``_native.json``: the SHA-256 of every
source it compiled. Python prefers an extension to a ``.py`` of the same name, so a developer who
edits ``actors.py`` after a build would silently run the old compiled code. :class:`Guard` (a
meta path finder that ``briefing/__init__.py`` installs first) prevents that: on the first import
of a compiled module it checks every listed source against its recorded hash, and

- all equal: the extensions load as usual (:func:`status` says ``compiled``);
- any differs (or the manifest is unreadable, or was made for another Python): *every* listed
  module loads from its ``.py``, with one :class:`RuntimeWarning` naming the edited source and the
  rebuild command. All or none, because compiled modules call each other's compiled code
  directly: one module run from source beside stale compiled ones would still run stale code;
- ``BRIEFING_PURE=1`` in the environment: the ``.py`` modules, without a warning.

Without a manifest (a pure install) the guard does nothing. The check reads ~20 small files once
per process and only when a compiled module is first imported, so ``briefing --help`` pays nothing.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

MANIFEST = "_native.json"
#: The extension holding the compiled code, beside the package folder (setup.py's GROUP + "__mypyc").
GROUP_LIB = "briefing_core__mypyc"
_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether the compiled modules are used, why, and which modules must then load from their
    ``.py`` (those the manifest lists; None: every module of the package, the manifest being unreadable)."""

    compiled: bool
    reason: str
    modules: frozenset[str] | None


def decide(package_dir: Path, environ: dict[str, str] | os._Environ[str] | None = None) -> Decision:
    """Read ``package_dir``'s manifest and compare each listed source with its recorded hash (pure
    but for reading those files)."""
    import hashlib
    import json

    env = os.environ if environ is None else environ
    path = package_dir / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        recorded: dict[str, str] = dict(data["modules"])
        tag = data["python"]
    except FileNotFoundError:
        return Decision(False, "pure Python build (no compiled core)", frozenset())
    except (OSError, ValueError, KeyError, TypeError) as err:
        # Which modules were compiled is unknown: every module of the package loads from its .py.
        return Decision(False, f"compiled core is stale: {path} is unreadable ({err})", None)
    names = frozenset(recorded)
    if env.get("BRIEFING_PURE", "") not in ("", "0"):
        return Decision(False, "BRIEFING_PURE is set: running the pure-Python core", names)
    if tag != sys.implementation.cache_tag:
        return Decision(False, f"compiled core is for {tag}, this is {sys.implementation.cache_tag}", names)
    root = package_dir.parent
    for name, digest in sorted(recorded.items()):
        source = root / (name.replace(".", "/") + ".py")
        try:
            now = hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError:
            now = "missing"
        if now != digest:
            return Decision(False, f"compiled core is stale: {source} changed since it was compiled", names)
    return Decision(True, f"compiled core in use ({len(names)} modules)", names)


class Guard:
    """Meta path finder: sends imports of listed modules to their ``.py`` when the core is not used."""

    def __init__(self, package_dir: Path, environ: dict[str, str] | None = None) -> None:
        self.package_dir = package_dir
        self.environ = environ  # None: the process environment, read at the first decision
        self.decision: Decision | None = None

    def current(self) -> Decision:
        if self.decision is None:
            self.decision = decide(self.package_dir, self.environ)
            if not self.decision.compiled and "stale" in self.decision.reason:
                import warnings

                warnings.warn(
                    f"{self.decision.reason}; running the pure-Python modules (slower). "
                    "Rebuild with `make test` or `pip install -e .`",
                    RuntimeWarning,
                    stacklevel=3,
                )
        return self.decision

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname == GROUP_LIB:
            return self._group_spec()
        if not fullname.startswith("briefing."):
            return None
        decision = self.current()
        if decision.compiled or (decision.modules is not None and fullname not in decision.modules):
            return None  # the usual finders: the extension when compiled, else the only file there is
        source = self.package_dir.parent / (fullname.replace(".", "/") + ".py")
        if not source.is_file():
            return None  # a subpackage (its __init__.py is never compiled)
        return importlib.util.spec_from_file_location(fullname, source)

    def _group_spec(self) -> importlib.machinery.ModuleSpec | None:
        """The compiled code's extension beside the package folder: an editable install does not put
        that folder on ``sys.path`` (a regular install does, and then either finder finds the same file)."""
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            lib = self.package_dir.parent / (GROUP_LIB + suffix)
            if lib.is_file():
                return importlib.util.spec_from_file_location(GROUP_LIB, lib)
        return None


_GUARD = Guard(_HERE)


def install() -> None:
    """Put the guard first on ``sys.meta_path`` (once)."""
    if _GUARD not in sys.meta_path:
        sys.meta_path.insert(0, _GUARD)


def status() -> Decision:
    """Whether this process runs the compiled core, and why (``briefing --version`` style reporting, tests)."""
    return _GUARD.current()
