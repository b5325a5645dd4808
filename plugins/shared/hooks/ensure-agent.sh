#!/usr/bin/env bash
# Glassbox SessionStart hook: make sure the user's agent runs. One agent per user whichever Glassbox plugins are
# installed: it lives in the per-user home (agent.key, agent.endpoint); a plugin leaves a verified agent of a plugin
# of equal or higher rank alone (gb_rank_of in glassbox-channel.sh). Every exchange is signed with the user's key and a
# reply counts only when its signature verifies: something else on the port is never told to stop and never
# trusted; our agent then starts on another port (clients follow agent.endpoint). Bounded: at most ~2.5 s even
# against a listener that accepts and never answers. Bash builtins and sha256sum, no Node until it starts
# one. Every path exits 0.
set -u
exec 2>/dev/null
plugin=@PLUGIN@
rank=@RANK@

dir="${BASH_SOURCE[0]%/*}"
[[ "$dir" == "${BASH_SOURCE[0]}" ]] && dir=.
# shellcheck source=glassbox-channel.sh
source "$dir/glassbox-channel.sh" || exit 0
root="${CLAUDE_PLUGIN_ROOT:-$(cd "$dir/.." && pwd)}"
data="${CLAUDE_PLUGIN_DATA:-${HOME:-/tmp}/.glassbox/agent}"
now_ms() {
  now="${EPOCHREALTIME/./}"
  now="${now:0:${#now}-3}"
}
now_ms
deadline=$((now + 2200))
# Sets wait to the seconds a request may still take: at most $1 ms, and never past the deadline.
budget() {
  now_ms
  local ms=$((deadline - now))
  ((ms > $1)) && ms=$1
  ((ms >= 20)) || return 1
  printf -v wait '0.%03d' "$ms"
  ((ms < 1000)) || wait=1
}

# @KEY_VARS_COMMENT@
key_vars=(@KEY_VARS@)
key=""
for ((i = 0; i < ${#key_vars[@]}; i++)); do
  ((i)) && key+="|"
  v="${key_vars[i]}"
  key+="${!v:-}"
done

# Warm start (nearly every session): the agent agent.endpoint names is ours, alive, and runs this configuration
# or serves a plugin of equal or higher rank. Builtins only; anything off falls through to the signed check.
gb_trust_endpoint "$plugin" "$rank" "${key_vars[@]}" && exit 0

# The per-user home: 0700 and ours, or nothing is done (doctor explains).
(umask 077 && mkdir -p "$gb_home") || exit 0
gb_own_dir "$gb_home" || exit 0
chmod 700 "$gb_home" || exit 0
# The key: 32 random bytes as hex, written under a temporary name and linked into place, so it is never
# half-written and an existing key is never replaced (whoever links first wins).
if [[ ! -e "$gb_home/agent.key" ]]; then
  hex="$(od -An -N32 -tx1 /dev/urandom)"
  hex="${hex//[!0-9a-f]/}"
  tmp="$gb_home/agent.key.$$.$SRANDOM.tmp"
  if [[ ${#hex} == 64 ]] && (umask 077 && set -o noclobber && printf '%s\n' "$hex" >"$tmp"); then
    ln "$tmp" "$gb_home/agent.key"
  fi
  rm -f "$tmp"
fi
gb_load_key || exit 0

rank_of() {
  gb_rank_of "$1"
  other_rank="$gb_rank"
}

gb_read_endpoint
old_pid=""
budget 400 || exit 0
# Verified: the reply is our agent's (gb_request checks the signature), whatever its status.
verified=""
gb_request GET /v1/health "" "$gb_agent_port" "$wait" && verified=1
if [[ -n "$verified" && "$gb_status" == 200 && "$gb_body" =~ \"name\":\"glassbox-agent\".*\"pid\":([0-9]+) ]]; then
  old_pid="${BASH_REMATCH[1]}"
  # The plugin that runs it (agent.endpoint, when the file names the agent that answered).
  running="$plugin"
  [[ "$gb_agent_pid" == "$old_pid" && -n "$gb_agent_plugin" ]] && running="$gb_agent_plugin"
  rank_of "$running"
  if [[ "$running" != "$plugin" ]]; then
    ((other_rank >= rank)) && exit 0
  else
    # The agent reports its key as a JSON string: escape \ and " the same way (builtins only, no fork).
    json_key="${key//\\/\\\\}"
    json_key="${json_key//\"/\\\"}"
    [[ "$gb_body" == *"\"configKey\":\"$json_key\""* ]] && exit 0
    # Keys JSON escapes further (control characters): compare the keyed hash.
    gb_hmac "$key" && [[ "$gb_body" == *"\"configHash\":\"$gb_digest\""* ]] && exit 0
  fi
  # Another configuration, or a lower-rank plugin's agent: ask it to flush and exit; ours waits for its lock.
  budget 400 && gb_request POST /v1/shutdown '{}' "$gb_agent_port" "$wait"
elif [[ -z "$verified" && -n "$gb_connected" ]]; then
  # Something that is not the user's agent holds the port: start ours on any free port instead. (Our agent that
  # answers 503 is stopping, e.g. for another plugin's configuration change: ours waits for its port.)
  export GLASSBOX_AGENT_PORT=0
fi

node_bin="$(command -v node)" || exit 0
[[ -f "$root/dist/agent.mjs" ]] || exit 0
mkdir -p "$data" && chmod 700 "$data"
log="$data/agent.log"
if [[ -f "$log" ]] && (($(wc -c <"$log" || echo 0) > 5242880)); then
  mv -f "$log" "$log.1"
fi
export GLASSBOX_AGENT_DATA_DIR="$data" GLASSBOX_PLUGIN="$plugin" GLASSBOX_HOME="$gb_home"
# Detached from Claude Code's process group so that the end of a `-p` run does not take it down.
if command -v setsid >/dev/null; then
  setsid "$node_bin" "$root/dist/agent.mjs" </dev/null >>"$log" 2>&1 &
else
  nohup "$node_bin" "$root/dist/agent.mjs" </dev/null >>"$log" 2>&1 &
fi
# Wait (within the deadline) until the new agent has written agent.endpoint (it does once it listens), so the
# first prompt's hooks and the mod's first batch reach it. Polls every 20 ms with `read -t` on a pipe nobody writes to (a builtin,
# where `sleep` would fork once per poll).
exec {nap}<> <(:) || nap=""
while now_ms && ((now < deadline)); do
  if [[ -n "$nap" ]]; then read -r -t 0.02 -u "$nap" _; else sleep 0.02; fi
  gb_read_endpoint
  if [[ -n "$gb_agent_pid" && "$gb_agent_pid" != "$old_pid" ]]; then
    # Only an agent of this rank or higher ends the wait: a lower-ranked one that won the port is about to make
    # way for ours, and the session's first requests must reach the agent that stays.
    gb_rank_of "$gb_agent_plugin"
    ((gb_rank >= rank)) && break
  fi
done
exit 0
