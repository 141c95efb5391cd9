import { describe, expect, it } from 'vitest';
import { notTextErrors, readTextFields } from './text-fields';

const formData = (entries: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe('readTextFields', () => {
  it('reads the named fields as text, an absent one as empty, and ignores the rest', () => {
    expect(readTextFields(formData({ name: 'Mug', extra: 'x' }), ['name', 'description'])).toEqual({
      values: { name: 'Mug', description: '' },
      notText: [],
    });
  });

  it('names the fields that held a file instead of text', () => {
    const { values, notText } = readTextFields(
      formData({ name: new Blob(['x']), reason: 'Damaged' }),
      ['name', 'reason'],
    );
    expect(notText).toEqual(['name']);
    expect(values).toEqual({ name: '', reason: 'Damaged' });
    expect(notTextErrors(notText)).toEqual({ name: ['Must be text.'] });
  });
});
