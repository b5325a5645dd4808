#!/usr/bin/env bash
# Quickstart, command 2: set everything up, then run every check: lint, type-check, build, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
pnpm lint
# No test or script may read outside the repository: no developer machine's path in a tracked file.
node --test scripts/check-absolute-paths.test.mjs
node scripts/check-absolute-paths.mjs
# Committed plugin bundles equal a build of the committed sources made in a clean copy (~30-60 s).
node scripts/check-bundles.mjs
find packages plugins bench -name .test-report.json -not -path '*/node_modules/*' -delete 2>/dev/null || true
# --force: every test runs on every call; a cached pass is not a pass.
pnpm turbo run typecheck test --concurrency=2 --force
node scripts/test-summary.mjs
