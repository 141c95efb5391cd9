import type { ReadModelsTransaction } from '../prisma';
import {
  listingColumnsSelect,
  listingFromColumns,
  listingToColumns,
  type ListingColumns,
  type ListingRow,
} from './listing-columns';
import type { RowTable } from './row-table';

type Key = { generation_productId: { generation: number; productId: string } };
type Columns = ReturnType<typeof listingToColumns>;

/** What a listing table's Prisma delegate (catalogProduct, productDetail) offers its store. */
interface ListingDelegate {
  findUnique(args: {
    where: Key;
    select: typeof listingColumnsSelect;
  }): Promise<ListingColumns | null>;
  upsert(args: {
    where: Key;
    create: Columns & { generation: number };
    update: Columns;
    select: { productId: true };
  }): Promise<unknown>;
  deleteMany(args: { where: { generation: number } }): Promise<unknown>;
}

/** The store side of a table with the listing columns, whichever table it is. */
export function listingTable(
  delegateOf: (tx: ReadModelsTransaction) => ListingDelegate,
): RowTable<ListingRow> {
  return {
    async load(tx, generation, productId) {
      const columns = await delegateOf(tx).findUnique({
        where: { generation_productId: { generation, productId } },
        select: listingColumnsSelect,
      });
      return columns && listingFromColumns(columns);
    },
    async save(tx, generation, row) {
      const columns = listingToColumns(row);
      await delegateOf(tx).upsert({
        where: { generation_productId: { generation, productId: row.productId } },
        create: { generation, ...columns },
        update: columns,
        select: { productId: true },
      });
    },
    async dropGeneration(tx, generation) {
      await delegateOf(tx).deleteMany({ where: { generation } });
    },
  };
}
