// Which of this plugin's userConfig keys set which exporter option (declared by the exporter package's
// exporterOptionSpecs). plugins/glassbox/test/exporter-options.test.ts fails when plugin.json and the declarations
// disagree. `pluginDefault` is set where the plugin deliberately ships another default than the exporter's own.
export const EXPORTER_USER_CONFIG = {
  // Unset = the plugin's data directory, under telemetry/.
  fileDirectory: { exporter: 'file', option: 'dir', pluginDefault: null },
};

/** The agent's own options: not an exporter's. */
export const AGENT_USER_CONFIG = [
  'exporters',
  'samplingRate',
  'captureContent',
  'turnSummary',
  'llmTiming',
  'agentPort',
  'idleTimeoutMinutes',
];
