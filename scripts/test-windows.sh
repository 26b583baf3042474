#!/usr/bin/env bash
# Test the Windows build under Wine (docs/windows.md). Run as root it installs what it needs.
#
# - the exe is cross-built (WINDOWS_PROFILE, dev by default: dependencies optimised, our crate
#   not; release for the packaged build) and run through ics-board-designer.com, its console;
# - Wine 8 lacks bcryptprimitives.dll, which Rust's standard library needs: a stand-in is built
#   here from scripts/windows/bcryptprimitives.c, for these tests only (real Windows has it);
# - `check --format json` of every file in saved_designs/ must equal the Linux binary's;
# - every export format (of a design, a cluster with its successor, an appraisal) must give
#   the same bytes as on Linux (a PDF: the same text and pages);
# - a design saved through a path with spaces, non-ASCII letters and over 260 characters must be
#   the same bytes as on Linux (LF line ends), and read back; a CRLF copy must read the same;
# - exit statuses must come through the console;
# - the window must open at 1366x768 under Xvfb, the holders' names must be readable by OCR in
#   its screenshot, and quitting must leave the settings under %APPDATA%.
# Prints one line a test and a summary; exits 1 if any failed. The screenshot is left at
# $OUT/windows-1366x768.png (OUT defaults to target/windows-test).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${OUT:-$root/target/windows-test}
profile=${WINDOWS_PROFILE:-dev}
start=$(date +%s)

# shellcheck source=scripts/need.sh
source scripts/need.sh
need wine64 xvfb xdotool imagemagick tesseract-ocr gcc-mingw-w64-x86-64 poppler-utils
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)

bin=$(bash scripts/windows/cross-build.sh "$profile")
echo "Windows build ($profile) ready after $(( $(date +%s) - start )) s"
cargo build --quiet --bin ics-board-designer
linux=$root/target/debug/ics-board-designer

rm -rf "$out"
mkdir -p "$out/app" "$out/linux" "$out/windows"
cp "$bin/ics-board-designer.exe" "$out/app/"
cp "$bin/ics-board-designer-console.exe" "$out/app/ics-board-designer.com"
x86_64-w64-mingw32-gcc -O2 -shared -o "$out/app/bcryptprimitives.dll" \
  scripts/windows/bcryptprimitives.c

