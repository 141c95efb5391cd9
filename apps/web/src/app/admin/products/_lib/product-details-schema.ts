import {
  describeProductInputSchema,
  renameProductInputSchema,
  setProductCategoryInputSchema,
  setProductTagsInputSchema,
} from '@shop/domain';

/**
 * The product details form edits four things at once (rename, describe, categorise, tag), so the
 * schema that validates it, in the browser and in the server action, is the four commands' inputs
 * together. The other product forms are validated by one domain input schema each.
 */
export const productDetailsSchema = renameProductInputSchema
  .extend(describeProductInputSchema.shape)
  .extend(setProductCategoryInputSchema.shape)
  .extend(setProductTagsInputSchema.shape);
