# shellcheck shell=bash
# Glassbox's authenticated channel in bash (sourced by ensure-agent.sh and notify.sh): the per-user home and key,
# HMAC-SHA256 with coreutils' sha256sum only (no openssl, no Node), and one signed request whose reply counts only
# when its signature verifies. The protocol is @glassbox/spec's agent-channel.ts; keep the two in step.

# Bytes, not characters: lengths, regular expressions and reads must not depend on the user's locale.
LC_ALL=C

gb_home="${GLASSBOX_HOME:-}"
if [[ -z "$gb_home" ]]; then
  gb_config="${CLAUDE_CONFIG_DIR:-${HOME:-}/.claude}"
  gb_home="${gb_config%/}/glassbox"
fi
gb_key=""
gb_ipad=""
gb_opad=""

# Loads agent.key (64 lowercase hex digits, a regular file of ours, 0600 unless $1 = fast, which skips the stat
# fork: the hooks rely on SessionStart's check and the 0700 home). Sets the HMAC pads as printf escapes.
gb_load_key() {
  local file="$gb_home/agent.key" line="" i b
  gb_own_file "$file" || return 1
  if [[ "${1:-}" != fast ]]; then
    [[ "$(stat -c %a "$file" 2>/dev/null)" == 600 ]] || return 1
  fi
  IFS= read -r line <"$file" || [[ -n "$line" ]] || return 1
  [[ "$line" =~ ^[0-9a-f]{64}$ ]] || return 1
  gb_key="$line"
  gb_ipad="" gb_opad=""
  for ((i = 0; i < 64; i += 2)); do
    b=$((16#${line:i:2}))
    printf -v gb_ipad '%s\\x%02x' "$gb_ipad" $((b ^ 0x36))
    printf -v gb_opad '%s\\x%02x' "$gb_opad" $((b ^ 0x5c))
  done
  # The key is 32 bytes; HMAC pads it with zeros to SHA-256's 64-byte block.
  for ((i = 0; i < 32; i++)); do
    gb_ipad+='\x36'
    gb_opad+='\x5c'
  done
}

# gb_own_dir DIR: DIR is a directory of ours, not a link (the home, and the drop directories in it).
gb_own_dir() {
  [[ -d "$1" && ! -L "$1" && -O "$1" ]]
}

# gb_own_file FILE: FILE is a regular file of ours, not a link (agent.key, agent.endpoint, a reply drop).
gb_own_file() {
  [[ -f "$1" && ! -L "$1" && -O "$1" ]]
}

# gb_write_private FILE TEXT: writes TEXT to a new FILE, 0600 whatever the umask, never through an existing name
# (noclobber). The umask is read from /proc (no fork) and put back: an agent started later must get the user's own.
gb_write_private() {
  local line mask="" rc=0
  while IFS=$'\t' read -r line mask; do [[ "$line" == Umask: ]] && break; mask=""; done <"/proc/$BASHPID/status"
  umask 077
  set -o noclobber
  printf '%s' "$2" >"$1" || rc=1
  set +o noclobber
  [[ "$mask" =~ ^[0-7]{3,4}$ ]] && umask "$mask"
  return "$rc"
}

# Hashing: sha256sum reads a scratch file that printf (a builtin) wrote, one fork and exec per digest (a
# `printf | sha256sum` pipeline in `$(…)` costs three processes). Not openssl's HMAC: it takes the key on its
# command line, which every local user can read in /proc. The scratch file holds key material (the pads), so it is
# created 0600 in the 0700 home whatever the umask, and removed when the script exits.
gb_scratch=""
gb_digest=""
gb_scratch_open() {
  [[ -n "$gb_scratch" ]] && return 0
  # Only in a home of ours (a directory, not a link): the file holds key material.
  gb_own_dir "$gb_home" || return 1
  gb_scratch="$gb_home/.hash.$BASHPID.$SRANDOM"
  gb_write_private "$gb_scratch" "" || gb_scratch=""
  [[ -n "$gb_scratch" ]] || return 1
  trap gb_scratch_close EXIT
}
# In the background: the hook's caller waits for its exit, not for rm. The agent's reply drop goes with it.
gb_drop=""
gb_scratch_close() {
  [[ -n "$gb_scratch$gb_drop" ]] && rm -f -- ${gb_scratch:+"$gb_scratch"} ${gb_drop:+"$gb_drop"} </dev/null >/dev/null 2>&1 &
  gb_scratch="" gb_drop=""
}

# gb_sha256_printf FORMAT ARGS…: sets gb_digest to the lowercase hex SHA-256 of the bytes `printf FORMAT ARGS…`
# writes.
gb_sha256_printf() {
  local out
  gb_digest=""
  gb_scratch_open || return 1
  # shellcheck disable=SC2059
  printf "$@" >"$gb_scratch" || return 1
  out="$(sha256sum <"$gb_scratch")" || return 1
  out="${out%% *}"
  [[ ${#out} == 64 ]] || return 1
  gb_digest="$out"
}

# Sets gb_digest to the lowercase hex SHA-256 of $1's bytes.
gb_sha256() {
  gb_sha256_printf '%s' "$1"
}

# Sets gb_digest to the lowercase hex HMAC-SHA256(agent key, $1's bytes).
gb_hmac() {
  [[ -n "$gb_ipad" ]] || return 1
  gb_sha256_printf "$gb_ipad%s" "$1" || return 1
  gb_sha256_printf "$gb_opad${gb_digest//??/\\x&}"
}

# Sets gb_agent_port: agent.endpoint's `port=` line (and gb_agent_pid, gb_agent_plugin), else the agentPort
# option, else 47821.
gb_agent_port=""
gb_agent_pid=""
gb_agent_plugin=""
gb_read_endpoint() {
  local line port="${CLAUDE_PLUGIN_OPTION_AGENTPORT:-}"
  gb_agent_pid="" gb_agent_plugin=""
  if [[ -f "$gb_home/agent.endpoint" ]]; then
    while IFS= read -r line; do
      case "$line" in
      port=*) port="${line#port=}" ;;
      pid=*) gb_agent_pid="${line#pid=}" ;;
      plugin=*) gb_agent_plugin="${line#plugin=}" ;;
      esac
    done <"$gb_home/agent.endpoint"
  fi
  [[ "$port" =~ ^[0-9]{1,5}$ ]] && ((port > 0 && port < 65536)) || port=47821
  gb_agent_port="$port"
}

# Rank of a plugin's agent in gb_rank: the one table of all bundles (held to packages/agent/src/plugin-rank.ts and
# to the plugin folders by plugin-rank.test.ts). The higher-ranked agent serves every plugin; Lite's exporters are a
# subset of every other's; glassbox, glassbox-audit and glassbox-datadog have no superset order, so the name breaks
# the tie (docs/architecture.md).
gb_rank=0
gb_rank_of() {
  case "$1" in
  glassbox) gb_rank=4 ;;
  glassbox-audit) gb_rank=3 ;;
  glassbox-datadog) gb_rank=2 ;;
  glassbox-lite) gb_rank=1 ;;
  *) gb_rank=0 ;;
  esac
}

