#!/usr/bin/env bash
# Renders the sample assessment report (36 units, see Tests/CaseWatchExportTests/SampleReports.swift) with
# headless Chromium and copies the English page's picture to docs/assessment-report.png (the README's picture).
# Needs Debian's chromium (apt-get install -y chromium fonts-noto-cjk).
# Usage: scripts/assessment-report-png.sh   (SCRATCH_PATH=.build-x to build elsewhere than .build)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install -y chromium fonts-noto-cjk" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
scratch="${SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --build-tests
CASEWATCH_ASSESSMENT_SAMPLE_DIR="$out" swift test --scratch-path "$scratch" --skip-build --filter ChromiumRenderTests
cp "$out/assessment-en.png" docs/assessment-report.png
echo "wrote docs/assessment-report.png"
