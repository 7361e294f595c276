"""The machine-readable briefing: the JSON contract that ``score.py`` and users read.

Schema ``briefing/1``: ``{"schema", "title", "generated_at", "period": {"start", "end"},
"articles": [{"id", "path", "title", "date", "outlet", "url"}], "summary": [ITEM],
"sections": {"decisions": [ITEM], "proposals": [ITEM], "security": [ITEM], ...},
"entities": [{"name", "kind", "count"}]}`` with ``ITEM = {"text", "actor", "sources":
[{"article", "quote"}]}``. JSON lists every item; other renderers may cap what they show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import msgspec

from ..model import Article, Briefing, EncodedItem, Item

SCHEMA = "briefing/1"


def to_contract(briefing: Briefing) -> dict[str, Any]:
    """The contract dict of ``briefing`` (see module docstring); an
    :class:`~briefing.model.EncodedItem` is there as its JSON (a ``msgspec.Raw``), which
    :func:`compact` writes as is."""
    return {
        "schema": SCHEMA,
        "title": briefing.title,
        "generated_at": briefing.generated_at.isoformat(timespec="seconds"),
        "period": {"start": _date(briefing.period.start), "end": _date(briefing.period.end)},
        "articles": [_article(a) for a in briefing.articles],
        "summary": [_item(i) for i in briefing.summary],
        "sections": {s.key: [_item(i) for i in s.items] for s in briefing.sections},
        "entities": [{"name": e.name, "kind": e.kind, "count": e.count} for e in briefing.entities],
    }


def render_json(briefing: Briefing) -> bytes:
    """UTF-8 JSON bytes, indented, non-ASCII kept as is."""
    return indented(compact(to_contract(briefing)))


def compact(contract: dict[str, Any]) -> bytes:
    """``contract`` as compact UTF-8 JSON (keys in the order :func:`to_contract` gives them)."""
    return msgspec.json.encode(contract)


def indented(data: bytes) -> bytes:
    """Compact JSON ``data`` as the .json file holds it: exactly ``json.dumps(contract,
    ensure_ascii=False, indent=2) + "\\n"`` in UTF-8 (a test keeps them equal).

    msgspec writes it in C: the standard library's encoder falls back to pure Python as soon
    as ``indent`` is set, which took a second for a 10,000-article briefing.
    """
    return msgspec.json.format(data, indent=2) + b"\n"


_GENERATED_AT = b',"generated_at":"'


def fingerprint(data: bytes) -> str:
    """Identity of a briefing's content from its :func:`compact` JSON, ignoring ``generated_at``.

    The first ``,"generated_at":"`` is the top-level key: inside a JSON string a quote is
    always escaped, and no nested object has that key. Its value (an ISO time, no quotes
    inside) is cut out and the rest hashed: one encoding serves the file and the fingerprint.
    """
    h = hashlib.sha256()
    view = memoryview(data)  # hashed in place: a briefing's JSON is tens of megabytes
    at = data.find(_GENERATED_AT)
    if at >= 0:
        h.update(view[:at])
        view = view[data.index(b'"', at + len(_GENERATED_AT)) + 1 :]
    h.update(view)
    return h.hexdigest()[:16]


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _article(a: Article) -> dict[str, Any]:
    return {"id": a.id, "path": a.path, "title": a.title, "date": _date(a.date), "outlet": a.outlet, "url": a.url}


def encode_item(i: Item) -> bytes:
    """``i`` as compact JSON, exactly as :func:`compact` writes it inside a briefing (what an
    :class:`~briefing.model.EncodedItem` holds)."""
    return msgspec.json.encode(_item(i))


def _item(i: Item) -> Any:
    if isinstance(i, EncodedItem):
        return msgspec.Raw(i.encoded)  # written as is by compact()
    return {
        "text": i.text,
        "actor": i.actor,
        "sources": [{"article": s.article, "quote": s.quote} for s in i.sources],
    }
