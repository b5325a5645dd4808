import {
  firstUserText,
  isAgentLoopRequest,
  type MessagesRequestBody,
  promptIncludes,
  type ScriptStep,
} from '@glassbox/testkit';

/** Requests of the main agent loop (the subagent's first prompt carries SUBTASK). */
export const mainLoop = (r: MessagesRequestBody): boolean =>
  isAgentLoopRequest(r) && !firstUserText(r).includes('SUBTASK');

/** Turn 1: parallel tool calls (one fails, one is not allowed), then a subagent with its own tool call. */
export const TURN_1: ScriptStep[] = [
  {
    when: mainLoop,
    reply: {
      content: [
        { type: 'text', text: 'Working on it.' },
        {
          type: 'tool_use',
          id: 'toolu_ok',
          name: 'Bash',
          input: { command: 'echo glassbox', description: 'echo' },
        },
        {
          type: 'tool_use',
          id: 'toolu_fail',
          name: 'Bash',
          input: { command: 'ls /definitely/not/here', description: 'fail' },
        },
        {
          type: 'tool_use',
          id: 'toolu_denied',
          name: 'Write',
          input: { file_path: '/tmp/glassbox-denied.txt', content: 'x' },
        },
      ],
      usage: {
        input_tokens: 1200,
        output_tokens: 80,
        cache_creation_input_tokens: 3000,
        cache_creation: { ephemeral_5m_input_tokens: 1000, ephemeral_1h_input_tokens: 2000 },
      },
    },
  },
  {
    when: mainLoop,
    reply: {
      content: [
        {
          type: 'tool_use',
          id: 'toolu_agent',
          name: 'Agent',
          input: {
            subagent_type: 'general-purpose',
            description: 'sub task',
            prompt: 'SUBTASK: echo from the subagent',
          },
        },
      ],
      usage: { input_tokens: 1300, output_tokens: 40, cache_read_input_tokens: 3000 },
    },
  },
  {
    when: promptIncludes('SUBTASK'),
    reply: {
      content: [
        {
          type: 'tool_use',
          id: 'toolu_sub',
          name: 'Bash',
          input: { command: 'echo sub', description: 'sub echo' },
        },
      ],
      usage: { input_tokens: 400, output_tokens: 20, cache_creation_input_tokens: 500 },
    },
  },
  {
    when: promptIncludes('SUBTASK'),
    reply: {
      content: [{ type: 'text', text: 'Subagent done.' }],
      usage: { input_tokens: 450, output_tokens: 10, cache_read_input_tokens: 500 },
    },
  },
  {
    when: mainLoop,
    reply: {
      content: [{ type: 'text', text: 'All done.' }],
      usage: { input_tokens: 1400, output_tokens: 30, cache_read_input_tokens: 3000 },
    },
  },
];
