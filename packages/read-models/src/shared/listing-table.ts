import type { ReadModelsTransaction } from '../prisma';
import {
  listingColumnsSelect,
  listingFromColumns,
  type ListingColumns,
  listingUpsertColumns,
  type ListingRow,
} from './listing-columns';
import type { BatchRowTable } from './row-table';
import { upsertRows } from './upsert-rows';

type Key = { generation_productId: { generation: number; productId: string } };

/** What a listing table's Prisma delegate (catalogProduct, productDetail) offers its store. */
interface ListingDelegate {
  findUnique(args: {
    where: Key;
    select: typeof listingColumnsSelect;
  }): Promise<ListingColumns | null>;
  findMany(args: {
    where: { generation: number; productId: { in: string[] } };
    select: typeof listingColumnsSelect;
  }): Promise<ListingColumns[]>;
  deleteMany(args: { where: { generation: number } }): Promise<unknown>;
}

/** The store side of a table with the listing columns, whichever table it is. */
export function listingTable(
  delegateOf: (tx: ReadModelsTransaction) => ListingDelegate,
  sqlTable: string,
): BatchRowTable<ListingRow> {
  return {
    mergesParts: true,
    async load(tx, generation, productId) {
      const columns = await delegateOf(tx).findUnique({
        where: { generation_productId: { generation, productId } },
        select: listingColumnsSelect,
      });
      return columns && listingFromColumns(columns);
    },
    save: (tx, generation, row) =>
      upsertRows(tx, sqlTable, 'product_id', listingUpsertColumns, generation, [row]),
    async loadMany(tx, generation, ids) {
      const rows = await delegateOf(tx).findMany({
        where: { generation, productId: { in: [...ids] } },
        select: listingColumnsSelect,
      });
      return new Map(rows.map((columns) => [columns.productId, listingFromColumns(columns)]));
    },
    saveMany: (tx, generation, rows) =>
      upsertRows(tx, sqlTable, 'product_id', listingUpsertColumns, generation, rows),
    async dropGeneration(tx, generation) {
      await delegateOf(tx).deleteMany({ where: { generation } });
    },
  };
}
