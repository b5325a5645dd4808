// Prints one closing line for the whole suite ("N passed, N failed, N skipped") from each package's
// vitest JSON report, and fails when no test ran or a report is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ['packages', 'plugins', 'bench']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  const names = group === 'bench' ? ['.'] : readdirSync(dir);
  for (const name of names) {
    const pkgDir = join(dir, name);
    const pkgJson = join(pkgDir, 'package.json');
    if (!existsSync(pkgJson)) continue;
    if (!JSON.parse(readFileSync(pkgJson, 'utf8')).scripts?.test) continue;
    const report = join(pkgDir, '.test-report.json');
    if (!existsSync(report)) {
      missing.push(join(group, name));
      continue;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
}
if (missing.length) console.log(`no test report from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
