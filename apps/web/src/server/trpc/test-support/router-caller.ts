import type { ReadModelsPrisma } from '@shop/read-models';
import type { Session } from '../../auth/session-token';
import { createCallerFactory } from '../init';
import { appRouter } from '../routers/_app';

/*
 * The app's router, called in-process as a request would reach it. Imported by tests, so relative
 * imports only. It loads the app's configuration: a test that points the app at its own database
 * sets the environment first and imports this module afterwards.
 */

const createCaller = createCallerFactory(appRouter);
export type RouterCaller = ReturnType<typeof createCaller>;

/** Callers that read `prisma`'s read models, one per session (null: an anonymous visitor). */
export const routerCallerOf =
  (prisma: ReadModelsPrisma) =>
  (session: Session | null = null): RouterCaller =>
    createCaller({ prisma, session, source: 'test' });
