// Days and times of the report: `--since`/`--until` and `--timezone` checked, epoch ms to a day in a time zone, to ISO.
import { GlassboxError } from '@glassbox/spec';

/** Checks a `--since` / `--until` value; accepts YYYY-MM-DD and YYYYMMDD, returns YYYY-MM-DD. */
export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (
    !m ||
    Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ||
    new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso
  )
    throw new GlassboxError('INVALID_INPUT', `--${name} must be a date like 2026-11-27 (got '${value}')`);
  return iso;
}

/** Checks a time zone name (`UTC`, `Europe/Paris`…). */
export function checkTimezone(tz: string): string {
  // No need to load the time zone data for the default.
  if (tz === 'UTC') return tz;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    throw new GlassboxError(
      'INVALID_INPUT',
      `unknown time zone '${tz}' (use an IANA name such as Europe/Paris)`,
    );
  }
}

/** Epoch ms → calendar date in `tz`, memoised per quarter hour (every UTC offset is a multiple of 15 min). */
export function dateKeyer(tz: string): (ms: number) => string {
  const memo = new Map<number, string>();
  if (tz === 'UTC' || tz === 'Etc/UTC') {
    return (ms) => {
      if (!Number.isFinite(ms)) return 'unknown';
      const day = Math.floor(ms / 86_400_000);
      let s = memo.get(day);
      if (s === undefined) {
        s = new Date(day * 86_400_000).toISOString().slice(0, 10);
        memo.set(day, s);
      }
      return s;
    };
  }
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (ms) => {
    if (!Number.isFinite(ms)) return 'unknown';
    const q = Math.floor(ms / 900_000);
    let s = memo.get(q);
    if (s === undefined) {
      const parts = format.formatToParts(ms);
      const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
      s = `${get('year')}-${get('month')}-${get('day')}`;
      memo.set(q, s);
    }
    return s;
  };
}

/** Epoch ms → ISO 8601 (UTC), the date part computed once per day: thousands of sessions have two each. */
export function isoFormatter(): (ms: number) => string | null {
  const days = new Map<number, string>();
  const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
  return (ms) => {
    if (!Number.isFinite(ms)) return null;
    const day = Math.floor(ms / 86_400_000);
    let prefix = days.get(day);
    if (prefix === undefined) {
      // Years before 0 or after 9999 need toISOString's extended format.
      if (ms < -62_167_219_200_000 || ms > 253_402_300_799_999) return new Date(ms).toISOString();
      prefix = new Date(day * 86_400_000).toISOString().slice(0, 11);
      days.set(day, prefix);
    }
    let rest = ms - day * 86_400_000;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const sec = Math.floor(rest / 1000);
    const milli = Math.floor(rest - sec * 1000);
    return `${prefix}${two(h)}:${two(m)}:${two(sec)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
  };
}
