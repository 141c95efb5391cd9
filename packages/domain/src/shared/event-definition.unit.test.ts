import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventCodec } from './event-codec';
import { defineEvent } from './event-definition';
import { UndecodableEvent } from './undecodable-event';

// A made-up event that went through three versions: a name, then split names, then a locale.
const greeted = defineEvent('Greeted', z.object({ name: z.string() }))
  .evolve(z.object({ first: z.string(), last: z.string() }), ({ name }) => {
    const [first = '', ...rest] = name.split(' ');
    return { first, last: rest.join(' ') };
  })
  .evolve(z.object({ first: z.string(), last: z.string(), locale: z.string() }), (v2) => ({
    ...v2,
    locale: 'en',
  }));

const where = { streamId: 'greeting-1', streamVersion: 3, globalPosition: 42n };

describe('event definitions', () => {
  it('reads every stored version as the current one, upcasting step by step', () => {
    expect(greeted.currentVersion).toBe(3);
    const current = { first: 'Ada', last: 'Lovelace', locale: 'en' };
    expect(
      greeted.decode({ type: 'Greeted', schemaVersion: 1, data: { name: 'Ada Lovelace' } }),
    ).toEqual(current);
    expect(
      greeted.decode({
        type: 'Greeted',
        schemaVersion: 2,
        data: { first: 'Ada', last: 'Lovelace' },
      }),
    ).toEqual(current);
    expect(greeted.decode({ type: 'Greeted', schemaVersion: 3, data: current })).toEqual(current);
  });

  it('names the stream and position of a version it does not know', () => {
    const read = () => greeted.decode({ type: 'Greeted', schemaVersion: 4, data: {}, ...where });
    expect(read).toThrow(UndecodableEvent);
    expect(read).toThrow(
      'Cannot read Greeted in stream greeting-1 at version 3 (global position 42)',
    );
  });

  it('says which field of a stored payload is wrong', () => {
    expect(() =>
      greeted.decode({ type: 'Greeted', schemaVersion: 1, data: { name: 7 }, ...where }),
    ).toThrow(/v1 payload is invalid \(name: /);
  });

  it('reports an upcaster whose output does not fit the next version', () => {
    const broken = defineEvent('Broken', z.object({ a: z.string() })).evolve(
      z.object({ b: z.number() }),
      () => ({ b: 'not a number' as unknown as number }),
    );
    const read = () =>
      broken.decode({ type: 'Broken', schemaVersion: 1, data: { a: 'x' }, ...where });
    expect(read).toThrow(expect.objectContaining({ reason: 'UpcasterFailed' }));
    expect(read).toThrow(/upcast to v2 is invalid \(b: /);
  });

  it('refuses an event type the codec does not know', () => {
    const codec = eventCodec([greeted]);
    expect(() => codec.parse({ type: 'Waved', schemaVersion: 1, data: {}, ...where })).toThrow(
      expect.objectContaining({ reason: 'UnknownType' }),
    );
    expect(codec.schemaVersionOf('Greeted')).toBe(3);
  });
});
