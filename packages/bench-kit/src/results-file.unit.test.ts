import { describe, expect, it } from 'vitest';
import { withKeptNotes } from './results-file';

describe('withKeptNotes', () => {
  const body = '# Bench\n\n| a | b |\n';

  it('keeps the hand-written notes of the previous file after the new figures', () => {
    const previous = '# Bench\n\nold figures\n\n## Notes\n\nBefore: 10/s. After: 20/s.\n';
    expect(withKeptNotes(body, previous)).toBe(
      '# Bench\n\n| a | b |\n\n## Notes\n\nBefore: 10/s. After: 20/s.\n',
    );
  });

  it('starts an empty notes section for a first run', () => {
    expect(withKeptNotes(body, '')).toBe('# Bench\n\n| a | b |\n\n## Notes\n\n(none yet)\n');
  });

  it('takes only a heading on a line of its own, not a mention of it', () => {
    const previous = 'the `## Notes` section is kept\n\n## Notes\n\nkept\n';
    expect(withKeptNotes(body, previous)).toBe('# Bench\n\n| a | b |\n\n## Notes\n\nkept\n');
  });
});
