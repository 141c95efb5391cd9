export { deadlineCheck, timeBox, timed } from './deadline';
export { loadAverage, machineLine } from './machine';
export { notesHeading, withKeptNotes, writeResultsFile } from './results-file';
export { median, percentile } from './statistics';
export { percent, roundsTable, row, rule, whole, type RoundColumn } from './table';
