import type { RelayHealth, XminHolder } from '@shop/domain/relay';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { relayHealthLog } from './relay';

interface Line {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

function captured() {
  const lines: Line[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line)) },
  );
  return { log: relayHealthLog(logger), lines };
}

const active: RelayHealth = {
  status: 'active',
  checkpoint: '900:12',
  lastPublishedAt: null,
  eventsPublished: 12,
  heldBackBy: null,
  heldBackEvents: false,
};

const holder = (transactionAgeMs: number): XminHolder => ({
  pid: 4242,
  database: 'shop',
  applicationName: 'psql',
  state: 'idle in transaction',
  transactionAgeMs,
  query: 'SELECT 1',
});

const heldBack = (heldBackBy: XminHolder | null): RelayHealth => ({
  ...active,
  heldBackEvents: true,
  heldBackBy,
});

describe('relay health log', () => {
  it('logs the status as a field when it changes, and only then', () => {
    const { log, lines } = captured();
    log({ ...active, status: 'standby' }, 0);
    log({ ...active, status: 'standby' }, 1_000);
    log(active, 2_000);
    log(active, 3_000);
    log({ ...active, status: 'stopped' }, 4_000);
    expect(lines.map(({ status, previousStatus }) => [previousStatus, status])).toEqual([
      [null, 'standby'],
      ['standby', 'active'],
      ['active', 'stopped'],
    ]);
    expect(lines[1]).toMatchObject({ level: 30, checkpoint: '900:12', eventsPublished: 12 });
  });

  it('leaves a named stall to the relay’s own warning, and says when it ends', () => {
    const { log, lines } = captured();
    log(active, 0);
    log(heldBack(holder(1_500)), 1_000);
    log(heldBack(holder(2_500)), 2_000);
    expect(lines).toHaveLength(1);
    log(active, 3_000);
    expect(lines.at(-1)).toMatchObject({
      level: 30,
      msg: 'events no longer held back: the relay publishes again',
      heldBackForMs: 2_000,
      heldBackBy: { pid: 4242, transactionAgeMs: 2_500 },
    });
  });

  it('says nothing of appends in flight', () => {
    const { log, lines } = captured();
    log(active, 0);
    log(heldBack(holder(3)), 1_000);
    log(heldBack(holder(5)), 2_000);
    log(active, 3_000);
    expect(lines).toHaveLength(1);
  });

  it('warns, rate-limited, of a stall no backend holds', () => {
    const { log, lines } = captured();
    log(active, 0);
    for (let now = 1_000; now <= 15_000; now += 1_000) log(heldBack(null), now);
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings.map((line) => line.heldBackForMs)).toEqual([3_000, 13_000]);
    expect(warnings[0]?.msg).toContain('pg_prepared_xacts');
  });

  it('does not call a hold-back over when the relay only stopped publishing', () => {
    const { log, lines } = captured();
    log(active, 0);
    log(heldBack(holder(5_000)), 1_000);
    log({ ...active, status: 'standby' }, 2_000);
    log(active, 3_000);
    expect(lines.map((line) => line.msg)).toEqual([
      'relay status: active',
      'relay status: standby',
      'relay status: active',
    ]);
  });
});
