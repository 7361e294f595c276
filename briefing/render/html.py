"""HTML through the user-editable Jinja2 template ``briefing.html.j2``.

Templates are user input: they render in a ``SandboxedEnvironment`` (no attribute access to
internals such as ``__class__``), with autoescaping (article text can never inject markup)
and ``StrictUndefined`` (a misspelt variable is an error, not a silent blank).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import RenderError
from .view import BriefingView

TEMPLATE_NAME = "briefing.html.j2"


def environment(templates_dir: Path):  # -> jinja2.sandbox.SandboxedEnvironment
    """A sandboxed, autoescaping, strict environment loading from ``templates_dir`` only."""
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(view: BriefingView, templates_dir: Path, template: str = TEMPLATE_NAME) -> str:
    """Render ``template`` with ``view`` as ``b``; raises RenderError naming file and line."""
    import jinja2
    from jinja2.sandbox import SecurityError

    env = environment(templates_dir)
    try:
        return env.get_template(template).render(b=view)
    except jinja2.TemplateNotFound as err:
        raise RenderError(
            f"Template {templates_dir / str(err.name)} not found "
            "(run `briefing templates init` or fix 'templates' in the config)"
        ) from None
    except jinja2.TemplateSyntaxError as err:
        raise RenderError(f"{err.filename or template}:{err.lineno}: template syntax error: {err.message}") from None
    except SecurityError as err:
        raise RenderError(f"{_where(templates_dir, template)}: forbidden in a template: {err}") from None
    except jinja2.UndefinedError as err:
        raise RenderError(f"{_where(templates_dir, template)}: unknown variable: {err.message}") from None


def _where(templates_dir: Path, template: str) -> str:
    """file:line of the innermost template frame of the exception being handled."""
    import sys
    import traceback

    tb = sys.exc_info()[2]
    for frame in reversed(traceback.extract_tb(tb)):
        if frame.filename.endswith((".j2", ".html")):
            return f"{frame.filename}:{frame.lineno}"
    return str(templates_dir / template)
