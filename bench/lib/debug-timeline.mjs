// Reads Claude Code's `--debug-file` log of one run into the few moments that place a plugin's cost: when the
// hooks worker spawned and the mod loaded, when each settings hook finished (and how long it ran), when the
// mod's handlers settled, the first and last model request, and the last line (the exit). Times are ms since the
// log's first line.
import { readFileSync } from 'node:fs';

const LINE = /^(\d{4}-\d\d-\d\dT[\d:.]+Z) \[[A-Z]+\] (.*)$/;

/** The moments of one debug log (ms since its first line); a moment the log does not show is absent. */
export function debugTimeline(text) {
  const out = { hooks: [], settled: {} };
  let t0;
  let lastRequest;
  for (const raw of text.split('\n')) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const t = Date.parse(m[1]);
    t0 ??= t;
    const at = t - t0;
    const msg = m[2];
    out.end = at;
    if (msg.startsWith('hooks worker spawned')) out.workerSpawned ??= at;
    else if (/^hooks module [^ ]+@inline loaded/.test(msg)) out.modLoaded ??= at;
    else if (msg.startsWith('[STARTUP] Commands and agents loaded')) out.commandsLoaded ??= at;
    else if (msg.startsWith('session.start: raised')) out.sessionStartRaised ??= at;
    else if (msg.startsWith('[API REQUEST] /v1/messages')) {
      out.firstRequest ??= at;
      lastRequest = at;
    }
    const hook = /^Hooks: (\w+)(?::\w+)? \[.*\] \(plugin [^)]*\) finished with status (\S+) \((\d+)ms\)/.exec(
      msg,
    );
    if (hook) out.hooks.push({ event: hook[1], doneAt: at, ms: Number(hook[3]), status: hook[2] });
    const settled = /^hooks module [^ ]+@inline ([\w.]+) settled in ([\d.]+)ms/.exec(msg);
    if (settled) (out.settled[settled[1]] ??= []).push({ at, ms: Number(settled[2]) });
  }
  out.lastRequest = lastRequest;
  return out;
}

export function readDebugTimeline(path) {
  return debugTimeline(readFileSync(path, 'utf8'));
}

/**
 * The spans of one run that place a plugin's cost (ms; absent when the log does not show them): the mod's load
 * (hooks worker spawned → module loaded), session.start raised → first model request, each settings hook's own
 * run time (SessionStart, UserPromptSubmit, Stop), and the exit (last model request → last line).
 */
export function timelineSpans(t) {
  const hook = (event) => t.hooks.find((h) => h.event === event)?.ms;
  const spans = {
    modLoadMs:
      t.modLoaded !== undefined && t.workerSpawned !== undefined ? t.modLoaded - t.workerSpawned : undefined,
    startToFirstRequestMs:
      t.firstRequest !== undefined && t.sessionStartRaised !== undefined
        ? t.firstRequest - t.sessionStartRaised
        : undefined,
    sessionStartHookMs: hook('SessionStart'),
    promptHookMs: hook('UserPromptSubmit'),
    stopHookMs: hook('Stop'),
    exitMs: t.lastRequest !== undefined ? t.end - t.lastRequest : undefined,
  };
  return Object.fromEntries(Object.entries(spans).filter(([, v]) => v !== undefined));
}
