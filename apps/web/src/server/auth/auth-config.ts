import 'server-only';
import { env } from '../../env';

export interface AuthConfig {
  readonly sessionSecret: string;
  readonly adminEmail: string;
  readonly adminPassword: string;
}

const development: Pick<AuthConfig, 'sessionSecret' | 'adminPassword'> = {
  sessionSecret: 'development-only-session-secret-do-not-deploy',
  adminPassword: 'demo-admin',
};

/**
 * Read on first use rather than at import, so `next build` needs no secrets. A production server
 * refuses to sign anyone in with the well-known development values.
 */
export function authConfig(): AuthConfig {
  const { SESSION_SECRET, ADMIN_PASSWORD, ADMIN_EMAIL, NODE_ENV } = env;
  if (NODE_ENV === 'production' && (!SESSION_SECRET || !ADMIN_PASSWORD)) {
    throw new Error('SESSION_SECRET and ADMIN_PASSWORD must be set when NODE_ENV is production');
  }
  return {
    sessionSecret: SESSION_SECRET ?? development.sessionSecret,
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD ?? development.adminPassword,
  };
}
