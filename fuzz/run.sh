#!/usr/bin/env bash
# Fuzz with libFuzzer through cargo fuzz. Not run in CI.
# Usage: fuzz/run.sh [RUNS] [TARGET...]   (default: 1,000,000 runs of each of load, cluster,
#                                          exports, roster, workbook and appraisal)
#   load     any bytes to the design loader; what loads validates and survives save -> load
#   cluster  any bytes to the design-or-cluster loader; a cluster validates, proposes its
#            successor and survives save -> load
#   exports  whatever loads, written in every text format (design and cluster)
#   roster   any bytes read as a CSV roster, then planned against the built-in example
#   workbook any bytes read as an XLSX or ODS roster (measured before calamine reads it)
#   appraisal any bytes to the appraisal loader; what loads is scored, written as the options
#            paper in every text format, and survives save -> load
# Crashes land in fuzz/artifacts/TARGET/; copy each into tests/data/fuzz/ as a regression case.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-1000000}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load cluster exports roster workbook appraisal)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  case "$target" in
    roster) cp ../saved_designs/*.csv "corpus/$target/" ;;
    workbook) cp ../saved_designs/*.xlsx ../saved_designs/*.ods "corpus/$target/" ;;
    appraisal)
      cp ../saved_designs/appraisal_*.ron "corpus/$target/"
      # The example with its options inline, so the corpus holds whole designs and clusters.
      (cd .. && cargo run --quiet -- appraise saved_designs/appraisal_2027_merger.ron --embed -o "fuzz/corpus/$target/embedded.ron")
      ;;
    *)
      cp ../saved_designs/*.ron "corpus/$target/"
      for f in ../tests/data/v1/*.ron; do cp "$f" "corpus/$target/v1-$(basename "$f")"; done
      ;;
  esac
  # cargo fuzz needs nightly-only flags; RUSTC_BOOTSTRAP lets the installed stable toolchain
  # accept them. No sanitizer: the crate forbids unsafe code, and the runs go three times faster.
  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none "$target" "corpus/$target" -- \
    -runs="$runs" -max_len=65536 -print_final_stats=1 2>&1 | tail -n 12
done
