#!/usr/bin/env bash
# Glassbox SessionStart hook: make sure the local agent runs. When it is up with the same configuration this
# returns in a few milliseconds (bash builtins, one /health request over /dev/tcp, no Node). It never fails the
# session: every path exits 0.
set -u

port="${CLAUDE_PLUGIN_OPTION_AGENTPORT:-47821}"
case "$port" in '' | *[!0-9]*) port=47821 ;; esac
data="${CLAUDE_PLUGIN_DATA:-${HOME:-/tmp}/.glassbox/agent}"
root="${CLAUDE_PLUGIN_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

# The agent computes the same checksum of the same values (FULL_CONFIG_KEY_VARIABLES in src/full-agent-config.ts).
key="${CLAUDE_PLUGIN_ROOT:-}|${CLAUDE_PLUGIN_DATA:-}|${CLAUDE_PLUGIN_OPTION_AGENTPORT:-}|${CLAUDE_PLUGIN_OPTION_EXPORTERS:-}|${CLAUDE_PLUGIN_OPTION_FILEDIRECTORY:-}|${CLAUDE_PLUGIN_OPTION_SAMPLINGRATE:-}|${CLAUDE_PLUGIN_OPTION_CAPTURECONTENT:-}|${CLAUDE_PLUGIN_OPTION_IDLETIMEOUTMINUTES:-}|${CLAUDE_PLUGIN_OPTION_TURNSUMMARY:-}|${CLAUDE_PLUGIN_OPTION_OTLPENDPOINT:-}|${CLAUDE_PLUGIN_OPTION_OTLPPROTOCOL:-}|${CLAUDE_PLUGIN_OPTION_OTLPHEADERS:-}|${CLAUDE_PLUGIN_OPTION_OTLPCOMPRESSION:-}|${CLAUDE_PLUGIN_OPTION_METRICSPORT:-}"

# One HTTP/1.0 request; prints the response (the agent closes the connection after it).
request() {
  local method="$1" path="$2" reply=""
  exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null || return 1
  printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n' "$method" "$path" >&3
  IFS= read -r -t 2 -d '' reply <&3
  exec 3<&- 3>&-
  printf '%s' "$reply"
}

health="$(request GET /health 2>/dev/null)"
if [[ "$health" == *'"name":"glassbox-agent"'* ]]; then
  want="$(printf '%s' "$key" | cksum)"
  want="${want%% *}"
  if [[ "$health" == *"\"configHash\":\"$want\""* ]]; then
    exit 0
  fi
  # Configuration (or plugin version) changed: ask the old agent to flush and exit; the new one waits for the port.
  request POST /v1/shutdown >/dev/null 2>&1
elif [[ -n "$health" ]]; then
  # Something else answers on the port: starting an agent would not help.
  exit 0
fi

node_bin="$(command -v node 2>/dev/null)" || exit 0
[[ -f "$root/dist/agent.mjs" ]] || exit 0
mkdir -p "$data" 2>/dev/null && chmod 700 "$data" 2>/dev/null
log="$data/agent.log"
if [[ -f "$log" ]] && (($(wc -c <"$log" 2>/dev/null || echo 0) > 5242880)); then
  mv -f "$log" "$log.1" 2>/dev/null
fi
export GLASSBOX_AGENT_DATA_DIR="$data"
# Until these hooks sign their requests (the agent's channel key), the agent also serves unsigned ones.
export GLASSBOX_AGENT_ACCEPT_UNSIGNED=1
# Detached from Claude Code's process group so that the end of a `-p` run does not take it down.
if command -v setsid >/dev/null 2>&1; then
  setsid "$node_bin" "$root/dist/agent.mjs" </dev/null >>"$log" 2>&1 &
else
  nohup "$node_bin" "$root/dist/agent.mjs" </dev/null >>"$log" 2>&1 &
fi
# Wait (at most 2 s) until it listens, so the first prompt's hooks and the mod's first batch reach it. Polls every
# 10 ms with `read -t` on a pipe nobody writes to: a builtin, where `sleep` would fork once per poll.
exec {nap}<> <(:) 2>/dev/null || nap=""
for ((i = 0; i < 200; i++)); do
  if [[ -n "$nap" ]]; then read -r -t 0.01 -u "$nap" _; else sleep 0.01; fi
  [[ "$(request GET /health 2>/dev/null)" == *'"name":"glassbox-agent"'* ]] && break
done
exit 0
