// Doctor: events the agent ignored or dropped, by reason.
import { formatInteger } from '../format-units.js';
import type { DoctorCheckRun } from './doctor-check.js';

export const eventsCheck: DoctorCheckRun = ({ status }) => {
  if (!status) return undefined;
  const ignored = Object.entries(status.ignored ?? {}).filter(([, n]) => n > 0);
  return ignored.length === 0
    ? { name: 'events', level: 'ok', message: 'no event was dropped or ignored' }
    : {
        name: 'events',
        level: 'info',
        message: `ignored or dropped: ${ignored.map(([k, n]) => `${k} ${formatInteger(n)}`).join(', ')}`,
        fix: 'ignored events are expected (other sessions, duplicates); drops mean the agent was overloaded or input was malformed',
      };
};
