#!/usr/bin/env bash
# Builds titraille with its tests (installing Debian packages when missing)
# and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh -DTITRAILLE_BUILD_TESTS=ON
python3 tests/gold/check_gold.py >/dev/null
python3 lexicon/check_lexicon.py >/dev/null
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
