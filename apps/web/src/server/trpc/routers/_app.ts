import { createTRPCRouter } from '../init';
import { catalogRouter } from './catalog/_router';

export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
