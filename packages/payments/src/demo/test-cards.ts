import { z } from 'zod';

/**
 * The demo provider's test cards, in the manner of a real provider's test mode. Only these are
 * accepted, so nobody types a real card into the demo.
 */
export const demoTestCards = {
  '4242424242424242': 'approves',
  '4000000000000002': 'declines',
  /** The call never returns: the saga must time it out, cancel the order and void the call. */
  '4000000000000119': 'never-answers',
  /** Fails transiently twice for the same idempotency key, then approves. */
  '4000000000009995': 'fails-twice',
} as const;

export type DemoCardBehaviour = (typeof demoTestCards)[keyof typeof demoTestCards];
export const demoProvider = 'demo';

const behaviours = new Set<string>(Object.values(demoTestCards));
const tokenPrefix = 'demo_card_';

const cardList = Object.entries(demoTestCards)
  .map(([number, behaviour]) => `${number.replace(/(\d{4})(?=\d)/g, '$1 ')} (${behaviour})`)
  .join(', ');

const isTestCard = (digits: string): digits is keyof typeof demoTestCards =>
  Object.hasOwn(demoTestCards, digits);

/**
 * The checkout form's card field, read the way the demo provider "tokenizes" it: into a token
 * naming the test card's behaviour, and the last four digits. Spaces and dashes are allowed.
 */
export const demoCardNumberSchema = z
  .string({ error: 'Card number must be text' })
  .transform((text) => text.replace(/[\s-]/g, ''))
  .refine((digits) => /^\d{12,19}$/.test(digits), 'Card number must be 12 to 19 digits')
  .refine(isTestCard, `This demo takes test cards only: ${cardList}`)
  .transform((digits) => ({
    provider: demoProvider,
    token: `${tokenPrefix}${demoTestCards[digits as keyof typeof demoTestCards]}`,
    last4: digits.slice(-4),
  }));

/** The behaviour a demo token stands for; null for a token the demo provider never issued. */
export function demoBehaviourOf(token: string): DemoCardBehaviour | null {
  const behaviour = token.startsWith(tokenPrefix) ? token.slice(tokenPrefix.length) : '';
  return behaviours.has(behaviour) ? (behaviour as DemoCardBehaviour) : null;
}
