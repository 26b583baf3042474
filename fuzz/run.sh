#!/usr/bin/env bash
# Fuzz the design loader with libFuzzer through cargo fuzz. Not run in CI.
# Usage: fuzz/run.sh [SECONDS]   (default 1800 = 30 minutes)
# Crashes land in fuzz/artifacts/load/; copy each into tests/data/fuzz/ as a regression case.
set -euo pipefail
cd "$(dirname "$0")"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p corpus/load
cp ../saved_designs/*.ron corpus/load/
# cargo fuzz needs nightly-only flags; RUSTC_BOOTSTRAP lets the installed stable toolchain accept them.
RUSTC_BOOTSTRAP=1 cargo fuzz run load corpus/load -- \
  -max_total_time="${1:-1800}" -max_len=65536 -print_final_stats=1
