#!/usr/bin/env bash
# README pictures from real output: the briefing of seeds/ as PDF and DOCX, first page of each.
#   bash scripts/screenshots.sh        (needs .venv, poppler-utils' pdftoppm; LibreOffice for the DOCX)
# The PDF page is WeasyPrint's own output rasterised by pdftoppm. The DOCX page is the DOCX as
# LibreOffice lays it out (soffice --headless --convert-to pdf), then rasterised the same way;
# Word's layout differs in details (fonts, spacing). Without soffice the DOCX picture is left as is.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (apt-get install poppler-utils)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/briefing.toml" <<TOML
seeds = "$PWD/seeds"
templates = "$PWD/templates"
title = "Regional Briefing"
marking = "UNCLASSIFIED - FOR INTERNAL USE"
TOML
# A fixed clock (29 November 2025, 18:30 UTC) so the pictures only change when the layout does.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764441000} \
  .venv/bin/briefing generate --config "$work/briefing.toml" --format pdf,docx --output "$work/briefing.pdf" -q

pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/briefing.pdf" docs/images/briefing-pdf-page1
echo "docs/images/briefing-pdf-page1.png"

if command -v soffice >/dev/null; then
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf \
    --outdir "$work/docx" "$work/briefing.docx" >/dev/null
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/docx/briefing.pdf" docs/images/briefing-docx-page1
  echo "docs/images/briefing-docx-page1.png"
else
  echo "soffice not found: docs/images/briefing-docx-page1.png not updated (apt-get install libreoffice-writer)" >&2
fi
