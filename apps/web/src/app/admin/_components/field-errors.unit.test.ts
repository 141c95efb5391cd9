import { setProductTagsInputSchema } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { groupErrors, groupIssues } from './field-errors';

describe('groupErrors', () => {
  it('puts nested paths under their field and the rest on the form', () => {
    expect(
      groupErrors(
        {
          'tags.0': ['A tag cannot be empty'],
          'tags.2': ['A tag must be at most 30 characters'],
          name: ['Name is required'],
          _form: ['Unrecognised input'],
          'context.actor': ['Actor is required'],
        },
        ['name', 'tags'],
      ),
    ).toEqual({
      fields: {
        tags: ['A tag cannot be empty', 'A tag must be at most 30 characters'],
        name: ['Name is required'],
      },
      form: ['Unrecognised input', 'Actor is required'],
    });
  });
});

describe('groupIssues', () => {
  it("groups a domain schema's issues the way the server answers them", () => {
    const result = setProductTagsInputSchema.safeParse({ productId: 'x', tags: 'ok, bad!' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(groupIssues(result.error, ['productId', 'tags'])).toEqual({
      fields: {
        productId: ['Product id must be a UUID'],
        tags: ['Tags may use letters, digits, single spaces and dashes'],
      },
      form: [],
    });
  });
});
