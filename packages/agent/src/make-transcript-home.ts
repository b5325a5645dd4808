import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** For tests: a temporary directory whose Claude config (`<tmp>/claude`) holds `fixture` as a session's transcript. */
export async function makeTranscriptHome(
  prefix: string,
  fixture: string,
  sessionId: string,
): Promise<{ tmp: string; transcript: string }> {
  const tmp = await mkdtemp(join(tmpdir(), prefix));
  const project = join(tmp, 'claude', 'projects', '-p');
  await mkdir(project, { recursive: true });
  const transcript = join(project, `${sessionId}.jsonl`);
  await cp(fixture, transcript);
  return { tmp, transcript };
}
