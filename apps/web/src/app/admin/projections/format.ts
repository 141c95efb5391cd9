// Fixed locale and time zone: the server renders these first and the browser must render the same.
const counts = new Intl.NumberFormat('en-US');
const rates = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const formatCount = (n: number): string => counts.format(n);

export const formatRate = (perSecond: number): string =>
  `${rates.format(perSecond >= 10 ? Math.round(perSecond) : perSecond)} events/s`;

/** "1,000+ events" when the count stopped at the scan limit. */
export const formatEvents = (events: number, capped = false): string =>
  `${formatCount(events)}${capped ? '+' : ''} ${events === 1 && !capped ? 'event' : 'events'}`;

export const formatSeconds = (seconds: number): string =>
  seconds < 10 ? `${seconds.toFixed(1)} s` : `${formatCount(Math.round(seconds))} s`;

/** "2026-11-23 15:28:34 UTC". */
export const formatUtc = (at: Date): string =>
  `${at.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** How long before `now` (both on the database's clock), e.g. "4 s ago" or "3 min ago". */
export function formatAge(at: Date | null, now: Date): string {
  if (at === null) return 'never';
  const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1_000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3_600) return `${Math.floor(seconds / 60)} min ago`;
  return `${Math.floor(seconds / 3_600)} h ago`;
}
