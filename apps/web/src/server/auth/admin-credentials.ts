import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { normalizeEmail } from '@shop/domain';
import { authConfig } from './auth-config';

// Hashing first gives equal lengths, so the comparison takes the same time whatever was typed.
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether `email` and `password` are the configured admin's, compared in constant time. */
export function isAdminCredentials(email: string, password: string): boolean {
  const { adminEmail, adminPassword } = authConfig();
  const emailMatches = timingSafeEqual(
    digest(normalizeEmail(email)),
    digest(normalizeEmail(adminEmail)),
  );
  const passwordMatches = timingSafeEqual(digest(password), digest(adminPassword));
  return emailMatches && passwordMatches;
}