# gb_trust_endpoint PLUGIN RANK CONFIG_VARIABLE…: true when agent.endpoint, a file of ours in our home, names a live
# process of ours (its /proc entry is ours) that runs node on a plugin's dist/agent.mjs with this home, and either
# that plugin is PLUGIN started with the same values of every CONFIG_VARIABLE, or it outranks or equals RANK. It
# reads /proc/<pid>/cmdline and environ (readable by the process's user only), so the comparison is of the values
# the agent really runs with; nothing is sent. Bash builtins only. Before it reads the file it marks agent.seen: an
# agent about to exit for idleness withdraws agent.endpoint first and stays when agent.seen is newer than its
# decision (see idle-exit.ts), so a trusted agent does not exit under the session that trusted it.
gb_trust_endpoint() {
  local plugin="$1" rank="$2" file="$gb_home/agent.endpoint" pid arg0="" arg1="" kv v
  shift 2
  gb_own_dir "$gb_home" || return 1
  gb_own_file "$file" || return 1
  printf '%s\n' "${EPOCHREALTIME/./}" >"$gb_home/agent.seen" || return 1
  gb_read_endpoint
  pid="$gb_agent_pid"
  [[ "$pid" =~ ^[1-9][0-9]{0,9}$ && -n "$gb_agent_plugin" && -O "/proc/$pid" ]] || return 1
  { IFS= read -r -d '' arg0 && IFS= read -r -d '' arg1; } <"/proc/$pid/cmdline" || return 1
  [[ "${arg0##*/}" == node* && "$arg1" == /*/dist/agent.mjs ]] || return 1
  local -A agent_env=()
  while IFS= read -r -d '' kv; do
    case "$kv" in
    CLAUDE_PLUGIN_* | GLASSBOX_*) agent_env["${kv%%=*}"]="${kv#*=}" ;;
    esac
  done <"/proc/$pid/environ"
  # The agent serves this home for the plugin agent.endpoint names, from that plugin's directory.
  [[ "${agent_env[GLASSBOX_HOME]:-}" == "$gb_home" && "${agent_env[GLASSBOX_PLUGIN]:-}" == "$gb_agent_plugin" ]] || return 1
  [[ "$arg1" == "${agent_env[CLAUDE_PLUGIN_ROOT]:-}/dist/agent.mjs" ]] || return 1
  if [[ "$gb_agent_plugin" == "$plugin" ]]; then
    for v in "$@"; do
      [[ "${agent_env[$v]:-}" == "${!v:-}" ]] || return 1
    done
    return 0
  fi
  gb_rank_of "$gb_agent_plugin"
  ((gb_rank >= rank))
}

# gb_request_dir: sets gb_request_file to requests/<$1> in our home when requests/ is a directory of ours there (the
# agent makes it, 0700), else returns 1.
gb_request_file=""
gb_request_dir() {
  local dir="$gb_home/requests"
  gb_request_file=""
  gb_own_dir "$gb_home" && gb_own_dir "$dir" || return 1
  gb_request_file="$dir/$1"
}

# gb_request METHOD PATH BODY PORT WAIT_SECONDS: one authenticated HTTP/1.0 request to 127.0.0.1:PORT. Returns 0 and
# sets gb_status and gb_body only when a full reply arrived within WAIT_SECONDS and either the agent left its answer
# under the request's nonce in our home (replies/<nonce>, see below) or the reply's signature verifies under the key.
# A hook's request (POST /v1/hooks) is left in our home as requests/<nonce> and the connection carries only the nonce
# (`x-glassbox-drop`): only the user's own processes can write there, the trust agent.key rests on, so the agent
# takes the file as the request's proof and removes it, and a listener on the port learns nothing but the nonce. No
# signing then: no sha256sum at all. Any other request, or without requests/, is signed with the key (HMAC).
# The connection runs in a background subshell that gives up by itself 2 s after connecting, so that nothing (a
# connect that hangs on a full backlog, a peer that accepts and never answers, one that trickles bytes) holds the
# caller longer than the wait. WAIT_SECONDS 0: send and return at once (the reply is not needed).
gb_status=""
gb_body=""
gb_connected=""
gb_request() {
  local method="$1" path="$2" body="$3" port="$4" wait="$5"
  local ts nonce auth="" sent="$body" reply="" head status sig_got line fd
  gb_status="" gb_body="" gb_connected=""
  ts="${EPOCHREALTIME/./}"
  ts="${ts:0:${#ts}-3}"
  printf -v nonce '%08x%08x%08x%08x' "$SRANDOM" "$SRANDOM" "$SRANDOM" "$SRANDOM"
  if [[ "$method $path" == "POST /v1/hooks" ]] && gb_request_dir "$nonce" && gb_write_private "$gb_request_file" "$body"; then
    auth="x-glassbox-ts: $ts"$'\r\n'"x-glassbox-drop: $nonce"
    sent=""
  else
    gb_request_file=""
    [[ -n "$gb_ipad" ]] || gb_load_key fast || return 1
    gb_sha256 "$body" || return 1
    gb_hmac "GB1"$'\n'"$method"$'\n'"$path"$'\n'"$ts"$'\n'"$nonce"$'\n'"$gb_digest" || return 1
    auth="x-glassbox-ts: $ts"$'\r\n'"x-glassbox-nonce: $nonce"$'\r\n'"x-glassbox-sig: $gb_digest"
  fi
  gb_exchange() {
    # A request file the agent did not take (nothing listening, a stranger, no reply in time) goes with this
    # subshell; the agent removes the ones it takes, so rm rarely runs.
    [[ -n "$gb_request_file" ]] && trap '[[ -e "$gb_request_file" ]] && rm -f -- "$gb_request_file"' EXIT
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 0
    printf C
    printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/json\r\nContent-Length: %s\r\n%s\r\n\r\n%s' \
      "$method" "$path" "$port" "${#sent}" "$auth" "$sent" >&3
    # At most 64 KiB of reply (the agent's answers are small), within 2 s.
    IFS= read -r -d '' -N 65536 -t 2 -u 3 r
    printf '%s' "$r"
  }
  if [[ "$wait" == 0 ]]; then
    (gb_exchange) </dev/null >/dev/null &
    return 1
  fi
  exec {fd}< <(gb_exchange </dev/null) || return 1
  IFS= read -r -d '' -t "$wait" -u "$fd" reply
  local rc=$?
  exec {fd}<&-
  # Something accepted the connection (an agent, or a stranger on the port).
  [[ "$reply" == C* ]] && gb_connected=1
  reply="${reply#C}"
  # read ends at EOF (status 1) once the subshell printed the whole reply; >128 is the timeout.
  ((rc == 1)) || return 1
  # The agent leaves a non-empty answer to a hook in replies/<nonce> before it replies (reply-drop.ts in
  # @glassbox/agent). Only the user's own processes can write in the 0700 home (the key's trust) and the nonce is
  # this request's, so it is the agent's answer without checking the reply's signature: three sha256sum runs fewer
  # on the turn's critical path. A listener on the port cannot leave one; then the signature decides, as before.
  local drop="$gb_home/replies/$nonce" dropped=""
  if gb_own_dir "$gb_home/replies" && gb_own_file "$drop"; then
    gb_drop="$drop"
    trap gb_scratch_close EXIT
    IFS= read -r -d '' dropped <"$drop"
    if [[ "$dropped" == \{*\} ]]; then
      gb_status=200
      gb_body="$dropped"
      return 0
    fi
  fi
  [[ "$reply" == *$'\r\n\r\n'* ]] || return 1
  head="${reply%%$'\r\n\r\n'*}"
  body="${reply#*$'\r\n\r\n'}"
  [[ "$head" =~ ^HTTP/1\.[01]\ ([0-9]{3}) ]] || return 1
  status="${BASH_REMATCH[1]}"
  sig_got=""
  while IFS= read -r line; do
    line="${line%$'\r'}"
    if [[ "${line,,}" =~ ^x-glassbox-sig:\ *([0-9a-f]{64})\ *$ ]]; then sig_got="${BASH_REMATCH[1]}"; fi
  done <<<"$head"
  [[ -n "$sig_got" ]] || return 1
  gb_sha256 "$body" || return 1
  gb_hmac "GB1-reply"$'\n'"$nonce"$'\n'"$status"$'\n'"$gb_digest" || return 1
  [[ "$gb_digest" == "$sig_got" ]] || return 1
  gb_status="$status"
  gb_body="$body"
}
