"""PDF from the rendered HTML through WeasyPrint.

WeasyPrint is imported inside :func:`html_to_pdf` only: it needs Pango, and everything else
(and every other test) must work where Pango is missing. Its ``url_fetcher`` reads files
under the templates folder only (CSS, fonts, logo) and refuses everything else: article
text or a template can never make it open another local file or any network URL.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from ..errors import RenderError

logger = logging.getLogger(__name__)

#: File name of the JSON briefing embedded in archival PDFs.
ARCHIVE_ATTACHMENT = "briefing.json"


def allowed_file(url: str, root: Path) -> Path | None:
    """The local file ``url`` names when it is a ``file://`` URL inside ``root``, else None."""
    from urllib.parse import unquote, urlparse

    parsed = urlparse(url)
    if parsed.scheme != "file":
        return None
    path = Path(unquote(parsed.path)).resolve()
    return path if path.is_relative_to(root) and path.is_file() else None


def safe_fetcher(root: Path) -> Any:
    """A WeasyPrint URL fetcher serving files inside ``root`` (and data: URLs) only."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = root.resolve()

    class _TemplatesOnly(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = allowed_file(url, root)
            if path is None:
                logger.warning("refused to fetch %s (only files under %s are allowed)", url[:200], root)
                raise ValueError(f"fetching {url[:80]} is not allowed")
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": _mime(path)})

    return _TemplatesOnly(allowed_protocols=("file", "data"), allow_redirects=False)


def _mime(path: Path) -> str:
    return {
        ".css": "text/css",
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".ttf": "font/ttf",
        ".otf": "font/otf",
        ".woff": "font/woff",
        ".woff2": "font/woff2",
    }.get(path.suffix.lower(), "application/octet-stream")


def html_to_pdf(
    html: str,
    templates_dir: Path,
    *,
    attachments: tuple[tuple[bytes, str], ...] = (),
    variant: str | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """PDF bytes of ``html``; resources resolve against ``templates_dir`` only.

    ``attachments`` are (bytes, file name) pairs embedded as files (dated ``created``, the run's
    clock, so reruns give the same PDF); ``variant`` is a WeasyPrint ``pdf_variant``.
    """
    try:
        import weasyprint
    except (ImportError, OSError) as err:
        raise RenderError(
            f"PDF output needs WeasyPrint and Pango ({err}); see README 'Install'. Other formats still work."
        ) from None
    options: dict[str, Any] = {}
    if attachments:
        options["attachments"] = [
            weasyprint.Attachment(
                string=data,
                name=name,
                description="The briefing as JSON (schema briefing/1)",
                created=created,
                modified=created,
                relationship="Data",
            )
            for data, name in attachments
        ]
    if variant:
        # WeasyPrint turns tagging on for the variants that need it (PDF/UA, PDF/A level a).
        options["pdf_variant"] = variant
    document = weasyprint.HTML(
        string=html,
        base_url=templates_dir.resolve().as_uri() + "/",
        url_fetcher=safe_fetcher(templates_dir),
    )
    return bytes(document.write_pdf(**options))
