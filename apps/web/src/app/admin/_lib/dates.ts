// Fixed to UTC: the server renders these pages first and the browser hydrates them, so a time in
// each one's own zone would differ between the two; the date filters are in UTC days as well.
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const preciseFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** "23 Nov 2026, 15:04 UTC". */
export const formatDateTime = (date: Date): string => `${dateTimeFormat.format(date)} UTC`;

/** To the second, for a timeline where several events share a minute. */
export const formatInstant = (date: Date): string => `${preciseFormat.format(date)} UTC`;
