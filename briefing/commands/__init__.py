"""CLI sub-commands, one module each, registered by name in ``COMMANDS``.

Each module exposes ``add_parser(subparsers) -> None`` (cheap: no heavy imports, so
``briefing --help`` stays fast) and ``run(args) -> int``; ``cli.main`` wires them up.
"""

from __future__ import annotations

#: Sub-command name -> module under ``briefing.commands`` (imported on demand).
COMMANDS: dict[str, str] = {
    "generate": "generate",
    "eval": "eval",
    "templates": "templates",
    "schedule": "schedule",
    "history": "history",
}
