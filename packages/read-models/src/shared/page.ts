import { z } from 'zod';

export const maxPageSize = 100;

/** Which page of a list to read; the same fields in every paginated query's input. */
export const pageInputSchema = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(maxPageSize).default(20),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export const pageInfoSchema = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  totalItems: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const skipTake = ({ page, pageSize }: PageInput) => ({
  skip: (page - 1) * pageSize,
  take: pageSize,
});

export const pageInfo = ({ page, pageSize }: PageInput, totalItems: number): PageInfo => ({
  page,
  pageSize,
  totalItems,
  totalPages: Math.ceil(totalItems / pageSize),
});
