"""The few closed-class word sets the rules share (longer lists live in ``lexicon.toml``)."""

from __future__ import annotations

#: Forms of "be" that make a participle passive ("was signed") or progressive ("being agreed").
PASSIVE_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being"})
