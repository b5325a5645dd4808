export type {
  FakeAnthropicApi,
  FakeAnthropicApiOptions,
  FakeContentBlock,
  FakeError,
  FakeMessage,
  FakeReply,
  FakeStreamCut,
  FakeUsage,
  MessagesRequestBody,
  RecordedRequest,
  Responder,
  ScriptStep,
} from './fake-anthropic-api.js';
export {
  firstUserText,
  isAgentLoopRequest,
  promptIncludes,
  startFakeAnthropicApi,
  streamEvents,
} from './fake-anthropic-api.js';
export type {
  ClaudeHome,
  ClaudeModelUsage,
  ClaudeResult,
  RunClaudeOptions,
  RunClaudeResult,
} from './run-claude.js';
export {
  claudeBinary,
  claudeEnv,
  createClaudeHome,
  findTranscripts,
  runClaude,
  runClaudeCli,
} from './run-claude.js';
