"""The lexicon loader: every declared list is read, and a missing one is named."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from briefing.lexicon import DEFAULT_LEXICON, Lexicon, PhraseSet, load_lexicon


def _without(table: str, key: str, tmp_path: Path) -> Path:
    """A copy of the shipped lexicon with the list ``[table] key`` removed (line-based, keeps comments)."""
    out, current, skipping = [], "", False
    for line in DEFAULT_LEXICON.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            current, skipping = stripped.strip("[]"), False
        elif current == table and stripped.startswith(f"{key} ="):
            skipping = not stripped.endswith("]")  # a multi-line list goes on until its "]"
            continue
        elif skipping:
            skipping = not stripped.startswith("]")
            continue
        out.append(line)
    path = tmp_path / "lexicon.toml"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_every_toml_field_is_filled_from_its_list() -> None:
    lex = load_lexicon()
    raw = tomllib.loads(DEFAULT_LEXICON.read_text(encoding="utf-8"))
    for f in dataclasses.fields(Lexicon):
        if "toml" not in f.metadata:
            continue
        node = raw
        for part in f.metadata["toml"].split("."):
            node = node[part]
        value = getattr(lex, f.name)
        if f.metadata.get("phrases"):
            assert isinstance(value, PhraseSet) and value.by_first, f.name
        else:
            assert value == frozenset(node), f.name


def test_a_missing_list_is_named(tmp_path: Path) -> None:
    path = _without("decision", "weak_acts", tmp_path)
    assert "weak_acts" not in tomllib.loads(path.read_text(encoding="utf-8"))["decision"]
    with pytest.raises(KeyError, match=r"decision\.weak_acts"):
        load_lexicon(path)


def test_no_list_holds_a_word_twice() -> None:
    # A repeat is harmless to matching but says two edits did the same thing: keep lists clean.
    def lists(node: object, path: str) -> list[tuple[str, list[str]]]:
        if isinstance(node, dict):
            return [pair for key, value in node.items() for pair in lists(value, f"{path}.{key}".lstrip("."))]
        return [(path, [str(x) for x in node])] if isinstance(node, list) else []

    raw = tomllib.loads(DEFAULT_LEXICON.read_text(encoding="utf-8"))
    for path, words in lists(raw, ""):
        assert len(words) == len(set(words)), (path, sorted({w for w in words if words.count(w) > 1}))


def test_case_verbs_are_the_reporting_verbs_listed_with_their_s_form(tmp_path: Path) -> None:
    # The bare plural present of a reporting verb ("critics argue") is derived, not listed a second time.
    assert load_lexicon().case_verbs == {"argue", "contend", "insist", "believe"}
    text = DEFAULT_LEXICON.read_text(encoding="utf-8")
    assert '"arguing", "contending", "insisting",\n' in text
    path = tmp_path / "lexicon.toml"
    path.write_text(text.replace('"arguing", "contending", "insisting",\n', '"arguing", "warn", "warns",\n'), "utf-8")
    derived = load_lexicon(path).case_verbs
    assert "warn" in derived and "warns" not in derived and "arguing" not in derived
