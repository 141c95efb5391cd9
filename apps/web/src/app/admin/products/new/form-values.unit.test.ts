import { describe, expect, it } from 'vitest';
import { invalidFormState, readAddProductValues } from './form-values';

const formData = (entries: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe('readAddProductValues', () => {
  it('reads every field as text, an absent one as empty', () => {
    expect(readAddProductValues(formData({ name: 'Mug', price: '12.50' }))).toEqual({
      values: { name: 'Mug', description: '', price: '12.50', currency: '' },
      notText: [],
    });
  });

  it('names the fields that held a file instead of text', () => {
    const { values, notText } = readAddProductValues(
      formData({ name: new Blob(['x']), price: '1', currency: 'EUR' }),
    );
    expect(notText).toEqual(['name']);
    expect(values.name).toBe('');
  });
});

describe('invalidFormState', () => {
  it('puts messages beside their fields and the rest on the form', () => {
    const values = { name: '', description: '', price: '-1', currency: 'EUR' };
    expect(
      invalidFormState(values, 'Please correct the highlighted fields.', {
        name: ['Name is required'],
        price: ['Price must be a number such as 12.50'],
        _form: ['Unrecognised input'],
      }),
    ).toEqual({
      status: 'invalid',
      values,
      message: 'Please correct the highlighted fields.',
      fieldErrors: { name: ['Name is required'], price: ['Price must be a number such as 12.50'] },
      formErrors: ['Unrecognised input'],
    });
  });
});
