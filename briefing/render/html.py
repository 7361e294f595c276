"""HTML through the user-editable Jinja2 template ``briefing.html.j2`` (or a child of it).

Templates are user input: they render in a ``SandboxedEnvironment`` (no access to internals
such as ``__class__``), with autoescaping (article text can never inject markup) and
``StrictUndefined`` (a misspelt variable is an error, not a silent blank). The loader serves
files from the templates folder only, so ``{% include "/etc/passwd" %}`` or ``../`` paths and
symlinks out of the folder are refused. Every error names the template file and line.
"""

from __future__ import annotations

import dataclasses
import html
import re
import sys
import traceback
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RenderError
from .view import BriefingView

TEMPLATE_NAME = "briefing.html.j2"
#: The one top-level name a template receives.
VIEW_NAME = "b"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a template, located by file and line (line 0: unknown)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


def environment(templates_dir: Path) -> Any:  # -> jinja2.sandbox.SandboxedEnvironment
    """A sandboxed, autoescaping, strict environment loading from ``templates_dir`` only."""
    from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound
    from jinja2.sandbox import SandboxedEnvironment

    root = templates_dir.resolve()

    class ConfinedLoader(FileSystemLoader):
        """FileSystemLoader that also refuses files whose real path leaves the folder (symlinks)."""

        def get_source(self, environment: Any, template: str) -> Any:
            source, filename, uptodate = super().get_source(environment, template)
            if not Path(filename).resolve().is_relative_to(root):
                raise TemplateNotFound(template)
            return source, filename, uptodate

    return SandboxedEnvironment(
        loader=ConfinedLoader(str(root)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(view: BriefingView, templates_dir: Path, template: str = TEMPLATE_NAME) -> str:
    """Render ``template`` with ``view`` as ``b``; raises RenderError naming file and line."""
    import jinja2

    env = environment(templates_dir)
    try:
        return str(env.get_template(template).render({VIEW_NAME: view}))
    except jinja2.TemplateError as err:
        raise RenderError(str(_problem(err, templates_dir, template))) from None


_STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)">')


def inline_stylesheets(page: str, templates_dir: Path) -> str:
    """``page`` with each ``<link rel="stylesheet">`` to a file in ``templates_dir`` inlined.

    For the HTML output, which must stand alone once written elsewhere. (The PDF keeps the link:
    WeasyPrint reads the file through its confined fetcher and reports CSS errors by line.)
    """
    root = templates_dir.resolve()

    def inline(match: re.Match[str]) -> str:
        path = (root / html.unescape(match.group(1))).resolve()
        if "://" in match.group(1) or not path.is_relative_to(root) or not path.is_file():
            return match.group(0)
        css = path.read_text(encoding="utf-8", errors="replace").replace("</", "<\\/")
        return f"<style>\n{css}</style>"

    return _STYLESHEET.sub(inline, page)


def _problem(err: Exception, templates_dir: Path, template: str) -> Problem:
    """Locate and word a Jinja error raised while loading or rendering ``template``."""
    import jinja2
    from jinja2.sandbox import SecurityError

    if isinstance(err, jinja2.TemplateSyntaxError):
        return Problem(err.filename or str(templates_dir / template), err.lineno, f"syntax error: {err.message}")
    file, line = _where(templates_dir, template)
    if isinstance(err, jinja2.TemplateNotFound):
        if not line:  # the main template itself is missing
            return Problem(
                str(templates_dir / template),
                0,
                "template not found (run `briefing templates init` or fix 'templates' in the config)",
            )
        return Problem(file, line, f"template {err.name!r} not found in {templates_dir} (only files there load)")
    message = getattr(err, "message", None) or str(err)
    if isinstance(err, SecurityError) or "unsafe" in message:
        return Problem(file, line, f"forbidden in a template: {message}")
    if isinstance(err, jinja2.UndefinedError):
        return Problem(file, line, f"unknown variable: {message}")
    return Problem(file, line, f"{type(err).__name__}: {message}")


def _where(templates_dir: Path, template: str) -> tuple[str, int]:
    """File and line of the innermost template frame of the exception being handled."""
    for frame in reversed(traceback.extract_tb(sys.exc_info()[2])):
        if frame.filename.endswith((".j2", ".html", ".jinja", ".jinja2")):
            return frame.filename, frame.lineno or 0
    return str(templates_dir / template), 0


# --- `briefing templates check` -----------------------------------------------------------


def check_template(templates_dir: Path, template: str, views: typing.Sequence[BriefingView]) -> list[Problem]:
    """Every problem of ``template``: syntax, static (unknown or forbidden names), then rendering.

    Static checks find mistakes in branches the sample data does not take; rendering each of
    ``views`` finds the rest (loops over items, filters, includes).
    """
    import jinja2

    env = environment(templates_dir)
    path = str(templates_dir / template)
    try:
        source = env.loader.get_source(env, template)[0]
        tree = env.parse(source, template, path)
    except jinja2.TemplateError as err:
        return [_problem(err, templates_dir, template)]
    problems = static_problems(tree, path, _inherited_names(env, tree)) + _missing_templates(env, tree, path)
    if problems:
        return problems
    for view in views:
        try:
            env.get_template(template).render({VIEW_NAME: view})
        except jinja2.TemplateError as err:
            problem = _problem(err, templates_dir, template)
            if problem not in problems:
                problems.append(problem)
    return problems


def static_problems(tree: Any, path: str, inherited: typing.AbstractSet[str] = frozenset()) -> list[Problem]:
    """Names other than ``b``, ``b.<field>`` chains not in the view, attributes starting with ``_``.

    ``inherited``: macros and variables the parent templates define (a child's blocks see them).
    """
    from jinja2 import meta, nodes

    problems: list[Problem] = []
    undeclared = meta.find_undeclared_variables(tree) - {VIEW_NAME} - _defined_names(tree) - set(inherited)
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name in undeclared:
            problems.append(Problem(path, name.lineno, f"unknown variable '{name.name}' (templates get only 'b')"))
            undeclared.discard(name.name)
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        attr = node.attr if isinstance(node, nodes.Getattr) else _const(node.arg)
        if isinstance(attr, str) and attr.startswith("_"):
            problems.append(Problem(path, node.lineno, f"forbidden in a template: attribute '{attr}'"))
        elif isinstance(node, nodes.Getattr):
            message = _unknown_field(node)
            if message:
                problems.append(Problem(path, node.lineno, message))
    return sorted(set(problems), key=lambda p: (p.line, p.message))


def _defined_names(tree: Any) -> set[str]:
    """Names a template defines itself (macros, set, for, import): usable in any of its blocks."""
    from jinja2 import nodes

    defined = {m.name for m in tree.find_all(nodes.Macro)}
    defined |= {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    defined |= {i.target for i in tree.find_all(nodes.Import)}
    for from_import in tree.find_all(nodes.FromImport):
        defined |= {n if isinstance(n, str) else n[-1] for n in from_import.names}
    return defined


def _inherited_names(env: Any, tree: Any, depth: int = 0) -> set[str]:
    """Names defined by the templates ``tree`` extends (recursively; unreadable parents add none)."""
    import jinja2
    from jinja2 import nodes

    names: set[str] = set()
    for extends in tree.find_all(nodes.Extends):
        parent = _const(extends.template)
        if not isinstance(parent, str) or depth > 10:
            continue
        try:
            parent_tree = env.parse(env.loader.get_source(env, parent)[0], parent)
        except jinja2.TemplateError:
            continue  # reported by _missing_templates or by the parent's own check
        names |= _defined_names(parent_tree) | _inherited_names(env, parent_tree, depth + 1)
    return names


def _missing_templates(env: Any, tree: Any, path: str) -> list[Problem]:
    """Extends/include/import of a name that does not load from the templates folder."""
    import jinja2
    from jinja2 import nodes

    problems = []
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        name = _const(node.template)
        if not isinstance(name, str):
            continue
        try:
            env.loader.get_source(env, name)
        except jinja2.TemplateNotFound:
            problems.append(Problem(path, node.lineno, f"template {name!r} not found (only files in the folder load)"))
    return problems


def _const(node: Any) -> Any:
    from jinja2 import nodes

    return node.value if isinstance(node, nodes.Const) else None


def _unknown_field(node: Any) -> str | None:
    """For ``b.x.y``: a message when ``x`` (or ``y``) is not a field of the view dataclass."""
    from jinja2 import nodes

    chain: list[str] = []
    current = node
    while isinstance(current, nodes.Getattr):
        chain.append(current.attr)
        current = current.node
    if not (isinstance(current, nodes.Name) and current.name == VIEW_NAME):
        return None
    cls: Any = BriefingView
    path = VIEW_NAME
    for attr in reversed(chain):
        if not (dataclasses.is_dataclass(cls) and isinstance(cls, type)):
            return None  # a tuple or plain value: methods like .items are checked when rendering
        names = [f.name for f in dataclasses.fields(cls)]
        if attr not in names:
            return f"unknown variable '{path}.{attr}' (fields of {path}: {', '.join(names)})"
        cls = typing.get_type_hints(cls)[attr]
        path = f"{path}.{attr}"
    return None
