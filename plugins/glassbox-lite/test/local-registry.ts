import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@glassbox/testkit';

const REPO = join(import.meta.dirname, '..', '..', '..');

/** A private npm registry (verdaccio 6.8.0, the root devDependency) on a free loopback port. */
export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** The environment npm publishes with: the registry and a userconfig holding a token for it. */
  readonly env: Readonly<Record<string, string>>;
  /** `npm publish` of a package folder or tarball. */
  publish(target: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts verdaccio with its storage, users and config in `dir`; no uplink, so nothing reaches the internet. */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  await writeFile(
    join(dir, 'verdaccio.yaml'),
    [
      `storage: ${join(dir, 'storage')}`,
      `auth: { htpasswd: { file: ${join(dir, 'htpasswd')}, max_users: -1 } }`,
      'uplinks: {}',
      "packages: { '**': { access: $all, publish: $all, unpublish: $all } }",
      'log: { type: stdout, format: pretty, level: warn }',
    ].join('\n'),
  );
  // verdaccio accepts any token once publish is open to $all; npm wants one to send.
  await writeFile(join(dir, 'npmrc'), `//127.0.0.1:${port}/:_authToken=local-test\n`);
  const env = {
    npm_config_registry: url,
    npm_config_userconfig: join(dir, 'npmrc'),
    npm_config_cache: join(dir, 'npm-cache'),
    npm_config_update_notifier: 'false',
  };
  const server: ChildProcess = spawn(
    process.execPath,
    [
      join(REPO, 'node_modules/verdaccio/bin/verdaccio'),
      '--config',
      join(dir, 'verdaccio.yaml'),
      '--listen',
      `127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const ping = () =>
    fetch(`${url}-/ping`).then(
      (r) => r.ok,
      () => false,
    );
  for (let i = 0; !(await ping()); i++) {
    if (i >= 240 || server.exitCode !== null) {
      server.kill();
      throw new Error('verdaccio did not answer within 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    env,
    publish: async (target) => {
      await promisify(execFile)('npm', ['publish', target, '--registry', url], {
        cwd: dirname(target),
        env: { ...process.env, ...env },
      });
    },
    close: async () => {
      if (server.exitCode === null) server.kill();
      await exited;
    },
  };
}
