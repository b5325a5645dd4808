// Doctor: the size of `glassbox report`'s cache.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from '../format-units.js';
import { defaultCacheDir } from '../report-cache.js';
import type { DoctorCheckRun } from './doctor-check.js';

export const reportCacheCheck: DoctorCheckRun = ({ ctx }) => {
  const cacheDir = defaultCacheDir(ctx.io.env);
  let cacheBytes = 0;
  try {
    for (const name of readdirSync(cacheDir)) cacheBytes += statSync(join(cacheDir, name)).size;
    return { name: 'report cache', level: 'ok', message: `${formatBytes(cacheBytes)} in ${cacheDir}` };
  } catch {
    return {
      name: 'report cache',
      level: 'info',
      message: `empty (${cacheDir}); the first report fills it`,
    };
  }
};
