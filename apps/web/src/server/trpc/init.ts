import 'server-only';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import { sessionFromHeaders } from '../auth/session';
import { logger } from '../logger';
import { services } from '../services';

/** Per-request context. Queries read projections only, so the read-model client is all they get. */
export async function createTRPCContext(opts: { headers: Headers }) {
  return {
    prisma: services().prisma,
    session: sessionFromHeaders(opts.headers),
    source: opts.headers.get('x-trpc-source') ?? 'unknown',
  };
}

const t = initTRPC.context<typeof createTRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, path, ctx }) {
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      // Unexpected failures are logged here with their cause and never shown to the browser:
      // a driver message can name hosts, tables or SQL.
      logger.error(
        { err: error.cause ?? error, path, source: ctx?.source },
        'tRPC procedure failed',
      );
      return { ...shape, message: 'The shop could not answer right now. Please try again.' };
    }
    const issues = error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null;
    return { ...shape, data: { ...shape.data, issues } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Procedures for admins only: anyone else gets UNAUTHORIZED, whatever page they came from. */
export const adminProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.session?.role !== 'admin') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in as an admin to do this.' });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Procedures for a signed-in shopper, who only ever sees their own cart and orders. */
export const shopperProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.session?.role !== 'shopper') {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to see this.' });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});
