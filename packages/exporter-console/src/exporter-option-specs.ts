import type { ExporterOptionSpec } from '@glassbox/spec';

/** The console exporter's options as the agent, the plugins and the README know them (see `ConsoleExporterOptions`). */
export const exporterOptionSpecs: readonly ExporterOptionSpec[] = [
  {
    name: 'format',
    type: 'string',
    env: 'GLASSBOX_CONSOLE_FORMAT',
    sensitive: false,
    default: 'text',
    description: '`text`: one human line per record; `json`: one JSON object per line.',
  },
  {
    name: 'signals',
    type: 'string[]',
    env: 'GLASSBOX_CONSOLE_SIGNALS',
    sensitive: false,
    description: 'Which of `spans`, `metrics`, `logs`, `audit` to print; default all.',
  },
  {
    name: 'colors',
    type: 'boolean',
    sensitive: false,
    description:
      'ANSI colours in the text format; default on when the stream is a TTY and `NO_COLOR` is unset.',
  },
  {
    name: 'maxValueLength',
    type: 'number',
    sensitive: false,
    default: 120,
    description: 'Longest value in the text format before it is cut.',
  },
  {
    name: 'name',
    type: 'string',
    sensitive: false,
    default: 'console',
    description: 'Exporter name for logs, checkpoints and `glassbox doctor`.',
  },
];
