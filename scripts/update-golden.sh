#!/usr/bin/env bash
# Rewrites tests/golden/* from the current build after an intended change of
# the output. Review `git diff tests/golden` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" -j"$(nproc)" --target titraille_tests
TITRAILLE_UPDATE_GOLDEN=1 "$build/tests/titraille_tests" --gtest_filter='Examples/GoldenTest.*:Multi/MergeGolden.*'
git status --short tests/golden
