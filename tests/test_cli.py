import subprocess
import sys

import pytest

from briefing.cli import build_parser, main
from briefing.commands import COMMANDS


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: briefing" in capsys.readouterr().out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "generate" in capsys.readouterr().out


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "--since", "29/11/2025"])
    assert exit_.value.code == 2
    assert "use YYYY-MM-DD" in capsys.readouterr().err


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from briefing.cli import build_parser; build_parser();"
        "heavy = [m for m in ('weasyprint', 'docx', 'trafilatura', 'briefing.classify', 'briefing.summarise')"
        " if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_parser_builds() -> None:
    assert build_parser().prog == "briefing"
