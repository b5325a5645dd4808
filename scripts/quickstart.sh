#!/usr/bin/env bash
# Quickstart, command 1: set everything up, then run a demo session of the real Claude Code against
# the embedded fake model and print what Glassbox captured.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
pnpm demo
