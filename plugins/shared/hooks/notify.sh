#!/usr/bin/env bash
# Glassbox settings hook for every event but SessionStart: tells the user's agent that a turn moved, so it
# reconciles the transcript. Only ids and shapes leave this script (never the prompt, a tool's input or output, or
# the assistant's text, not even the last message's length), left in the 0700 per-user home for the agent to take
# (or signed with the per-user key); a reply counts only when the agent's answer is in that home or its signature
# proves it is the user's agent. Bash builtins only (sha256sum only to sign), no Node. It
# never fails or slows the session: every path exits 0, a silent or hostile listener costs at most the wait below.
exec 2>/dev/null
# hooks.json names the event as $1. An event whose answer nobody waits for (all but Stop, and UserPromptSubmit with
# an enforced budget; Stop too with turnSummary off and no budget) runs this whole script — reading stdin, parsing,
# sending — again in one background process, and Claude Code waits for one fork instead of the reading and the
# parsing. Without $1 (an older hooks.json, the tests) everything runs here as before.
budgets="${CLAUDE_PLUGIN_OPTION_BUDGETSESSIONUSD:-}${CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD:-}${CLAUDE_PLUGIN_OPTION_BUDGETMONTHLYUSD:-}"
if [[ -z "${GB_NOTIFY_DETACHED:-}" ]]; then
  detach=""
  case "${1:-}" in
  SessionEnd | StopFailure | SubagentStop | PreCompact | PermissionDenied) detach=1 ;;
  UserPromptSubmit)
    [[ "${CLAUDE_PLUGIN_OPTION_BUDGETENFORCE,,}" =~ ^(true|1|yes)$ && "$budgets" =~ [1-9] ]] || detach=1
    ;;
  Stop)
    [[ "${CLAUDE_PLUGIN_OPTION_TURNSUMMARY,,}" =~ ^(false|0|no)$ && ! "$budgets" =~ [1-9] ]] && detach=1
    ;;
  esac
  if [[ -n "$detach" ]]; then
    # <&0: a background command of a non-interactive shell would read /dev/null otherwise.
    GB_NOTIFY_DETACHED=1 bash "${BASH_SOURCE[0]}" <&0 >/dev/null 2>&1 &
    exit 0
  fi
fi
dir="${BASH_SOURCE[0]%/*}"
[[ "$dir" == "${BASH_SOURCE[0]}" ]] && dir=.
# shellcheck source=glassbox-channel.sh
source "$dir/glassbox-channel.sh" || exit 0

