// Doctor: where each budget stands (from `budget.json` in the agent home); a reached one is a warning that says
// how to raise it.
import { BUDGET_SETTING_NAMES } from '@glassbox/core';
import { agentHomes } from '../agent-client.js';
import { BUDGET_NAMES, readBudgets, standingText } from '../budget-view.js';
import { sessionBudgetState, sessionBudgetText } from '../session-budget-text.js';
import type { DoctorCheck, DoctorCheckRun } from './doctor-check.js';

export const budgetsCheck: DoctorCheckRun = ({ configDirs, ctx, now }) => {
  const view = readBudgets(agentHomes(configDirs, ctx.io.env), now);
  if (!view) return undefined;
  const how = `in the ${view.plugin ?? 'Glassbox'} plugin's options (/config)`;
  const enforced = view.settings.enforce ? 'enforced' : 'not enforced (warnings only)';
  const checks: DoctorCheck[] = [];
  if (view.session) {
    const state = sessionBudgetState(view.session);
    checks.push({
      name: 'budget',
      level: state === 'ok' ? 'ok' : 'info',
      message: `session budget ${sessionBudgetText(view.session)}, ${enforced}`,
      ...(state === 'ok'
        ? {}
        : { fix: `raise ${BUDGET_SETTING_NAMES.session} ${how} if sessions this large are expected` }),
    });
  }
  for (const s of view.standings)
    checks.push({
      name: 'budget',
      level: s.state === 'reached' ? 'warn' : s.state === 'warn' ? 'info' : 'ok',
      message: `${BUDGET_NAMES[s.period]} budget: ${standingText(s)}, ${enforced}`,
      ...(s.state === 'ok'
        ? {}
        : {
            fix:
              s.state === 'reached' && view.settings.enforce
                ? `new prompts are stopped: raise ${BUDGET_SETTING_NAMES[s.period]} or set budgetEnforce to false ${how}`
                : `raise ${BUDGET_SETTING_NAMES[s.period]} ${how} if this spend is expected`,
          }),
    });
  return checks;
};
