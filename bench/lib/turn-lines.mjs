/**
 * The transcript lines Claude Code writes for a turn of one prompt and one answer (the fixture's own prompt and
 * last response, re-identified), so that the agent finds each Stop's turn ended as in a real session instead of
 * waiting its turn-end bound for a prompt id the transcript never shows.
 */
export function turnLines(fixture, sid, promptId, turn, atMs) {
  const lines = fixture
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const prompt = lines.find((l) => l.type === 'user' && typeof l.message?.content === 'string');
  const answer = lines.findLast((l) => l.type === 'assistant' && l.message?.stop_reason === 'end_turn');
  const id = (n) => `${promptId.slice(0, 24)}${(turn * 2 + n).toString(16).padStart(12, '0')}`;
  const user = {
    ...prompt,
    parentUuid: null,
    promptId,
    uuid: id(0),
    timestamp: new Date(atMs).toISOString(),
    sessionId: sid,
    message: { role: 'user', content: 'run the tests and fix what fails' },
  };
  const assistant = {
    ...answer,
    parentUuid: id(0),
    uuid: id(1),
    timestamp: new Date(atMs + 100).toISOString(),
    sessionId: sid,
    requestId: `req_bench_${id(1)}`,
    message: { ...answer.message, id: `msg_bench_${id(1)}` },
  };
  return { user: `${JSON.stringify(user)}\n`, assistant: `${JSON.stringify(assistant)}\n` };
}
