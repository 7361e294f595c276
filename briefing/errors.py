"""The errors a user can cause, and nothing else.

    BriefingError            base: every message is written for the end user
    ├── ConfigError          the config file or an option is wrong (lists every problem)
    ├── ReadError            the seeds folder is missing, empty or holds no readable article
    ├── RenderError          a template is broken or a renderer cannot run here
    ├── DeliveryError        an output could not be written or sent
    └── StateError           the scheduler's state folder is locked by another scheduler or unusable

The library raises these; only the CLI (and the scheduler's job wrapper) turns them into a
one-line message and an exit code. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class; ``str(err)`` is the message shown to the user."""


class ConfigError(BriefingError):
    """Raised by config loading with every problem found, each naming its key."""

    def __init__(self, problems: list[str], source: str = "config") -> None:
        self.problems = problems
        self.source = source
        if len(problems) == 1:
            message = f"{source}: {problems[0]}"
        else:
            message = f"{source}: {len(problems)} problems: " + "; ".join(problems)
        super().__init__(message)


class ReadError(BriefingError):
    """Raised when no article could be read at all."""


class RenderError(BriefingError):
    """Raised when a template or renderer fails; names the file and the fix."""


class DeliveryError(BriefingError):
    """Raised when an output cannot be written or delivered."""


class StateError(BriefingError):
    """Raised when the state folder cannot be used (another scheduler holds it, or the database is broken)."""
