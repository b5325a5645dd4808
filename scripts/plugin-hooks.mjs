// The settings-hook scripts every plugin ships (hooks/notify.sh, hooks/glassbox-channel.sh, hooks/ensure-agent.sh)
// have one source, plugins/shared/hooks. scripts/build-plugin.mjs writes each plugin's copies from it: notify.sh and
// glassbox-channel.sh as they are, ensure-agent.sh with the plugin's name, its rank (PLUGIN_RANKS) and the
// configuration variables its agent hashes filled in. The copies stay committed: an installed plugin is
// self-contained.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importFromSources } from './import-from-sources.mjs';
import { REPO } from './plugin-manifest.mjs';

/** The hand-edited sources of the hook scripts. */
export const HOOKS_SOURCE = join(REPO, 'plugins', 'shared', 'hooks');

/** The scripts written into every plugin's hooks/, with their modes (ensure-agent.sh is run directly). */
export const GENERATED_HOOKS = {
  'hooks/ensure-agent.sh': 0o755,
  'hooks/glassbox-channel.sh': 0o644,
  'hooks/notify.sh': 0o644,
};

/**
 * What each agent entry hashes as its configuration: the export that lists the variables, from the repository
 * root, and the comment over `key_vars` naming it. A manifest without `agentEntry` runs the generated agent
 * (`runBundleAgent`), whose list is `bundleConfigKeyVariables` of its options.
 */
const KEY_SOURCES = {
  'packages/agent/src/main.ts': {
    module: 'packages/agent/src/agent-config.ts',
    name: 'CONFIG_KEY_VARIABLES',
    comment: () => [
      'The configuration: these values, joined with `|` (CONFIG_KEY_VARIABLES in @glassbox/agent). The agent reports',
      'them as configKey and, keyed with agent.key, as configHash.',
    ],
  },
  'plugins/glassbox/src/agent-main.ts': {
    module: 'plugins/glassbox/src/full-agent-config.ts',
    name: 'FULL_CONFIG_KEY_VARIABLES',
    comment: () => [
      'The configuration: these values, joined with `|` (FULL_CONFIG_KEY_VARIABLES in src/full-agent-config.ts). The',
      'agent reports them, keyed with agent.key, as configHash (not as configKey: otlpHeaders may hold a secret).',
    ],
  },
};

const GENERATED_KEY_SOURCE = {
  module: 'packages/agent/src/bundle-agent.ts',
  name: 'bundleConfigKeyVariables',
  comment: (secrets) => [
    "The configuration: these values, joined with `|` (bundleConfigKeyVariables of bundle.json's options). The",
    `agent reports them, keyed with agent.key, as configHash (not as configKey${secrets.length > 0 ? `: ${secrets.join(', ')} ${secrets.length > 1 ? 'are secrets' : 'is a secret'}` : ''}).`,
  ],
};

/** The width `key_vars=(…)` is wrapped to, as the list has always been written. */
const KEY_VARS_WIDTH = 128;

function keySourceOf(manifest) {
  if (manifest.agentEntry === undefined) return GENERATED_KEY_SOURCE;
  const source = KEY_SOURCES[manifest.agentEntry];
  if (!source)
    throw new Error(
      `${manifest.name}: which variables does ${manifest.agentEntry} hash? Name its list in scripts/plugin-hooks.mjs`,
    );
  return source;
}

/**
 * The facts ensure-agent.sh needs of a plugin, read from the sources (bundled with esbuild's `build`, so no package
 * has to be built first): its rank and the configuration variables its agent hashes, in order.
 */
export async function loadHookFacts(manifest, build) {
  const source = keySourceOf(manifest);
  const module = await importFromSources(build, [
    `export { pluginRank } from ${JSON.stringify(join(REPO, 'packages/agent/src/plugin-rank.ts'))};`,
    `export { ${source.name} as keys } from ${JSON.stringify(join(REPO, source.module))};`,
  ]);
  // PLUGIN_RANKS, where a name it does not hold ranks 0 (as gb_rank_of answers); plugin-rank.test.ts holds the
  // table to the plugin folders, so only a bundle built outside the repository (a test's) gets 0.
  const rank = module.pluginRank(manifest.name);
  const keyVariables =
    typeof module.keys === 'function' ? module.keys({ options: manifest.options }) : [...module.keys];
  return { rank, keyVariables };
}

/** `words` joined with spaces into lines of at most `width` columns, the first after `first`, the rest indented. */
function wrap(first, words, last, width) {
  const lines = [];
  let line = first;
  let fresh = true;
  for (const [i, word] of words.entries()) {
    const piece = fresh ? word : ` ${word}`;
    const tail = i === words.length - 1 ? last : '';
    if (!fresh && line.length + piece.length + tail.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line += piece;
    fresh = false;
  }
  lines.push(line + last);
  return lines;
}

/**
 * ensure-agent.sh of a plugin from the template: its name, rank and configuration variables, and the comment that
 * names where they come from. `secrets` are the option keys a generated agent keeps out of configKey.
 */
export function renderEnsureAgent(template, manifest, { rank, keyVariables }, secrets = []) {
  const fill = {
    'plugin=@PLUGIN@\n': `plugin=${manifest.name}\n`,
    'rank=@RANK@\n': `rank=${rank}\n`,
    '# @KEY_VARS_COMMENT@\n': `${keySourceOf(manifest)
      .comment(secrets)
      .map((l) => `# ${l}\n`)
      .join('')}`,
    'key_vars=(@KEY_VARS@)\n': `${wrap('key_vars=(', keyVariables, ')', KEY_VARS_WIDTH).join('\n')}\n`,
  };
  let text = template;
  for (const [placeholder, value] of Object.entries(fill)) {
    if (text.split(placeholder).length !== 2)
      throw new Error(`plugins/shared/hooks/ensure-agent.sh: expected one line ${placeholder.trim()}`);
    text = text.replace(placeholder, () => value);
  }
  return text;
}

/** The option keys of a manifest whose declared exporter option is sensitive (`specs`: loadExporterOptionSpecs). */
export function secretOptions(manifest, specs) {
  return Object.entries(manifest.options)
    .filter(([, m]) => specs[m.exporter]?.find((s) => s.name === m.option)?.sensitive)
    .map(([key]) => key);
}

/**
 * The hook scripts of a plugin, freshly generated: file (under the plugin folder) → its text and mode. `specs`:
 * the bundled exporters' declared options (loadExporterOptionSpecs of build-plugin.mjs).
 */
export async function generateHooks(manifest, specs, build) {
  const facts = await loadHookFacts(manifest, build);
  const hooks = {};
  for (const [file, mode] of Object.entries(GENERATED_HOOKS)) {
    const source = await readFile(join(HOOKS_SOURCE, file.slice('hooks/'.length)), 'utf8');
    hooks[file] = {
      text:
        file === 'hooks/ensure-agent.sh'
          ? renderEnsureAgent(source, manifest, facts, secretOptions(manifest, specs))
          : source,
      mode,
    };
  }
  return hooks;
}
