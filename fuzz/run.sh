#!/usr/bin/env bash
# Runs one fuzz target with libFuzzer on the stable toolchain (no cargo-fuzz
# or nightly needed): coverage instrumentation through stable codegen flags.
#
#   bash fuzz/run.sh quantities 600     # target, seconds (default 600)
#
# `cargo fuzz run TARGET` works as well where cargo-fuzz and a nightly
# toolchain are installed. Crashes land in fuzz/artifacts/TARGET/; replay
# one with `fuzz/target/<host triple>/release/TARGET FILE`, then keep it as a regression
# test in tests/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target: quantities, extract or ledger}
seconds=${2:-600}
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps the flags off build scripts and proc macros.
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --target "$triple" --bin "$target"
mkdir -p "corpus/$target" "artifacts/$target"
if [ -z "$(ls -A "corpus/$target")" ]; then
    cp ../tests/fixtures/reports/docs/*.txt ../tests/fixtures/quantities/*.txt "corpus/$target/" 2>/dev/null || true
fi
"target/$triple/release/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix="artifacts/$target/" "corpus/$target"
