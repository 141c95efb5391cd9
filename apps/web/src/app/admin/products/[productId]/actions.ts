'use server';

import {
  describeProduct,
  discontinueProduct,
  discontinueProductInputSchema,
  inventoryStreamId,
  productStreamId,
  receiveStock,
  receiveStockInputSchema,
  renameProduct,
  repriceProduct,
  repriceProductInputSchema,
  setProductCategory,
  setProductTags,
} from '@shop/domain';
import type { CommandActionResult } from '../../../../server/command-action';
import { runAdminCommand } from '../../_lib/admin-command';
import { inOrder } from '../../_lib/in-order';
import { productDetailsSchema } from '../_lib/product-details-schema';

/*
 * The product page's forms. Each answers with the command's consistency token, and the page shows
 * the change as pending until the product's read model has applied it.
 */

type Previous = CommandActionResult | null;

const productStream = ({ productId }: { productId: string }) => productStreamId(productId);

export async function editProductDetailsAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    {
      command: 'EditProductDetails',
      schema: productDetailsSchema,
      streamId: productStream,
      run: inOrder(
        productDetailsSchema,
        renameProduct,
        describeProduct,
        setProductCategory,
        setProductTags,
      ),
    },
    formData,
  );
}

export async function repriceProductAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    {
      command: 'RepriceProduct',
      schema: repriceProductInputSchema,
      streamId: productStream,
      run: repriceProduct,
    },
    formData,
  );
}

export async function discontinueProductAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    {
      command: 'DiscontinueProduct',
      schema: discontinueProductInputSchema,
      streamId: productStream,
      run: discontinueProduct,
    },
    formData,
  );
}

export async function receiveStockAction(_: Previous, formData: FormData) {
  return runAdminCommand(
    {
      command: 'ReceiveStock',
      schema: receiveStockInputSchema,
      streamId: ({ productId }) => inventoryStreamId(productId),
      run: receiveStock,
    },
    formData,
  );
}
