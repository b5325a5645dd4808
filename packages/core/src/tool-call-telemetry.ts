// The records of one tool call: its `execute_tool` span and `tool_call` log (content only with `captureContent`).
import type { LogSeverity } from '@glassbox/spec';
import { scopeAttributes } from './activity-scope.js';
import { toolOrigin, toolOriginAttributes } from './attribution.js';
import { callLog, callSpan } from './call-records.js';
import type { SubagentNode, ToolCallNode } from './session-trace.js';
import { type Attrs, shapeAttributes, spanStatus } from './telemetry-attributes.js';
import { MAX_ERROR, type TelemetryWalk } from './telemetry-walk.js';
import { logRecordId } from './trace-ids.js';

/** A complete tool call's span and log. */
export function toolCallTelemetry(
  walk: TelemetryWalk,
  node: ToolCallNode,
  promptId: string | undefined,
  agent?: SubagentNode,
): void {
  const { opts, sid, common, redact, cleanText, contentAttr, addSpan, addLog } = walk;
  const error = node.toolStatus === 'ok' ? undefined : cleanText(node.errorText, MAX_ERROR);
  const errorType =
    node.toolStatus === 'denied'
      ? 'permission_denied'
      : node.toolStatus === 'interrupted'
        ? 'interrupted'
        : node.toolStatus === 'error'
          ? 'tool_error'
          : undefined;
  const contentAttrs: Attrs = {};
  if (opts.captureContent) {
    const args = contentAttr(node.input);
    const result = contentAttr(node.output);
    if (args !== undefined) contentAttrs['gen_ai.tool.call.arguments'] = args;
    if (result !== undefined) contentAttrs['gen_ai.tool.call.result'] = result;
  }
  const origin = toolOrigin(node.name, node.skill);
  addSpan(node.spanId, () =>
    callSpan(walk, node, {
      name: `execute_tool ${node.name}`,
      kind: 'internal',
      status: spanStatus(node.status, error ?? errorType),
      attributes: {
        ...common,
        'glassbox.span.type': 'tool',
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': node.name,
        'gen_ai.tool.call.id': node.toolUseId,
        'gen_ai.tool.type': node.name.startsWith('mcp__') ? 'extension' : 'function',
        'gen_ai.agent.id': agent?.agentId,
        'gen_ai.agent.name': agent?.agentType,
        'claude.prompt.id': promptId,
        ...toolOriginAttributes(origin),
        ...scopeAttributes(node.scope),
        'glassbox.tool.status': node.toolStatus,
        'glassbox.tool.duration_ms': node.durationMs,
        'glassbox.tool.input_bytes': node.inputBytes,
        'glassbox.tool.output_bytes': node.outputBytes,
        'glassbox.tool.requested_by': node.requestedBy,
        'glassbox.tool.seen_in': node.seenIn,
        'error.type': errorType,
        ...contentAttrs,
      },
    }),
  );
  const body: Record<string, unknown> = {};
  if (opts.captureContent) {
    if (node.input !== undefined) body.input = redact(node.input);
    if (node.output !== undefined) body.output = redact(node.output);
  }
  addLog(logRecordId(sid, 'tool_call', node.toolUseId), (id) => ({
    ...callLog(walk, node, id, {
      event: 'tool_call',
      severity: toolSeverity(node),
      promptId,
      agent,
      attributes: {
        agentType: agent?.agentType,
        toolName: node.name,
        toolUseId: node.toolUseId,
        mcpServer: origin.mcpServer,
        plugin: origin.plugin,
        skill: node.scope?.skill ?? origin.skill,
        command: node.scope?.command,
        latencyMs: node.durationMs ?? node.endMs - node.startMs,
        status: node.toolStatus,
        error,
        ...(opts.captureContent ? {} : shapeAttributes('inputShape', node.inputShape, node.inputBytes)),
        ...(opts.captureContent ? {} : shapeAttributes('outputShape', node.outputShape, node.outputBytes)),
      },
    }),
    ...(Object.keys(body).length > 0 ? { body } : {}),
  }));
}

function toolSeverity(node: ToolCallNode): LogSeverity {
  if (node.toolStatus === 'error') return 'error';
  if (node.toolStatus === 'denied' || node.toolStatus === 'interrupted') return 'warn';
  return 'info';
}
