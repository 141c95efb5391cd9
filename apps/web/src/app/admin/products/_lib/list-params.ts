import type { Route } from 'next';
import { pageParam, queryString, type SearchParams } from '../../_lib/search-params';

export const productSorts = ['name', 'onHand'] as const;
export type ProductSort = (typeof productSorts)[number];

export interface ProductListParams {
  readonly page: number;
  readonly sort: ProductSort;
}

export const productsPageSize = 25;

const isSort = (value: unknown): value is ProductSort =>
  productSorts.includes(value as ProductSort);

/** `?page=2&sort=onHand`; anything unknown falls back to the first page by name. */
export function productListParams(params: SearchParams): ProductListParams {
  const sort = params.sort;
  return { page: pageParam(params), sort: isSort(sort) ? sort : 'name' };
}

/** The list's address with these parameters, defaults left out. */
export const productListHref = ({ page, sort }: ProductListParams): Route =>
  `/admin/products${queryString({
    sort: sort === 'name' ? undefined : sort,
    page: page === 1 ? undefined : String(page),
  })}` as Route;
