"""The few closed-class word sets the rules share (longer lists live in ``lexicon.toml``)."""

from __future__ import annotations

#: The days of the week and the months, written out: the calendar words of a dated fact ("on Tuesday", "in March").
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july"}) | frozenset(
    {"august", "september", "october", "november", "december"}
)

#: Small words inside a proper name that its acronym skips ("Organization of Turkic States": OTS, "Court of Justice",
#: "Organización de Estados Americanos": OEA).
NAME_JOINERS = frozenset(["of", "for", "and", "the", "on", "in", "de", "al"])

#: Forms of "be" that make a participle passive ("was signed") or progressive ("being agreed").
PASSIVE_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being"})

#: Forms of "do", the auxiliary of an emphatic or negated verb ("The conference did agree"): a bare form after one is
#: a verb, not a noun.
DO_FORMS = frozenset(["did", "does", "do"])
