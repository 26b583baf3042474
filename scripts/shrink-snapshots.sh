#!/usr/bin/env bash
# Keep the snapshot tests' reference images small: after `UPDATE_SNAPSHOTS=1 cargo test` has
# written new ones, recompress them without loss (egui_kittest compares pixels, not bytes, so
# the smaller files still match). Run as root it installs optipng.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v optipng >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq optipng >/dev/null
before=$(du -sk tests/snapshots | cut -f1)
optipng -quiet -o2 -strip all tests/snapshots/*.png
echo "tests/snapshots: ${before} KB -> $(du -sk tests/snapshots | cut -f1) KB"
