"""briefing: turn news articles into briefings whose every statement cites its source.

The public surface is small: :func:`load_config`, :func:`run` (the pipeline every entry
point calls) and the :class:`Briefing` record. Heavy libraries load only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _native

__version__ = "0.1.0"

# Before any submodule import: a compiled core older than its sources is never used (see _native).
_native.install()

if TYPE_CHECKING:
    from .config import load_config
    from .model import Briefing
    from .pipeline import run

__all__ = ["Briefing", "__version__", "load_config", "run"]


def __getattr__(name: str) -> Any:
    # Lazy, so `briefing --help` does not import the summariser or the renderers.
    if name == "load_config":
        from .config import load_config

        return load_config
    if name == "run":
        from .pipeline import run

        return run
    if name == "Briefing":
        from .model import Briefing

        return Briefing
    raise AttributeError(name)
