import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { GlassboxError, type LogSeverity } from '@glassbox/spec';
import type { FileExporterOptions } from './file-exporter-options.js';

export interface ResolvedFileExporterOptions {
  readonly name: string;
  readonly dir: string;
  readonly fileName: string;
  readonly auditFileName: string;
  readonly spans: boolean;
  readonly audit: boolean;
  readonly level: LogSeverity;
  readonly maxBytes: number;
  readonly maxFiles: number;
  readonly maxAgeDays: number;
  readonly rotateDaily: boolean;
  readonly syncOnExport: boolean;
  readonly dedupWindow: number;
  readonly now: () => number;
}

const MIB = 1024 * 1024;
const LEVELS: readonly LogSeverity[] = ['debug', 'info', 'warn', 'error'];

/** Explicit options, then `GLASSBOX_FILE_*` environment variables, then defaults. Throws `INVALID_CONFIG`. */
export function resolveFileExporterOptions(
  options: FileExporterOptions,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedFileExporterOptions {
  const dir = options.dir ?? nonEmpty(env.GLASSBOX_FILE_DIR) ?? join(homedir(), '.glassbox', 'logs');
  const resolved: ResolvedFileExporterOptions = {
    name: options.name ?? 'file',
    dir: resolve(expandHome(dir)),
    fileName: options.fileName ?? 'glassbox.jsonl',
    auditFileName: options.auditFileName ?? 'audit.jsonl',
    spans: options.spans ?? boolean(env, 'GLASSBOX_FILE_SPANS') ?? false,
    audit: options.audit ?? boolean(env, 'GLASSBOX_FILE_AUDIT') ?? true,
    level: options.level ?? level(env) ?? 'info',
    maxBytes: options.maxBytes ?? number(env, 'GLASSBOX_FILE_MAX_BYTES') ?? 50 * MIB,
    maxFiles: options.maxFiles ?? number(env, 'GLASSBOX_FILE_MAX_FILES') ?? 20,
    maxAgeDays: options.maxAgeDays ?? number(env, 'GLASSBOX_FILE_MAX_AGE_DAYS') ?? 30,
    rotateDaily: options.rotateDaily ?? boolean(env, 'GLASSBOX_FILE_ROTATE_DAILY') ?? true,
    syncOnExport: options.syncOnExport ?? boolean(env, 'GLASSBOX_FILE_SYNC_ON_EXPORT') ?? true,
    dedupWindow: options.dedupWindow ?? 10_000,
    now: options.now ?? Date.now,
  };
  validate(resolved);
  return resolved;
}

function validate(o: ResolvedFileExporterOptions): void {
  if (typeof o.name !== 'string' || o.name.trim() === '') throw invalid('name must be a non-empty string');
  for (const [key, fileName] of [
    ['fileName', o.fileName],
    ['auditFileName', o.auditFileName],
  ] as const) {
    if (
      typeof fileName !== 'string' ||
      fileName === '' ||
      basename(fileName) !== fileName ||
      fileName === '..'
    ) {
      throw invalid(`${key} must be a plain file name, got ${JSON.stringify(fileName)}`);
    }
  }
  if (o.fileName === o.auditFileName) throw invalid('fileName and auditFileName must differ');
  if (!LEVELS.includes(o.level))
    throw invalid(`level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(o.level)}`);
  if (!(o.maxBytes >= 1)) throw invalid(`maxBytes must be at least 1, got ${o.maxBytes}`);
  if (!(o.maxFiles >= 0)) throw invalid(`maxFiles must be 0 or more, got ${o.maxFiles}`);
  if (!(o.maxAgeDays > 0)) throw invalid(`maxAgeDays must be more than 0, got ${o.maxAgeDays}`);
  if (!Number.isInteger(o.dedupWindow) || o.dedupWindow < 0) {
    throw invalid(`dedupWindow must be a non-negative integer, got ${o.dedupWindow}`);
  }
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function boolean(env: NodeJS.ProcessEnv, key: string): boolean | undefined {
  const value = nonEmpty(env[key])?.trim().toLowerCase();
  if (value === undefined) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw invalid(`${key} must be true or false, got ${JSON.stringify(env[key])}`);
}

function number(env: NodeJS.ProcessEnv, key: string): number | undefined {
  const value = nonEmpty(env[key]);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (Number.isNaN(parsed)) throw invalid(`${key} must be a number, got ${JSON.stringify(value)}`);
  return parsed;
}

function level(env: NodeJS.ProcessEnv): LogSeverity | undefined {
  const value = nonEmpty(env.GLASSBOX_FILE_LEVEL)?.trim().toLowerCase();
  if (value === undefined) return undefined;
  if (LEVELS.includes(value as LogSeverity)) return value as LogSeverity;
  throw invalid(`GLASSBOX_FILE_LEVEL must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(value)}`);
}

function invalid(message: string): GlassboxError {
  return new GlassboxError('INVALID_CONFIG', `file exporter: ${message}`);
}
