import { median } from './statistics';

/** A Markdown table row. */
export const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The rule under a header of `columns` cells: the first column left-aligned, figures right. */
export const rule = (columns: number): string =>
  row(['---', ...Array<string>(columns - 1).fill('---:')]);

/** A whole number with thousands separators, e.g. `48,210`. */
export const whole = (value: number): string => Math.round(value).toLocaleString('en-US');

/** A ratio as a percentage with one decimal, e.g. `54.3 %`. */
export const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)} %`;

/** A column of a rounds table: its heading, the figure it takes from a round, how it prints. */
export interface RoundColumn<Round> {
  readonly heading: string;
  readonly value: (round: Round) => number;
  readonly format: (value: number) => string;
}

/**
 * One row per round, then a bold row of each column's median over the rounds. A ratio column's
 * median is thus the median of the rounds' ratios, each measured back to back in its round, not
 * the ratio of two medians taken from different rounds.
 */
export function roundsTable<Round>(
  rounds: readonly Round[],
  columns: readonly RoundColumn<Round>[],
): string {
  const line = (label: string, figure: (column: RoundColumn<Round>) => number, bold = false) =>
    row([
      label,
      ...columns.map((column) => {
        const text = column.format(figure(column));
        return bold ? `**${text}**` : text;
      }),
    ]);
  return [
    row(['round', ...columns.map(({ heading }) => heading)]),
    rule(columns.length + 1),
    ...rounds.map((round, index) => line(String(index + 1), (column) => column.value(round))),
    line('**median**', (column) => median(rounds.map(column.value)), true),
  ].join('\n');
}
