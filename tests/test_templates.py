"""`briefing templates init/check/preview/variables`, and what a broken template does to `generate`."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.config import load_config
from briefing.render import DEFAULT_TEMPLATES
from briefing.render.view import variables_markdown

from .render_support import need_pdf

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a config (other keys set) and one article; the current directory."""
    (tmp_path / "briefing.toml").write_text(
        '# my settings\n[briefing]\ntitle = "Weekly"\nformats = ["json"]\n\n[sections.energy]\ncues = ["energy"]\n',
        encoding="utf-8",
    )
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "summit.txt").write_text(
        "March 3, 2025\n\nLeaders Meet in Arden\n\n"
        "ARDEN, March 3 (Wire) - The presidents of Norland and Sudria signed a treaty on the state border. "
        "President Ana Kovac proposed to create a joint energy commission.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_copies_templates_and_points_the_config_at_them(project: Path, capsys) -> None:
    assert main(["templates", "init", "mine"]) == 0
    for name in ("briefing.html.j2", "briefing.css", "briefing.docx", "child-example.html.j2"):
        assert (project / "mine" / name).read_bytes() == (DEFAULT_TEMPLATES / name).read_bytes()
    config = load_config(project / "briefing.toml")
    assert config.templates == (project / "mine").resolve()
    assert config.title == "Weekly" and "energy" in config.sections  # the rest of the file is kept
    assert (project / "briefing.toml").read_text(encoding="utf-8").startswith("# my settings\n[briefing]\n")
    (project / "mine" / "briefing.css").write_text("/* mine */", encoding="utf-8")
    capsys.readouterr()
    assert main(["templates", "init", "mine"]) == 0
    assert "kept   mine/briefing.css (exists; --force overwrites)" in capsys.readouterr().out
    assert (project / "mine" / "briefing.css").read_text(encoding="utf-8") == "/* mine */"
    assert main(["templates", "init", "mine", "--force"]) == 0
    assert (project / "mine" / "briefing.css").read_bytes() == (DEFAULT_TEMPLATES / "briefing.css").read_bytes()


def test_init_creates_a_config_when_there_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["templates", "init", "--config", "new.toml"]) == 0
    assert (tmp_path / "new.toml").read_text(encoding="utf-8") == 'templates = "templates"\n'
    assert load_config(tmp_path / "new.toml").templates == (tmp_path / "templates").resolve()


def test_init_refuses_the_built_in_folder(project: Path, capsys) -> None:
    assert main(["templates", "init", str(DEFAULT_TEMPLATES)]) == 1
    assert "is the built-in templates folder; choose another DIR" in capsys.readouterr().err


