"""Schedule, e-mail and state keys of the config: defaults, paths, and every problem named by key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.config import load_config, parse_duration
from briefing.errors import ConfigError

BAD = """
[briefing]
colour = "red"
state = "state"

[email]
host = "smtp.example.org"
user = "briefing"
password_env = "BRIEFING_TEST_UNSET_PASSWORD"

[schedules.daily]
cron = "0 25 * * *"
timezone = "Europe/Berlin"
email_to = ["desk@example.org"]

[schedules.weekly]
cron = "0 7 * * MON"
timezone = "Mars/Olympus"
"""


def _problems(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> list[str]:
    path = tmp_path / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={} if environ is None else environ)
    return caught.value.problems


def test_every_problem_is_reported_with_its_key(tmp_path: Path) -> None:
    problems = _problems(tmp_path, BAD)
    assert problems[0].startswith("unknown key 'colour' (valid keys: ")
    assert problems[1:] == [
        "'schedules.daily.cron' is not a valid cron expression: '0 25 * * *' (Error validating expression '25': "
        'the last value (25) is higher than the maximum value (23); e.g. "0 7 * * MON-FRI")',
        "'schedules.weekly.timezone' is not a known IANA time zone: 'Mars/Olympus' (e.g. \"Europe/Berlin\")",
        "'email.password_env' names BRIEFING_TEST_UNSET_PASSWORD, which is not set in the environment "
        "(export BRIEFING_TEST_UNSET_PASSWORD=... before starting)",
    ]


def test_the_password_variable_is_only_required_by_the_scheduler(tmp_path: Path) -> None:
    good = BAD.replace('colour = "red"\n', "").replace("0 25", "0 7").replace("Mars/Olympus", "UTC")
    path = tmp_path / "briefing.toml"
    path.write_text(good, encoding="utf-8")
    assert load_config(path).schedules["daily"].email_to == ("desk@example.org",)  # generate: no check
    assert load_config(path, environ={"BRIEFING_TEST_UNSET_PASSWORD": "x"}).email.user == "briefing"
    with pytest.raises(ConfigError, match="BRIEFING_TEST_UNSET_PASSWORD, which is not set"):
        load_config(path, environ={})


def test_a_password_in_the_file_is_refused(tmp_path: Path) -> None:
    problems = _problems(tmp_path, '[email]\nhost = "h"\npassword = "hunter2"\n')
    assert problems == [
        "'email.password' is not allowed in the file: put the password in an environment variable "
        "and name it in 'email.password_env'"
    ]


def test_schedule_shape_problems(tmp_path: Path) -> None:
    text = """
[schedules.both]
cron = "0 7 * * *"
every = "1h"
[schedules.neither]
title = "x"
[schedules.odd]
every = "7 days"
window = "last week"
formats = ["pdf", "odt"]
email_to = ["nobody"]
[schedules."bad name"]
every = "1h"
"""
    assert _problems(tmp_path, text) == [
        "'schedules.both' needs exactly one of 'cron' or 'every' (e.g. cron = \"0 7 * * MON\")",
        "'schedules.neither' needs exactly one of 'cron' or 'every' (e.g. cron = \"0 7 * * MON\")",
        "'schedules.odd.every' is not a duration: '7 days' (use a number and s, m, h or d, e.g. \"15m\")",
        "'schedules.odd.formats' has unknown format 'odt' (valid: pdf, docx, json, html, md)",
        "'schedules.odd.window' must be \"since-last\" or a span such as \"7d\", got 'last week'",
        "'schedules.odd.email_to' has 'nobody', which is not an e-mail address",
        "'schedules.bad name' name may only use letters, digits, '-' and '_'",
        "'email.host' is empty but schedule 'odd' sends e-mail (add an [email] table)",
    ]


def test_unknown_formats_are_named_with_their_key_wherever_they_are(tmp_path: Path) -> None:
    text = """
formats = "pdf,rtf"
[email]
host = "smtp.example.org"
attach = ["pdf", "zip", "md"]
[schedules.daily]
every = "1d"
formats = ["odt"]
"""
    valid = "(valid: pdf, docx, json, html, md)"
    # Tables are checked as they are read, before the top-level keys.
    assert _problems(tmp_path, text) == [
        f"'email.attach' has unknown format 'zip' {valid}",
        f"'schedules.daily.formats' has unknown format 'odt' {valid}",
        f"'formats' has unknown format 'rtf' {valid}",
    ]


def test_paths_resolve_against_the_config_file_and_defaults_fill_in(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "briefing.toml"
    path.parent.mkdir()
    path.write_text(
        '[briefing]\noutput = "out"\nstate = "st"\n[schedules.weekly]\ncron = "0 7 * * MON"\n'
        '[schedules.fast]\nevery = "90s"\nfolder = "drop"\ntemplates = "tpl"\nwindow = "7d"\n',
        encoding="utf-8",
    )
    cfg = load_config(path)
    base = path.parent.resolve()
    assert cfg.state == base / "st"
    assert cfg.misfire_grace == "6h"
    weekly, fast = cfg.schedules["weekly"], cfg.schedules["fast"]
    assert (weekly.folder, weekly.templates, weekly.window, weekly.formats) == (
        base / "out" / "weekly",
        base / "templates",
        "since-last",
        ("pdf",),
    )
    assert (fast.folder, fast.templates) == (base / "drop", base / "tpl")


@pytest.mark.parametrize(("text", "seconds"), [("1s", 1), ("0.5s", 0.5), ("15m", 900), ("2h", 7200), ("7d", 604800)])
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_bad_config_exits_2_with_one_message_and_schedules_nothing(tmp_path: Path) -> None:
    path = tmp_path / "briefing.toml"
    path.write_text(BAD, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "schedule", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"briefing: {path}: 4 problems: unknown key 'colour'")
    for key in ("'schedules.daily.cron'", "'schedules.weekly.timezone'", "'email.password_env'"):
        assert key in lines[0]
    assert not (tmp_path / "state").exists()  # no job store, no lock: nothing scheduled


def test_the_readme_schedule_example_is_a_valid_config(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Schedules and delivery", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "briefing.toml"
    path.write_text(example, encoding="utf-8")
    cfg = load_config(path, environ={"BRIEFING_SMTP_PASSWORD": "x"})
    assert sorted(cfg.schedules) == ["flash", "weekly"]
    assert cfg.schedules["weekly"].email_to == ("desk@example.org", "chief@example.org")
    with pytest.raises(ConfigError, match="BRIEFING_SMTP_PASSWORD, which is not set"):
        load_config(path, environ={})


def test_a_schedule_without_time_zone_uses_the_config_one(tmp_path: Path) -> None:
    path = tmp_path / "briefing.toml"
    path.write_text(
        'timezone = "Asia/Almaty"\n[schedules.a]\ncron = "0 7 * * *"\n'
        '[schedules.b]\ncron = "0 7 * * *"\ntimezone = "Europe/Berlin"\n',
        encoding="utf-8",
    )
    cfg = load_config(path)
    assert (cfg.schedules["a"].timezone, cfg.schedules["b"].timezone) == ("Asia/Almaty", "Europe/Berlin")
