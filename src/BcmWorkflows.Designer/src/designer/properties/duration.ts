// ISO 8601 durations as the server reads them (XmlConvert.ToTimeSpan): days, hours, minutes and seconds.
// Weeks, months and years are left out on purpose: TimeSpan has no calendar, and XmlConvert rejects weeks.

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';
export const durationUnits: readonly DurationUnit[] = ['seconds', 'minutes', 'hours', 'days'];

const unitSeconds: Record<DurationUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** One number and one unit: what the editor shows. */
export interface DurationParts {
  amount: number;
  unit: DurationUnit;
}

const isoPattern = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Total seconds of an ISO duration such as `PT15M`, `P1D`, `P1DT2H30M`; `undefined` when it is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const match = isoPattern.exec(trimmed);
  if (!match || trimmed.toUpperCase() === 'P' || trimmed.toUpperCase().endsWith('T')) return undefined;
  const [, days, hours, minutes, seconds] = match;
  const total = [days, hours, minutes, seconds]
    .map((part, i) => (part === undefined ? 0 : Number(part) * [86400, 3600, 60, 1][i]!))
    .reduce((a, b) => a + b, 0);
  return Number.isFinite(total) ? total : undefined;
}

/** The shortest ISO text for a number of seconds: 900 → `PT15M`, 86400 → `P1D`, 93600 → `P1DT2H`, 0 → `PT0S`. */
export function formatIsoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, totalSeconds);
  const days = Math.floor(seconds / 86400);
  let rest = seconds - days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = Math.round((rest - minutes * 60) * 1000) / 1000;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** The largest unit that holds the duration as a whole number (26 hours stays hours; 2 days is days). */
export function toParts(totalSeconds: number): DurationParts {
  for (const unit of [...durationUnits].reverse()) {
    const amount = totalSeconds / unitSeconds[unit];
    if (Number.isInteger(amount) && amount !== 0) return { amount, unit };
  }
  return { amount: totalSeconds, unit: 'seconds' };
}

export function fromParts(parts: DurationParts): string {
  return formatIsoDuration(parts.amount * unitSeconds[parts.unit]);
}

/** Words for the screen: `P1DT2H` → "1 day 2 hours". */
export function describeDuration(totalSeconds: number): string {
  if (totalSeconds === 0) return '0 seconds';
  const words: string[] = [];
  let rest = totalSeconds;
  for (const unit of [...durationUnits].reverse()) {
    const count = unit === 'seconds' ? rest : Math.floor(rest / unitSeconds[unit]);
    rest -= count * unitSeconds[unit];
    if (count) words.push(`${count} ${count === 1 ? unit.slice(0, -1) : unit}`);
  }
  return words.join(' ');
}