def test_check_passes_on_the_default_templates(project: Path, capsys) -> None:
    assert main(["templates", "init", "mine"]) == 0
    capsys.readouterr()
    assert main(["templates", "check"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"{(project / 'mine').resolve()}: no problems")
    assert "renderers: html, docx, md, json; pdf" in out


def test_check_reports_every_problem_with_file_and_line(project: Path, capsys) -> None:
    assert main(["templates", "init", "mine"]) == 0
    mine = (project / "mine").resolve()
    (mine / "bad.html.j2").write_text(
        '{% extends "briefing.html.j2" %}\n{% block cover %}\n{{ b.titel }}\n'
        "{{ ''.__class__.__mro__ }}\n{{ secret }}\n{% include \"/etc/passwd\" %}\n{% endblock %}\n",
        encoding="utf-8",
    )
    (mine / "broken.html.j2").write_text("<p>\n\n{% if b.title %}\n", encoding="utf-8")
    (mine / "uses-parent-macro.html.j2").write_text(
        '{% extends "briefing.html.j2" %}{% block summary %}{% for i in b.summary %}{{ item_block(i) }}'
        "{% endfor %}{% endblock %}",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["templates", "check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    bad, broken = mine / "bad.html.j2", mine / "broken.html.j2"
    assert f"{bad}:3: unknown variable 'b.titel' (fields of b: title, subtitle, period," in lines[0]
    assert lines[1:5] == [
        f"{bad}:4: forbidden in a template: attribute '__class__'",
        f"{bad}:4: forbidden in a template: attribute '__mro__'",
        f"{bad}:5: unknown variable 'secret' (templates get only 'b')",
        f"{bad}:6: template '/etc/passwd' not found (only files in the folder load)",
    ]
    assert lines[5].startswith(f"{broken}:3: syntax error: Unexpected end of template.")
    assert lines[-1] == f"{mine}: 6 problems"  # the child using the parent's macro is fine


def test_check_finds_css_mistakes_with_their_line(project: Path, capsys) -> None:
    need_pdf()
    assert main(["templates", "init", "mine"]) == 0
    css = (project / "mine" / "briefing.css").resolve()
    css.write_text("h1 { color: red; }\nh2 {\n  colr: blue;\n}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["templates", "check"]) == 1
    assert f"{css}:3: Ignored `colr: blue` at 3:3, unknown property." in capsys.readouterr().out


def test_check_reports_resources_the_pdf_may_not_fetch(project: Path, capsys) -> None:
    need_pdf()
    assert main(["templates", "init", "mine"]) == 0
    page = (project / "mine" / "briefing.html.j2").resolve()
    source = page.read_text(encoding="utf-8")
    page.write_text(source.replace("{% block head_extra %}", '<img src="file:///etc/hostname">{% block head_extra %}'))
    capsys.readouterr()
    assert main(["templates", "check"]) == 1
    out = capsys.readouterr().out
    assert f"{page}: refused to fetch file:///etc/hostname (only files under " in out


def test_preview_writes_sample_pdf_docx_and_html(project: Path, tmp_path: Path, capsys) -> None:
    need_pdf()
    out = tmp_path / "preview"
    assert main(["templates", "preview", "--out", str(out)]) == 1  # no templates folder yet
    assert "briefing.html.j2: template not found (run `briefing templates init`" in capsys.readouterr().out
    assert main(["templates", "init", "mine"]) == 0
    assert main(["templates", "preview", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "template-preview.docx",
        "template-preview.html",
        "template-preview.pdf",
    ]
    assert "Қасым-Жомарт Тоқаев" in (out / "template-preview.html").read_text(encoding="utf-8")


def test_a_broken_template_gives_file_line_and_no_output_file(project: Path, capsys) -> None:
    assert main(["templates", "init", "mine"]) == 0
    page = (project / "mine" / "briefing.html.j2").resolve()
    page.write_text("<html>\n<body>\n{{ b.title }\n</body>\n", encoding="utf-8")
    out = project / "out"
    capsys.readouterr()
    assert main(["generate", "--format", "html,pdf,json", "--out-dir", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"{page}:3: syntax error:" in err
    assert sorted(p.suffix for p in out.iterdir() if not p.name.startswith(".")) == [".json"]


def test_readme_lists_every_template_variable() -> None:
    readme = README.read_text(encoding="utf-8")
    start, end = "<!-- template-variables:start -->\n", "<!-- template-variables:end -->"
    assert start in readme and end in readme, "README lacks the generated template-variables block"
    block = readme.split(start, 1)[1].split(end, 1)[0]
    assert block == variables_markdown(), "README is stale: paste `briefing templates variables` into it"


def test_variables_command_prints_the_table(capsys) -> None:
    assert main(["templates", "variables"]) == 0
    out = capsys.readouterr().out
    assert out == variables_markdown()
    assert "| `b.sections[].items[].actor` | `str` |" in out


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            'title = "X"\n[sections.energy]\ncues = ["oil"]\n',
            'templates = "t"\ntitle = "X"\n[sections.energy]\ncues = ["oil"]\n',
        ),
        (
            '[briefing]\n# templates = "old"\ntitle = "X"\n',
            '[briefing]\ntemplates = "t"\n# templates = "old"\ntitle = "X"\n',
        ),
        ('[briefing]\ntemplates = "old"  # mine\n', '[briefing]\ntemplates = "t"\n'),
    ],
)
def test_point_config_edits_only_the_templates_key(tmp_path: Path, before: str, after: str) -> None:
    from briefing.render.templates import point_config

    config = tmp_path / "briefing.toml"
    config.write_text(before, encoding="utf-8")
    point_config(config, tmp_path / "t")
    assert config.read_text(encoding="utf-8") == after
    assert load_config(config).templates == (tmp_path / "t").resolve()


def _applied_styles(data: bytes) -> set[str]:
    """Names of the paragraph, run and table styles the body of a DOCX applies."""
    import io

    import docx

    document = docx.Document(io.BytesIO(data))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    ids = {e.get(f"{w}val") for tag in ("pStyle", "rStyle", "tblStyle") for e in document.element.body.iter(w + tag)}
    names = {s.style_id: s.name for s in document.styles}
    return {names[i] for i in ids}


def test_check_lists_every_style_the_docx_renderer_applies() -> None:
    from briefing.render.docx import STYLES, render_docx
    from briefing.render.templates import sample_views
    from briefing.render.view import ViewOptions

    applied = _applied_styles(render_docx(sample_views(ViewOptions())[0], DEFAULT_TEMPLATES))
    assert {"Citation", "TOC Entry", "Briefing Meta", "Light List Accent 1"} <= applied
    assert applied == set(STYLES)


def test_check_reports_the_styles_a_word_template_lacks(project: Path, capsys) -> None:
    import docx

    assert main(["templates", "init", "mine"]) == 0
    path = project / "mine" / "briefing.docx"
    document = docx.Document(str(path))
    for name in ("Citation", "TOC Entry"):
        document.styles[name].delete()
    document.save(str(path))
    capsys.readouterr()
    assert main(["templates", "check"]) == 1
    out = capsys.readouterr().out
    assert f"{path.resolve()}: style 'Citation' missing: a plainer style is used instead" in out
    assert "style 'TOC Entry' missing" in out
    assert out.count("missing: a plainer style") == 2
