// Every doctor check, in the order doctor shows them. A new check is a module of its own and one line here.
import { agentCheck } from './agent-check.js';
import { agentKeyCheck } from './agent-key-check.js';
import { auditCheck } from './audit-check.js';
import { budgetsCheck } from './budgets-check.js';
import { bundlesCheck } from './bundles-check.js';
import { configurationCheck } from './configuration-check.js';
import { costDriftCheck } from './cost-drift-check.js';
import { datadogCheck } from './datadog-check.js';
import type { DoctorCheckRun } from './doctor-check.js';
import { eventsCheck } from './events-check.js';
import { exportersCheck } from './exporters-check.js';
import { modCheck } from './mod-check.js';
import { nodeCheck } from './node-check.js';
import { pluginDataCheck } from './plugin-data-check.js';
import { pricingCheck } from './pricing-check.js';
import { reportCacheCheck } from './report-cache-check.js';
import { spoolCheck } from './spool-check.js';
import { transcriptsCheck } from './transcripts-check.js';

export const DOCTOR_CHECKS: readonly DoctorCheckRun[] = [
  nodeCheck,
  transcriptsCheck,
  pricingCheck,
  agentKeyCheck,
  pluginDataCheck,
  bundlesCheck,
  agentCheck,
  // From the agent's verified status (nothing when it is not running):
  configurationCheck,
  spoolCheck,
  exportersCheck,
  eventsCheck,
  modCheck,
  costDriftCheck,
  // From the files and settings (whether or not the agent runs):
  auditCheck,
  datadogCheck,
  budgetsCheck,
  reportCacheCheck,
];
