// A plugin's userConfig, generated: the `exporters` key from its manifest, one key per exporter option the
// manifest maps (type, secrecy and default from the exporter's own `exporterOptionSpecs`), then the agent's options
// (the same in every plugin, declared once here). Used by scripts/build-plugin.mjs to write plugin.json.

/** The agent's own options (parsed by packages/agent/src/agent-config.ts): not an exporter's. */
export const AGENT_USER_CONFIG = {
  samplingRate: {
    type: 'number',
    title: 'Sampling rate',
    description: 'Share of sessions exported, from 0 to 1, decided per session id (1 keeps every session).',
    default: 1,
    min: 0,
    max: 1,
  },
  captureContent: {
    type: 'boolean',
    title: 'Capture content',
    description:
      'Also export prompt text and tool input/output (with secrets redacted). Off: only sizes and keyed hashes leave.',
    default: false,
  },
  turnSummary: {
    type: 'boolean',
    title: 'Turn summary',
    description: 'Show one line after each turn: model calls, tokens, cost and tool calls.',
    default: true,
  },
  llmTiming: {
    type: 'boolean',
    title: 'Time each model request live',
    description:
      'Time every model request as it streams (time to first token). Costs about 2.6 ms per request; usage and cost come from the transcript either way.',
    default: false,
  },
  agentPort: {
    type: 'number',
    title: 'Agent port',
    description:
      'Loopback port of the local Glassbox agent. Everything follows it (the hooks and the mod read the port the agent writes to agent.endpoint); if something else holds it, the agent takes another free port.',
    default: 47821,
    min: 1024,
    max: 65535,
  },
  idleTimeoutMinutes: {
    type: 'number',
    title: 'Agent idle timeout (minutes)',
    description:
      'The agent exits after this many minutes with no open session and nothing left to export; 0 keeps it running.',
    default: 10,
    min: 0,
  },
  userId: {
    type: 'string',
    title: 'User',
    description:
      'Who the sessions belong to, on every span, log and metric (user.id). Empty: the operating-system user name.',
  },
  team: {
    type: 'string',
    title: 'Team',
    description:
      'The team the sessions are attributed to, on every span, log and metric (glassbox.team). Empty: none.',
  },
  budgetSessionUsd: {
    type: 'number',
    title: 'Budget per session (USD)',
    description:
      'What one session may cost. Past the warning share the turn summary says so; at the limit, with budget enforcement on, a new prompt is stopped. 0: no session budget.',
    default: 0,
    min: 0,
  },
  budgetDailyUsd: {
    type: 'number',
    title: 'Budget per day (USD)',
    description:
      'What all your sessions may cost in a UTC day (every plugin and project on this machine). 0: no daily budget.',
    default: 0,
    min: 0,
  },
  budgetMonthlyUsd: {
    type: 'number',
    title: 'Budget per month (USD)',
    description: 'What all your sessions may cost in a UTC calendar month. 0: no monthly budget.',
    default: 0,
    min: 0,
  },
  budgetWarnPercent: {
    type: 'number',
    title: 'Budget warning (%)',
    description: 'The turn summary warns once this share of a budget is spent.',
    default: 80,
    min: 1,
    max: 100,
  },
  budgetEnforce: {
    type: 'boolean',
    title: 'Enforce budgets',
    description:
      'Stop a new prompt once a budget is used up (the message says which and how to raise it). Off: only warn.',
    default: false,
  },
};

/** The userConfig types an exporter option type may be shown as (userConfig values arrive as strings). */
export const USER_CONFIG_TYPES = {
  string: ['string', 'directory', 'file'],
  'string[]': ['string'],
  record: ['string'],
  number: ['number'],
  boolean: ['boolean'],
};

/**
 * The userConfig of a bundle manifest. `specs` maps each exporter's short name to its `exporterOptionSpecs`.
 * Throws when a mapping names an undeclared option or a type the option cannot take.
 */
export function pluginUserConfig(manifest, specs) {
  const userConfig = {
    exporters: {
      type: 'string',
      title: 'Exporters',
      description: manifest.exportersOption.description,
      default: manifest.exportersOption.default,
    },
  };
  for (const [key, mapping] of Object.entries(manifest.options)) {
    if (key in AGENT_USER_CONFIG || key === 'exporters')
      throw new Error(`${manifest.name}: userConfig.${key} is an agent option`);
    if (!manifest.exporters.includes(mapping.exporter))
      throw new Error(
        `${manifest.name}: userConfig.${key} maps ${mapping.exporter}, which it does not bundle`,
      );
    const spec = specs[mapping.exporter]?.find((s) => s.name === mapping.option);
    if (!spec) throw new Error(`${manifest.name}: ${mapping.exporter} declares no option ${mapping.option}`);
    const type = mapping.type ?? USER_CONFIG_TYPES[spec.type][0];
    if (!USER_CONFIG_TYPES[spec.type].includes(type))
      throw new Error(`${manifest.name}: userConfig.${key} cannot be a ${type} for a ${spec.type} option`);
    const fallback = 'default' in mapping ? mapping.default : spec.default;
    userConfig[key] = {
      type,
      title: mapping.title,
      description: mapping.description ?? spec.description,
      ...(spec.sensitive ? { sensitive: true } : {}),
      ...(fallback === null || fallback === undefined ? {} : { default: fallback }),
      ...(mapping.min === undefined ? {} : { min: mapping.min }),
      ...(mapping.max === undefined ? {} : { max: mapping.max }),
    };
  }
  return { ...userConfig, ...AGENT_USER_CONFIG };
}
