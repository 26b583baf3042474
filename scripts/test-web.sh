#!/usr/bin/env bash
# The designer in a real browser (docs/web.md): builds dist/web (scripts/build-web.sh), serves
# it on 127.0.0.1, and drives Debian's headless Chromium over the DevTools protocol
# (scripts/web/test_web.py): the page loads with no console error and no request outside its
# folder, a file given to the file input shows its verdict, a drag made with real mouse events
# changes the findings, an export downloads with the native export's bytes, a reload offers the
# recovery copy, and OCR reads the holders' names at 1366x768. It prints the size, load and frame
# budgets (docs/performance.md). No browser is downloaded: Chromium is Debian's. Run as root it
# installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
# shellcheck source=scripts/need.sh
source scripts/need.sh
need chromium python3-websocket tesseract-ocr imagemagick

bash scripts/build-web.sh
# The native binary, for the export to compare with (built already by `cargo test` in CI).
cargo build --quiet --bin ics-board-designer
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
/usr/bin/python3 scripts/web/test_web.py dist/web target/debug/ics-board-designer "$out" \
  "${WEB_SCREENSHOT:-$out/shot.png}" || status=$?
echo "Web tests took $(( $(date +%s) - start )) s"
exit $status
