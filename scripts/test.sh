#!/usr/bin/env bash
# Quickstart, command 2: set everything up, then run every check: lint, type-check, build, all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
pnpm lint
pnpm turbo run typecheck test --concurrency=2
