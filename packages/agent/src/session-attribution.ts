import { basename } from 'node:path';
import { attributionAttributes, readGitInfo } from '@glassbox/core';
import type { Attributes } from '@glassbox/spec';

export interface SessionAttributionOptions {
  /** `user.id` (the `userId` setting, else the OS user). */
  readonly userId?: string;
  /** `glassbox.team` (the `team` setting). */
  readonly team?: string;
}

interface Resolved {
  readonly cwd: string | undefined;
  readonly attributes: Promise<Attributes>;
}

/**
 * Who and where each session runs: user and team from the settings, repository, branch and commit of the
 * session's working directory read from its `.git` (a few file reads, no `git` process), once per session and
 * working directory, plus `project` (the directory's name). Never throws: outside a repository there is no VCS
 * attribute.
 */
export class SessionAttribution {
  private readonly resolved = new WeakMap<object, Resolved>();

  constructor(private readonly options: SessionAttributionOptions) {}

  /** The attributes of the session `key` stands for (kept while `key` lives). */
  of(key: object, cwd: string | undefined): Promise<Attributes> {
    const known = this.resolved.get(key);
    if (known && known.cwd === cwd) return known.attributes;
    const attributes = this.resolve(cwd);
    this.resolved.set(key, { cwd, attributes });
    return attributes;
  }

  private async resolve(cwd: string | undefined): Promise<Attributes> {
    const git = typeof cwd === 'string' && cwd ? await readGitInfo(cwd) : undefined;
    return {
      ...attributionAttributes({ user: this.options.userId, team: this.options.team, git }),
      ...(typeof cwd === 'string' && cwd ? { project: basename(cwd) } : {}),
    };
  }
}
