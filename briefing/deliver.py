"""Write outputs safely: atomic replace, dated names, never overwriting a different briefing.

A file is written to a temporary name in the same folder, flushed to disk, then renamed
into place, so a reader (or a crash) never sees a half-written PDF. Dated names
(``2025-11-29-briefing.pdf``) are reused only by the same briefing: a manifest in the output
folder records each file's fingerprint, and a different briefing gets ``-2``, ``-3``...
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .errors import DeliveryError

logger = logging.getLogger(__name__)

MANIFEST = ".briefing-manifest.json"


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file + rename; raises DeliveryError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise DeliveryError(f"Cannot write to {path.parent}: {err.strerror} (check the output folder)") from None
    try:
        # mkstemp creates 0600 files; give the output the permissions a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DeliveryError(f"Cannot write {path}: {err.strerror} (check space and permissions)") from None
    return path


def slug(text: str) -> str:
    """A file-name-safe lower-case slug ('Regional Briefing' -> 'regional-briefing')."""
    s = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return s[:60] or "briefing"


def choose_stem(out_dir: Path, base: str, fingerprint: str, formats: list[str]) -> str:
    """``base`` unless a different briefing already owns it; then ``base-2``, ``base-3``..."""
    owners = _read_manifest(out_dir)
    n = 1
    while True:
        stem = base if n == 1 else f"{base}-{n}"
        names = [f"{stem}.{fmt}" for fmt in formats]
        taken = [name for name in names if (out_dir / name).exists() and owners.get(name) != fingerprint]
        if not taken:
            return stem
        n += 1


def record(out_dir: Path, fingerprints: Mapping[str, str]) -> None:
    """Remember which briefing (fingerprint) owns each written file name."""
    owners = _read_manifest(out_dir)
    owners.update(fingerprints)
    live = {k: v for k, v in owners.items() if (out_dir / k).exists()}
    write_atomic(out_dir / MANIFEST, (json.dumps(live, indent=1, sort_keys=True) + "\n").encode())


def _read_manifest(out_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def publish_latest(files: list[Path], folder: Path, name: str) -> list[Path]:
    """Copy each dated output to the stable ``NAME-latest.EXT`` in ``folder`` (atomically).

    Readers (a shared drive, a web server) can always open ``weekly-latest.pdf`` and get a
    complete file: the copy replaces the old one in a single rename.
    """
    out = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as err:
            raise DeliveryError(f"Cannot read {path} to publish it: {err.strerror} (was it deleted?)") from None
        out.append(write_atomic(folder / f"{name}-latest{path.suffix}", data))
    return out


def remove_partials(folder: Path) -> list[Path]:
    """Delete temporary files left by a writer that was killed mid-write; returns what was removed.

    Only call this when no writer can be active in ``folder`` (the scheduler does it at start,
    after every unfinished run has been found dead).
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for tmp in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed
