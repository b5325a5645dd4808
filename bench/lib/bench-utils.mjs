// Helpers every benchmark shares: the median, a free loopback port, the machine description and which commit
// of a path was measured.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** Median of a list of numbers (the mean of the two middle values for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export { freePort } from '@glassbox/testkit';

/** What the figures were measured on, for the results file. */
export function machineInfo() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** The last commit that touched `path` (relative to the repository), `+modified` when the tree differs from it. */
export function gitDescribe(path) {
  const git = (argv) => execFileSync('git', argv, { cwd: repo, encoding: 'utf8' }).trim();
  try {
    const commit = git(['log', '-1', '--format=%h', '--', path]);
    return git(['status', '--porcelain', '--', path]) ? `${commit}+modified` : commit;
  } catch {
    return 'unknown';
  }
}

/**
 * What the two capture channels cost at their least, at startup and exit: a one-handler mod (`stub-mod`) plus the
 * settings hooks alone (`hooks-only`), each as its paired first Δ + tail Δ against no plugin. Any plugin that uses
 * both pays at least about this much per session; undefined unless the run measured both variants.
 */
export function channelFloorMs(set) {
  const mod = set['stub-mod']?.paired?.firstPlusTailMs;
  const hooks = set['hooks-only']?.paired?.firstPlusTailMs;
  return mod === undefined || hooks === undefined ? undefined : Math.round((mod + hooks) * 10) / 10;
}
