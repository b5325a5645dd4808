import { join } from 'node:path';

/**
 * A path under the repository's `fixtures/` folder (third-party transcripts with their licence), from this
 * file's place in the repository — `src/` and the built `dist/` are both two levels below the package root.
 */
export function repoFixture(...segments: readonly string[]): string {
  return join(import.meta.dirname, '..', '..', '..', 'fixtures', ...segments);
}
