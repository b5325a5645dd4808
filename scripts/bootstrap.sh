#!/usr/bin/env bash
# Installs everything Glassbox needs on a fresh machine (Node 20 is assumed): pnpm, dependencies
# (including the pinned Claude Code binary), Debian packages for the Prometheus tests, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION="$(node -p 'require("./package.json").packageManager.split("@")[1]')"
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm@$PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

# Prometheus and promtool back the dashboard and alert-rule tests (Debian packages).
if [ "${GLASSBOX_SKIP_APT:-0}" != "1" ] && ! command -v promtool >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: installing prometheus (Debian)"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq prometheus >/dev/null 2>&1 || echo "bootstrap: prometheus install failed; Prometheus tests will fail"
  # The package starts a system service on :9090; tests run their own instance.
  $SUDO systemctl stop prometheus >/dev/null 2>&1 || $SUDO service prometheus stop >/dev/null 2>&1 || true
fi

# tmux drives the interactive terminal UI in the end-to-end tests (@glassbox/testkit's startTmuxClaude).
if [ "${GLASSBOX_SKIP_APT:-0}" != "1" ] && ! command -v tmux >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: installing tmux (Debian)"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq tmux >/dev/null 2>&1 || echo "bootstrap: tmux install failed; the interactive e2e tests will fail"
fi

# Headless Chromium opens the pages `glassbox report --html` writes (packages/cli's page test).
if [ "${GLASSBOX_SKIP_APT:-0}" != "1" ] && ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: installing chromium (Debian)"
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null 2>&1 || echo "bootstrap: chromium install failed; the HTML page test will fail"
fi

pnpm install --frozen-lockfile
pnpm turbo run build
