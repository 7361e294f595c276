"""Start-up stays cheap: help screens import neither WeasyPrint nor the summariser (checked, not timed)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing.commands import COMMANDS

HEAVY = ("weasyprint", "docx", "jinja2", "trafilatura", "pycountry", "briefing.summarise", "briefing.classify")

PROBE = """
import json, sys
from briefing.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("argv", [["--help"], *([name, "--help"] for name in COMMANDS)], ids=" ".join)
def test_help_imports_no_heavy_module(argv: list[str]) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True)
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert [m for m in modules if m.startswith(HEAVY)] == []
