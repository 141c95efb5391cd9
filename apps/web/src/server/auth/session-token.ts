import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Who is signed in. Shoppers are customers of the shop; admins are the configured operators. */
export const sessionSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('shopper'),
    customerId: z.uuid(),
    email: z.string(),
    name: z.string(),
  }),
  z.object({ role: z.literal('admin'), email: z.string() }),
]);
export type Session = z.infer<typeof sessionSchema>;

const tokenPayloadSchema = z.object({
  session: sessionSchema,
  /** Seconds since the epoch after which the token is refused. */
  expiresAt: z.number().int(),
});

const signature = (payload: string, secret: string): Buffer =>
  createHmac('sha256', secret).update(payload).digest();

/**
 * A session as `<payload>.<signature>` (base64url; HMAC-SHA256): the cookie carries who is signed
 * in, and only the server, which holds the secret, can have written it.
 */
export function signSession(
  session: Session,
  { secret, now, ttlSeconds }: { secret: string; now: Date; ttlSeconds: number },
): string {
  const expiresAt = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const payload = Buffer.from(JSON.stringify({ session, expiresAt })).toString('base64url');
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

/** The session a token carries, or null when it is forged, altered, malformed or expired. */
export function verifySession(
  token: string,
  { secret, now }: { secret: string; now: Date },
): Session | null {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0) return null;
  const expected = signature(payload, secret);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const parsed = tokenPayloadSchema.safeParse(parseJson(Buffer.from(payload, 'base64url')));
  if (!parsed.success) return null;
  return parsed.data.expiresAt * 1000 > now.getTime() ? parsed.data.session : null;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}
