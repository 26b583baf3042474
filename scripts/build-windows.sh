#!/usr/bin/env bash
# Build the Windows package: dist/ics-board-designer-VERSION-windows-x64.zip, holding the
# stripped window app (with its icon, version information and manifest), its console
# ics-board-designer.com, the example designs and templates, the user docs and
# README-windows.txt. Run as root it installs what it needs (docs/windows.md).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
name="ics-board-designer-$version-windows-x64"
start=$(date +%s)

bin=$(bash scripts/windows/cross-build.sh release)
# shellcheck source=scripts/need.sh
source scripts/need.sh
need zip

stage="dist/$name"
rm -rf "$stage" "dist/$name.zip"
mkdir -p "$stage/saved_designs" "$stage/templates" "$stage/docs"
x86_64-w64-mingw32-strip -o "$stage/ics-board-designer.exe" "$bin/ics-board-designer.exe"
x86_64-w64-mingw32-strip -o "$stage/ics-board-designer.com" "$bin/ics-board-designer-console.exe"
cp saved_designs/*.ron saved_designs/*.csv saved_designs/*.xlsx saved_designs/*.ods "$stage/saved_designs/"
cp assets/templates/* "$stage/templates/"
cp -r docs/. "$stage/docs/"
# Windows readers expect CRLF line ends in a text file they open in Notepad.
sed 's/$/\r/' scripts/windows/README-windows.txt > "$stage/README-windows.txt"
(cd dist && zip -qr "$name.zip" "$name")
echo "Wrote dist/$name.zip ($(du -h "dist/$name.zip" | cut -f1); the exe $(du -h "$stage/ics-board-designer.exe" | cut -f1), the .com $(du -h "$stage/ics-board-designer.com" | cut -f1)) in $(( $(date +%s) - start )) s"
