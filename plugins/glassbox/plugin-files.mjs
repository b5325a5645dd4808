/** What the plugin ships: the folder Claude Code loads, and the copy in the marketplace. */
export const SHIPPED_FILES = [
  '.claude-plugin/plugin.json',
  'hooks/hooks.json',
  'hooks/ensure-agent.sh',
  'hooks/register.js',
  'dist/agent.mjs',
  'dist/cli.mjs',
  'commands/report.md',
  'commands/trace.md',
  'commands/doctor.md',
  'README.md',
  'LICENSE',
];
