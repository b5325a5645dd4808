/** What the plugin ships: the files of this folder Claude Code loads (the marketplace lists the folder). */
export const SHIPPED_FILES = [
  '.claude-plugin/plugin.json',
  'hooks/hooks.json',
  'hooks/ensure-agent.sh',
  'hooks/glassbox-channel.sh',
  'hooks/notify.sh',
  'hooks/register.js',
  'dist/agent.mjs',
  'dist/cli.mjs',
  'commands/report.md',
  'commands/trace.md',
  'commands/doctor.md',
  'README.md',
  'LICENSE',
];
