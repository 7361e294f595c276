from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = load_config()
    assert cfg.formats == ("pdf", "docx", "json")
    assert cfg.seeds == tmp_path / "seeds"


def test_repository_config_is_valid_and_documents_every_key() -> None:
    repo = Path(__file__).parent.parent
    cfg = load_config(repo / "briefing.toml")
    assert cfg.title
    text = (repo / "briefing.toml").read_text(encoding="utf-8")
    for name in Config.__dataclass_fields__:
        if name not in ("source", "sections"):
            documented = f"{name} =" in text or f"# {name}" in text or f"[{name}" in text
            assert documented, f"{name} is not documented in briefing.toml"


def test_paths_resolve_against_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[briefing]\nseeds = "in"\noutput = "out"\n')
    monkeypatch.chdir("/")
    cfg = load_config(path)
    assert cfg.seeds == tmp_path / "in"
    assert cfg.output == tmp_path / "out"


def test_every_problem_is_reported_with_its_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'titel = "x"\nformats = ["pdf", "odt"]\nsummary_items = "four"\ntimezone = "Mars/Olympus"\n'
        'page_size = "A3"\n[sections.energy]\ntitle = "Energy"\n',
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert message.startswith(f"{path}: 6 problems: ")
    for needle in (
        "unknown key 'titel'",
        "unknown format 'odt'",
        "'summary_items' must be an integer",
        "'timezone' is not a known IANA time zone",
        "'page_size' must be",
        "'sections.energy.cues' must list at least one cue word",
    ):
        assert needle in message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "title = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_missing_explicit_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "none.toml")


def test_overrides_are_validated_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown format 'xls'"):
        load_config(write(tmp_path, ""), {"formats": "pdf,xls"})


def test_user_sections_are_parsed(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, '[sections.energy]\ntitle = "Energy"\ncues = ["oil", "gas pipeline"]\n'))
    assert cfg.sections["energy"].cues == ("oil", "gas pipeline")


def test_each_scalar_type_asks_for_what_it_needs(tmp_path: Path) -> None:
    path = write(tmp_path, 'seeds = " "\nshow_quotes = "yes"\nsummary_items = true\ntitle = 7\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.problems == [
        "'seeds' must be a path string, got ' '",
        "'show_quotes' must be true or false, got 'yes'",
        "'summary_items' must be an integer, got True",
        "'title' must be a string, got 7",
    ]