# A private Wine prefix and X screen; Wine's Mono and Gecko are not wanted.
export WINEPREFIX="$out/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
display=$((90 + RANDOM % 100))
Xvfb ":$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; "$wine" wineboot -k >/dev/null 2>&1 || true' EXIT
export DISPLAY=":$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
"$wine" wineboot -i >/dev/null 2>&1
echo "Wine prefix ready after $(( $(date +%s) - start )) s"

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
win() { "$wine" "$out/app/ics-board-designer.com" "$@"; }
# The Windows name of an absolute Linux path: Wine's drive Z: is /. (winepath -w cuts names
# at 260 characters, and this test needs longer ones.)
winpath() { local p=${1//\//\\}; printf 'Z:%s' "$p"; }

# 1. check --format json on every file in saved_designs/, against Linux (one run for them all).
"$linux" check --format json saved_designs/*.ron >"$out/linux/check.json" || true
win check --format json saved_designs/*.ron | tr -d '\r' >"$out/windows/check.json" || true
files=$(ls saved_designs/*.ron | wc -l)
if [ -s "$out/linux/check.json" ] && cmp -s "$out/linux/check.json" "$out/windows/check.json"; then
  pass "check --format json of the $files files in saved_designs/ gives the same JSON as on Linux"
else
  fail "check --format json of saved_designs/ differs from Linux (diff $out/linux/check.json $out/windows/check.json)"
fi

# 2. Every export format, the same bytes as on Linux (a design, a cluster, an appraisal).
exports() {
  local file=$1
  shift
  for to in "$@"; do
    local ext=${to#*:} fmt=${to%%:*} name
    name="$(basename "$file" .ron)-$fmt.$ext"
    "$linux" export "$file" --to "$fmt" -o "$out/linux/$name" >/dev/null 2>&1 || true
    win export "$file" --to "$fmt" -o "$(winpath "$out/windows/$name")" >/dev/null 2>&1 || true
    if [ "$ext" = pdf ]; then
      # svg2pdf writes its fonts in hash order, so a PDF's objects are ordered differently
      # from one run to the next on any system: compare what a reader gets, text and pages.
      if [ -s "$out/linux/$name" ] && [ -s "$out/windows/$name" ] &&
        [ "$(pdftotext -layout "$out/linux/$name" - | md5sum)" = "$(pdftotext -layout "$out/windows/$name" - | md5sum)" ] &&
        [ "$(pdfinfo "$out/linux/$name" | grep Pages)" = "$(pdfinfo "$out/windows/$name" | grep Pages)" ]; then
        pass "export --to $fmt ($ext) $file (the same text and pages)"
      else
        fail "export --to $fmt ($ext) $file: not the same text or pages as on Linux"
      fi
    elif [ -s "$out/linux/$name" ] && cmp -s "$out/linux/$name" "$out/windows/$name"; then
      pass "export --to $fmt ($ext) $file"
    else
      fail "export --to $fmt ($ext) $file: not the same bytes as on Linux"
    fi
  done
}
exports saved_designs/board_in_post_2026.ron html:html svg:svg png:png md:md csv:csv \
  clause:md docx:docx pdf:pdf interests:md interests:csv skills:md skills:csv fppt:md fppt:csv
exports saved_designs/merger_three_icbs.ron html:html svg:svg png:png md:md csv:csv \
  clause:md transition:md
exports saved_designs/appraisal_2027_merger.ron html:html md:md csv:csv docx:docx

# 3. Save and read back through a path as people have them: spaces, non-ASCII letters, and
#    more than 260 characters in all.
deep="$out/windows/Jo Bloggs/OneDrive - NHS Trust/Board designs – Ünïcödé, Sørensen & Zoë"
for _ in 1 2 3 4; do deep="$deep/Governance workstream papers for the merged integrated care board"; done
mkdir -p "$deep"
target="$deep/draft board (v2).ron"
wintarget=$(winpath "$target")
if [ "${#wintarget}" -gt 260 ]; then pass "the path is ${#wintarget} characters long"; else fail "the path is only ${#wintarget} characters"; fi
"$linux" debug-stress-design "$out/linux/stress.ron" --seats 40
win debug-stress-design "$wintarget" --seats 40 || true
if cmp -s "$out/linux/stress.ron" "$target"; then
  pass "a design saved on Windows is byte for byte the Linux file (LF line ends)"
else
  fail "the design saved through the long path differs from Linux's (or was not written)"
fi
"$linux" check --format json "$out/linux/stress.ron" | sed 's/"path": "[^"]*"/"path": ""/' >"$out/linux/stress.json" || true
win check --format json "$wintarget" | tr -d '\r' | sed 's/"path": "[^"]*"/"path": ""/' >"$out/windows/stress.json" || true
if [ -s "$out/linux/stress.json" ] && cmp -s "$out/linux/stress.json" "$out/windows/stress.json"; then
  pass "the saved design reads back through the long path"
else
  fail "the saved design did not read back through the long path"
fi
[ -f "$target" ] && sed 's/$/\r/' "$target" >"$deep/crlf copy.ron"
win check --format json "$(winpath "$deep/crlf copy.ron")" | tr -d '\r' | sed 's/"path": "[^"]*"/"path": ""/' >"$out/windows/crlf.json" || true
if cmp -s "$out/linux/stress.json" "$out/windows/crlf.json"; then
  pass "a copy with CRLF line ends reads the same"
else
  fail "a copy with CRLF line ends reads differently"
fi
win export "$wintarget" --to md -o "$(winpath "$deep/paper – Zoë.md")" >/dev/null 2>&1 || true
if [ -s "$deep/paper – Zoë.md" ]; then pass "an export writes beside it, into the long path"; else fail "no export in the long path"; fi

# 4. Exit statuses come through ics-board-designer.com.
status() { set +e; "$@" >/dev/null 2>&1; echo $?; set -e; }
printf 'Design(format_version: 1, name: "x", seats: [' >"$out/windows/broken.ron"
expect() {
  local want=$1 what=$2
  shift 2
  local got
  got=$(status "$@")
  if [ "$got" = "$want" ]; then pass "$what exits $want"; else fail "$what exits $got, not $want"; fi
}
expect 0 "check of a valid design" win check saved_designs/df2021_minimum.ron
expect 1 "check of a design with errors" win check saved_designs/workshop_start.ron
expect 2 "check of a file that cannot be read" win check "$(winpath "$out/windows/broken.ron")"
expect 2 "export of a design over itself (refused)" win export saved_designs/df2021_minimum.ron --to md -o 'saved_designs\df2021_minimum.ron'
expect 0 "check of a relative path with backslashes" win check 'saved_designs\df2021_minimum.ron'

# 5. The window: opens at 1366x768, the holders' names can be read, settings go to %APPDATA%.
design=saved_designs/option_f_mixed_models.ron
python3 - "$design" >"$out/names" <<'PY'
import re, sys
for n in re.findall(r'holder: (?:Some\()?Holder\(\s*name: "([^"]+)"', open(sys.argv[1]).read()):
    print(n)
PY
total=$(wc -l <"$out/names")
# How many of the holders' names OCR reads in the screenshot.
names_read() {
  tesseract "$1" "$out/ocr" >/dev/null 2>&1 || true
  local text found=0
  text=$(tr '\n' ' ' <"$out/ocr.txt" 2>/dev/null || true)
  while IFS= read -r n; do
    if grep -qF "$n" <<<"$text"; then found=$((found + 1)); fi
  done <"$out/names"
  echo "$found"
}
"$wine" "$out/app/ics-board-designer.exe" "$design" >/dev/null 2>&1 &
app=$!
wid=$(timeout 120 xdotool search --sync --onlyvisible --name "ICS Board Designer" 2>/dev/null | head -n 1 || true)
shot="$out/windows-1366x768.png"
found=0
if [ -n "$wid" ]; then
  pass "the window opened"
  # The first frames take a while in software OpenGL under Wine: look again until the board
  # is drawn (up to a minute), as a person would wait for it.
  for _ in $(seq 12); do
    sleep 5
    import -window root "$shot" 2>/dev/null || continue
    found=$(names_read "$shot")
    [ "$found" -ge "$total" ] && break
  done
  # All but a name or two, as on Linux at this size (docs/windows.md).
  if [ "$total" -gt 0 ] && [ $((found * 10)) -ge $((total * 8)) ]; then
    pass "OCR read $found of $total holder names in the window at 1366x768"
  else
    fail "OCR read only $found of $total holder names at 1366x768"
  fi
  xdotool windowfocus "$wid" key ctrl+q 2>/dev/null || true
  for _ in $(seq 30); do kill -0 $app 2>/dev/null || break; sleep 1; done
else
  fail "the window did not open within 120 s"
fi
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
user=$(whoami)
settings="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/ICS/ICS Board Designer/data"
if [ -d "$settings" ] && [ -n "$(ls -A "$settings")" ]; then
  pass "settings are kept under %APPDATA%\\ICS\\ICS Board Designer\\data ($(ls "$settings" | tr '\n' ' '))"
else
  fail "no settings under %APPDATA%\\ICS\\ICS Board Designer\\data"
fi

echo "Windows under Wine: $passed passed, $failed failed, in $(( $(date +%s) - start )) s"
[ "$failed" -eq 0 ]
