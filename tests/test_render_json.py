"""The .json file: exactly what json.dumps(indent=2) writes, made in C; the fingerprint ignores the clock."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from briefing.config import Config
from briefing.pipeline import RunOptions, make_briefing
from briefing.render import RenderContext
from briefing.render.json import compact, fingerprint, indented, render_json, to_contract
from briefing.render.view import ViewOptions

from .builders import make_article

NOW = dt.datetime(2025, 3, 15, 9, 30, tzinfo=dt.UTC)
ARTICLES = [
    make_article(
        "The presidents of Norland and Sudria signed a treaty on the state border in Arden on Monday.",
        'Minister Zoë Ødegård said the "Arden line" ends a dispute \\ of 30 years.',
        id="treaty",
        title='Border treaty, "at last" — Arden ,"generated_at":"1999"',
    ),
    make_article("The ministers agreed to hold joint exercises against terrorism next year.", id="drills", date=None),
]


def stdlib(contract: dict[str, Any]) -> bytes:
    return (json.dumps(contract, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_the_file_is_byte_for_byte_what_the_standard_library_writes() -> None:
    contract = to_contract(make_briefing(Config(), ARTICLES, now=NOW))
    assert render_json(make_briefing(Config(), ARTICLES, now=NOW)) == stdlib(contract)


def test_awkward_values_are_written_as_the_standard_library_writes_them() -> None:
    contract: dict[str, Any] = {
        "schema": "briefing/1",
        "title": 'quote " backslash \\ tab \t newline \n bell \x07 del \x7f nbsp \xa0 sep \u2028 emoji \U0001f600',
        "empty": {"list": [], "dict": {}, "nested": [[], [{}], {"a": []}]},
        "values": [None, True, False, 0, -7, 10**18, "", "ü"],
        "entities": [{"name": "Астана", "kind": "place", "count": 3}],
    }
    assert indented(compact(contract)) == stdlib(contract)
    assert json.loads(indented(compact(contract))) == contract


def test_fingerprint_ignores_generated_at_and_nothing_else() -> None:
    briefing = make_briefing(Config(), ARTICLES, now=NOW)
    later = make_briefing(Config(), ARTICLES, now=NOW + dt.timedelta(hours=5))
    other = make_briefing(Config(), ARTICLES[:1], now=NOW)
    assert fingerprint(compact(to_contract(briefing))) == fingerprint(compact(to_contract(later)))
    assert fingerprint(compact(to_contract(briefing))) != fingerprint(compact(to_contract(other)))
    # A title holding the text of the generated_at key: only the real key is cut out.
    tricky = RunOptions(title='Week ,"generated_at":"2025-01-01" review')
    first = to_contract(make_briefing(Config(), ARTICLES, now=NOW, options=tricky))
    second = to_contract(make_briefing(Config(), ARTICLES, now=NOW + dt.timedelta(days=1), options=tricky))
    assert fingerprint(compact(first)) == fingerprint(compact(second))
    assert fingerprint(compact(first)) != fingerprint(compact({**first, "title": "Week review"}))


def test_one_contract_serves_the_file_and_the_fingerprint() -> None:
    ctx = RenderContext(make_briefing(Config(), ARTICLES, now=NOW), ViewOptions(), Config().templates)
    assert ctx.json == stdlib(to_contract(ctx.briefing))
    assert ctx.fingerprint == fingerprint(compact(ctx.contract))
    assert ctx.json is ctx.json and ctx.contract is ctx.contract
