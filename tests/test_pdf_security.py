"""WeasyPrint may read files under the templates folder only: never other local files, never the network.

Hostile markup goes into an article (where it must print as text) and into a template (where it
is markup, and every fetch must be refused). A local HTTP server started here must see no request.
"""

from __future__ import annotations

import http.server
import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from briefing.render.pdf import allowed_file

from .render_support import copy_templates, item, make_article, make_briefing, need_pdf, pdf_reader, pdf_text, rendered


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Recorder.hits = []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", _Recorder.hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def hostile(base: str) -> str:
    return (
        '<img src="file:///etc/passwd">'
        f'<link rel="stylesheet" href="{base}/style.css">'
        f'<img src="{base}/pixel.png">'
        f"<script>fetch('{base}/script')</script>"
    )


def images(data: bytes) -> int:
    count = 0
    for page in pdf_reader(data).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        count += sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
    return count


def test_hostile_markup_in_an_article_prints_as_text_and_fetches_nothing(server) -> None:
    need_pdf()
    base, hits = server
    markup = hostile(base)
    a = make_article("a", f"The draft said {markup} verbatim.")
    data = rendered(make_briefing((a,), {"decisions": (item(f"Said {markup}.", "Alpha", a),)}), "pdf")
    assert hits == []
    text = pdf_text(data)
    assert '<img src="file:///etc/passwd">' in text and "<script>" in text
    assert "root:" not in text
    assert images(data) == 0


def test_hostile_markup_in_a_template_is_refused(tmp_path: Path, server, caplog) -> None:
    need_pdf()
    base, hits = server
    templates = copy_templates(tmp_path / "t")
    page = templates / "briefing.html.j2"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "{% block head_extra %}{% endblock %}",
            hostile(base)
            + '<link rel="stylesheet" href="file:///etc/passwd">'
            + '<link rel="stylesheet" href="../../../../../../etc/passwd">'
            + f"<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}"
            + f"@font-face {{ font-family: X; src: url({base}/font.ttf) }} h1 {{ font-family: X }}</style>",
        ),
        encoding="utf-8",
    )
    css = templates / "briefing.css"
    css.write_text(f"@import url({base}/from-css.css);\n" + css.read_text(encoding="utf-8"), encoding="utf-8")
    a = make_article("a", "Plain text.")
    with caplog.at_level(logging.WARNING, logger="briefing.render.pdf"):
        data = rendered(make_briefing((a,), {"decisions": (item("Plain.", None, a),)}), "pdf", templates)
    assert hits == []
    assert data.startswith(b"%PDF-")
    assert "root:" not in pdf_text(data)
    assert images(data) == 0
    refused = " ".join(r.getMessage() for r in caplog.records)
    assert "refused to fetch file:///etc/passwd" in refused
    assert f"refused to fetch {base}/style.css" in refused


def test_files_inside_the_templates_folder_still_load(tmp_path: Path) -> None:
    need_pdf()
    from PIL import Image

    templates = copy_templates(tmp_path / "t")
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 0, 0)).save(buffer, format="PNG")
    (templates / "logo.png").write_bytes(buffer.getvalue())
    page = templates / "briefing.html.j2"
    page.write_text(
        page.read_text(encoding="utf-8").replace('<p class="kicker">', '<img src="logo.png" alt=""><p class="kicker">'),
        encoding="utf-8",
    )
    a = make_article("a", "Plain text.")
    assert images(rendered(make_briefing((a,), {"decisions": ()}), "pdf", templates)) == 1


def test_allowed_file_is_confined_to_the_root(tmp_path: Path) -> None:
    root = tmp_path / "templates"
    root.mkdir()
    (root / "briefing.css").write_text("x", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("s", encoding="utf-8")
    (root / "link.css").symlink_to(tmp_path / "secret.txt")
    root = root.resolve()
    assert allowed_file((root / "briefing.css").as_uri(), root) == root / "briefing.css"
    assert allowed_file((root / "link.css").as_uri(), root) is None
    assert allowed_file(f"{root.as_uri()}/../secret.txt", root) is None
    assert allowed_file("file:///etc/passwd", root) is None
    assert allowed_file("http://127.0.0.1/briefing.css", root) is None
    assert allowed_file((root / "missing.css").as_uri(), root) is None
