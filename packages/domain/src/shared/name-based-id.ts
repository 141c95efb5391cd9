import { createHash } from 'node:crypto';

// The shop's namespace for name-based ids (itself a random UUID, chosen once; never change it:
// stored ids are derived from it).
const namespace = Buffer.from('6f1c2a4e9b7d4c1f8e3a5b6c7d8e9f01', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name). The same name gives the same
 * id on every run and every process, so work that may be repeated (a redelivered event, a
 * restarted worker, a demo seed run twice) names the same command or entity and cannot do it twice.
 */
export function nameBasedId(name: string): string {
  const hash = createHash('sha1').update(namespace).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
