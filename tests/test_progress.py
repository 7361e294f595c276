"""Progress reporting: plain log lines when stderr is not a terminal, silence for short runs."""

from __future__ import annotations

import logging

import pytest

from briefing.progress import MIN_ITEMS, track


def test_long_run_logs_about_every_tenth(caplog: pytest.LogCaptureFixture) -> None:
    items = list(range(1000))
    with caplog.at_level(logging.INFO, logger="briefing.progress"):
        assert list(track(items, "articles")) == items  # pytest's stderr is not a TTY
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "analysed 100/1000 articles"
    assert lines[-1] == "analysed 1000/1000 articles"
    assert len(lines) == 10


def test_short_run_and_quiet_logging_report_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="briefing.progress"):
        assert list(track(list(range(MIN_ITEMS - 1)), "articles")) == list(range(MIN_ITEMS - 1))
    with caplog.at_level(logging.WARNING, logger="briefing.progress"):
        assert len(list(track(list(range(5000)), "articles"))) == 5000
    assert caplog.records == []