# The read builtin, not $(cat) (a fork and an exec on Stop's path: ~6 ms) nor $(</dev/stdin) (Claude Code may hand
# stdin over as a socket, which /dev/stdin cannot reopen). -N reads in blocks until EOF (-d '' would read a pipe
# byte by byte); it keeps a trailing newline, which $(…) dropped.
# Claude Code writes one compact JSON object, its common fields first and UserPromptSubmit's prompt and Stop's,
# SubagentStop's and StopFailure's last_assistant_message after every field kept below (2.1.332). Those events parse
# their first 8 KiB only: each regex below scans what it is given, ~40 µs per KiB, so a 200 KiB reply cost Stop
# ~0.35 s (and a pasted 2 MB prompt ~2 s of CPU); the rest is drained in the background (Claude Code is not left
# writing to a closed pipe). The others read everything.
head_chars=8192
IFS= read -r -N "$head_chars" input
if ((${#input} == head_chars)) && [[ "$input" =~ [{,]\"hook_event_name\":\"(Stop|SubagentStop|StopFailure|UserPromptSubmit)\" ]]; then
  (IFS= read -r -N 67108864 drained) <&0 >/dev/null 2>&1 &
  [[ "$input" == \{* ]] || exit 0
else
  if ((${#input} == head_chars)); then
    rest=""
    IFS= read -r -N 67108864 rest
    input+="$rest"
  fi
  while [[ "$input" == *$'\n' ]]; do input="${input%$'\n'}"; done
  # A key counts only right after `{` or `,`: inside a JSON string every quote is escaped, so text in a prompt or a
  # reply cannot pose as a field.
  [[ "$input" == \{*\} ]] || exit 0
fi
str='"(([^"\\]|\\.)*)"'
field() { [[ "$input" =~ [{,]\"$1\":$str ]] && value="${BASH_REMATCH[1]}"; }
# Fields that follow tool_input (PermissionDenied): the last match, after anything nested in the input.
last_field() { [[ "$input" =~ .*[{,]\"$1\":$str ]] && value="${BASH_REMATCH[1]}"; }

value=""
field session_id && [[ "$value" =~ ^[A-Za-z0-9._-]{1,128}$ ]] || exit 0
session_id="$value"
value=""
field hook_event_name && [[ "$value" =~ ^[A-Za-z]{1,64}$ ]] || exit 0
event="$value"
body="{\"session_id\":\"$session_id\",\"hook_event_name\":\"$event\""
for key in transcript_path cwd prompt_id agent_id agent_type; do
  value=""
  field "$key" && body+=",\"$key\":\"$value\""
done
case "$event" in
PermissionDenied)
  for key in tool_name tool_use_id reason; do
    value=""
    last_field "$key" && body+=",\"$key\":\"$value\""
  done
  ;;
SessionEnd)
  value=""
  field reason && body+=",\"reason\":\"$value\""
  ;;
esac
[[ "$input" =~ [{,]\"stop_hook_active\":(true|false) ]] && body+=",\"stop_hook_active\":${BASH_REMATCH[1]}"

# Nothing of the last message, not even its length or a hash: the agent reads it from the transcript (a keyed hash
# cost Stop two sha256sum processes, and its length a regex over all of it, on the turn's critical path).
body+="}"

# How long Stop and an enforced UserPromptSubmit wait for the agent: 0.45 s, or GLASSBOX_HOOK_WAIT_SECONDS (up to
# 9.9, under these two hooks' 10 s timeout) where the agent answers slowly, e.g. a loaded CI machine.
wait_seconds=0.45
[[ "${GLASSBOX_HOOK_WAIT_SECONDS:-}" =~ ^[0-9](\.[0-9]{1,3})?$ ]] && wait_seconds="$GLASSBOX_HOOK_WAIT_SECONDS"

# Everything but Stop sends and returns at once: the send runs in one background subshell, so these hooks cost
# Claude Code the parsing above and one fork. The request goes as a file in the 0700 home (no signing, no sha256sum;
# see gb_request), or signed where the agent has not made requests/ (an older agent).
send() {
  gb_read_endpoint
  # Only Stop (its reply carries the turn summary) and, with an enforced budget, UserPromptSubmit wait for the
  # agent, at most $wait_seconds: a silent listener costs a turn at most that.
  gb_request POST /v1/hooks "$body" "$gb_agent_port" "$1"
}
# With an enforced budget, UserPromptSubmit waits (at most $wait_seconds) for the agent's word: only a verified
# reply that blocks stops the prompt; no reply, a forged or a late one lets it through. Without one it does not wait.
if [[ "$event" == UserPromptSubmit && "${CLAUDE_PLUGIN_OPTION_BUDGETENFORCE,,}" =~ ^(true|1|yes)$ && "$budgets" =~ [1-9] ]]; then
  send "$wait_seconds" || exit 0
  if [[ "$gb_status" == 200 && "$gb_body" =~ ^\{\"decision\":\"block\",\"reason\":$str\}$ ]]; then
    printf '{"decision":"block","reason":"%s"}\n' "${BASH_REMATCH[1]}"
  fi
  exit 0
fi
# Stop waits only for what its reply can carry: the turn summary (this plugin's turnSummary option, on unless
# off) or a budget warning (any budget set).
if [[ "$event" != Stop ]] ||
  [[ "${CLAUDE_PLUGIN_OPTION_TURNSUMMARY,,}" =~ ^(false|0|no)$ && ! "$budgets" =~ [1-9] ]]; then
  (send 0) </dev/null >/dev/null &
  exit 0
fi
send "$wait_seconds" || exit 0
# Only a verified Stop reply may say something, and only a systemMessage: never a decision.
if [[ "$gb_status" == 200 && "$gb_body" =~ ^\{\"systemMessage\":$str\}$ ]]; then
  printf '{"systemMessage":"%s"}\n' "${BASH_REMATCH[1]}"
fi
exit 0
