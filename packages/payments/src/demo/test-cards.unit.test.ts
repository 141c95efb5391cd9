import { describe, expect, it } from 'vitest';
import { demoBehaviourOf, demoCardNumberSchema } from './test-cards';

describe('demo test cards', () => {
  it('turns a test card into a token and its last four digits', () => {
    expect(demoCardNumberSchema.parse('4242 4242 4242 4242')).toEqual({
      provider: 'demo',
      token: 'demo_card_approves',
      last4: '4242',
    });
    expect(demoCardNumberSchema.parse('4000-0000-0000-0119').token).toBe('demo_card_never-answers');
  });

  it('reads each token back as its behaviour', () => {
    for (const card of [
      '4242424242424242',
      '4000000000000002',
      '4000000000000119',
      '4000000000009995',
    ]) {
      const { token } = demoCardNumberSchema.parse(card);
      expect(demoBehaviourOf(token)).not.toBeNull();
    }
    expect(demoBehaviourOf('tok_visa')).toBeNull();
  });

  it('refuses any other number, naming the test cards', () => {
    const result = demoCardNumberSchema.safeParse('5555 5555 5555 4444');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('4242 4242 4242 4242 (approves)');
    expect(demoCardNumberSchema.safeParse('42').error?.issues[0]?.message).toBe(
      'Card number must be 12 to 19 digits',
    );
  });
});
