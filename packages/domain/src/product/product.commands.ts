import { z } from 'zod';
import { positiveMoneySchema } from '../shared/money';
import {
  categorySchema,
  discontinueReasonSchema,
  productDescriptionSchema,
  productIdSchema,
  productNameSchema,
  tagsSchema,
} from './product.fields';

const command = <const Type extends string, Data extends z.ZodType>(type: Type, data: Data) =>
  z.object({ type: z.literal(type), data });

export const addProductSchema = command(
  'AddProduct',
  z.object({
    productId: productIdSchema,
    name: productNameSchema,
    description: productDescriptionSchema,
    price: positiveMoneySchema,
    /** Optional so that callers from before categories keep working; absent means uncategorised. */
    category: categorySchema.optional(),
  }),
);
export type AddProduct = z.infer<typeof addProductSchema>;

export const renameProductSchema = command(
  'RenameProduct',
  z.object({ productId: productIdSchema, name: productNameSchema }),
);
export type RenameProduct = z.infer<typeof renameProductSchema>;

export const describeProductSchema = command(
  'DescribeProduct',
  z.object({ productId: productIdSchema, description: productDescriptionSchema }),
);
export type DescribeProduct = z.infer<typeof describeProductSchema>;

export const setProductCategorySchema = command(
  'SetProductCategory',
  z.object({ productId: productIdSchema, category: categorySchema }),
);
export type SetProductCategory = z.infer<typeof setProductCategorySchema>;

export const setProductTagsSchema = command(
  'SetProductTags',
  z.object({ productId: productIdSchema, tags: tagsSchema }),
);
export type SetProductTags = z.infer<typeof setProductTagsSchema>;

export const repriceProductSchema = command(
  'RepriceProduct',
  z.object({ productId: productIdSchema, price: positiveMoneySchema }),
);
export type RepriceProduct = z.infer<typeof repriceProductSchema>;

export const discontinueProductSchema = command(
  'DiscontinueProduct',
  z.object({ productId: productIdSchema, reason: discontinueReasonSchema.optional() }),
);
export type DiscontinueProduct = z.infer<typeof discontinueProductSchema>;

export const productCommandSchema = z.discriminatedUnion('type', [
  addProductSchema,
  renameProductSchema,
  describeProductSchema,
  setProductCategorySchema,
  setProductTagsSchema,
  repriceProductSchema,
  discontinueProductSchema,
]);
export type ProductCommand = z.infer<typeof productCommandSchema>;
