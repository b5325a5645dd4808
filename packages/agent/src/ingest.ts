import { type HookInput, parseHookInput } from '@glassbox/core';
import type { AgentCounters } from './agent-counters.js';
import type { AgentReply } from './agent-server.js';
import type { EventApplier, StoredModBatch } from './apply-events.js';
import type { DuplicateHooks } from './duplicate-hooks.js';
import type { DuplicateModEvents } from './duplicate-mod-events.js';
import { type ParsedModEvent, parseModBatch } from './parse-mod-batch.js';
import { RECONCILE_HOOKS } from './reconcile.js';
import type { SessionPipeline } from './session-pipeline.js';
import { isSafeSessionId } from './session-store.js';
import type { Sessions } from './sessions.js';
import type { Spool } from './spool.js';
import { hookForSpool } from './strip-before-spool.js';

export interface IngestOptions {
  readonly spool: Spool;
  readonly sessions: Sessions;
  readonly applier: EventApplier;
  /** Both plugins installed run notify.sh twice per event: the repeat is answered with nothing. */
  readonly duplicateHooks: DuplicateHooks;
  /** Two bundles' mods report the same tool calls and turns: a second copy is not spooled. */
  readonly duplicateModEvents: DuplicateModEvents;
  readonly counters: AgentCounters;
  readonly log: (line: string) => void;
  /** The reply to an accepted hook (the Stop hook's turn summary). */
  readonly answer: (p: SessionPipeline, input: HookInput) => Promise<AgentReply>;
}

/**
 * The two ingest routes: validate, strip what may not be stored, spool (fsync'd) and only then acknowledge and
 * apply. A request whose spool write fails is answered 503 and changes nothing: its sender keeps it.
 */
export class Ingest {
  constructor(private readonly options: IngestOptions) {}

  /** `POST /v1/mod`. */
  async mod(text: string, receivedAt: number): Promise<AgentReply> {
    const { counters, sessions, applier } = this.options;
    const body = this.parseJson(text);
    if (!body.ok) return body.reply;
    const parsed = parseModBatch(body.json);
    if (!parsed.ok) {
      counters.count('invalid_mod_batch');
      return { status: 400, body: { error: parsed.reason } };
    }
    const batch = { ...parsed.batch, events: parsed.batch.events.map((e) => applier.cleanModEvent(e)) };
    for (const [reason, n] of Object.entries(batch.rejected)) counters.count(reason, n);
    if (batch.droppedEvents > 0) counters.count('mod_buffer_full', batch.droppedEvents);
    const accepted: ParsedModEvent[] = [];
    for (const item of batch.events) {
      const p = sessions.pipelineFor(item.event.sessionId);
      if (!p.acceptModSeq(batch.instanceId, item.seq)) counters.count('duplicate_event');
      else if (this.options.duplicateModEvents.isRepeat(item.event, receivedAt))
        counters.count('duplicate_mod_event');
      else accepted.push(item);
    }
    if (accepted.length === 0 && !batch.heartbeat) {
      return { status: 200, body: { accepted: 0 } };
    }
    const named = [
      ...new Set([
        ...accepted.map((a) => a.event.sessionId),
        ...(batch.heartbeat ? [batch.heartbeat.sessionId] : []),
      ]),
    ];
    const stored: StoredModBatch & { instanceId: string; modVersion: string } = {
      instanceId: batch.instanceId,
      modVersion: batch.modVersion,
      heartbeat: batch.heartbeat,
      events: accepted,
    };
    try {
      await this.options.spool.append('mod', named, stored, receivedAt);
      counters.appended++;
    } catch (error) {
      // Not acknowledged: the mod keeps the batch and sends it again.
      for (const item of accepted)
        sessions.pipelineFor(item.event.sessionId).forgetModSeq(batch.instanceId, item.seq);
      this.options.duplicateModEvents.forget(accepted.map((a) => a.event));
      counters.count('spool_io');
      this.options.log(`spool write failed: ${String(error)}`);
      return { status: 503, body: { error: 'spool unavailable' } };
    }
    applier.applyMod(stored, receivedAt, false);
    return { status: 200, body: { accepted: accepted.length } };
  }

  /** `POST /v1/hooks`. */
  async hook(text: string, receivedAt: number): Promise<AgentReply> {
    const { counters, applier, duplicateHooks } = this.options;
    const body = this.parseJson(text);
    if (!body.ok) return body.reply;
    const parsed = parseHookInput(body.json);
    if (!parsed.ok || !isSafeSessionId(parsed.input.session_id)) {
      counters.count('invalid_hook_input');
      return { status: 400, body: { error: parsed.ok ? 'unusable session_id' : parsed.reason } };
    }
    if (duplicateHooks.isRepeat(text, receivedAt)) {
      counters.count('duplicate_hook');
      return { status: 200, body: {} };
    }
    const input = hookForSpool(parsed.input, applier.contentPolicy());
    if (parsed.coerced > 0) counters.count('coerced_field', parsed.coerced);
    const events = applier.hookEvents(input, receivedAt);
    const trigger = RECONCILE_HOOKS.has(input.hook_event_name);
    if (events.length === 0 && !trigger) {
      counters.count('ignored_hook_event');
      return { status: 200, body: {} };
    }
    try {
      await this.options.spool.append('hook', [input.session_id], input, receivedAt);
      counters.appended++;
    } catch (error) {
      duplicateHooks.forget(text);
      counters.count('spool_io');
      this.options.log(`spool write failed: ${String(error)}`);
      return { status: 503, body: {} };
    }
    const p = applier.applyHook(input, receivedAt, false);
    return this.options.answer(p, input);
  }

  private parseJson(text: string): { ok: true; json: unknown } | { ok: false; reply: AgentReply } {
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch {
      this.options.counters.count('malformed_json');
      return { ok: false, reply: { status: 400, body: { error: 'malformed JSON' } } };
    }
  }
}
