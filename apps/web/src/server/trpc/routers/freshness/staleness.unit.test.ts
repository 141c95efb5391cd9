import { describe, expect, it } from 'vitest';
import { freshnessOf, type PartitionBacklog } from './staleness';

const now = new Date('2026-11-24T12:00:00.000Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1_000);
const bounds = { staleAfterMs: 2_000, stallAfterMs: 5_000 };
const idle: PartitionBacklog = {
  waiting: 0,
  capped: false,
  oldest: null,
  updatedAt: secondsAgo(60),
};

const backlog = (partitions: PartitionBacklog[], rebuilding = false, failedDeadLetters = 0) => ({
  now,
  rebuilding,
  failedDeadLetters,
  partitions,
});

describe('freshnessOf', () => {
  it('is live with nothing waiting, however long ago the checkpoints last moved', () => {
    expect(freshnessOf(backlog([idle, idle]), bounds)).toEqual({
      status: 'live',
      stale: false,
      lagSeconds: 0,
      lagEvents: 0,
      lagCapped: false,
    });
  });

  it('is live while the oldest waiting event is within the bound', () => {
    const busy = { waiting: 3, capped: false, oldest: secondsAgo(1.5), updatedAt: secondsAgo(0.1) };
    expect(freshnessOf(backlog([idle, busy]), bounds)).toMatchObject({
      status: 'live',
      stale: false,
      lagSeconds: 1.5,
      lagEvents: 3,
    });
  });

  it('is lagging once the oldest waiting event is older than the bound, while progressing', () => {
    const behind = { waiting: 40, capped: true, oldest: secondsAgo(3), updatedAt: secondsAgo(0.2) };
    const busy = { waiting: 2, capped: false, oldest: secondsAgo(1), updatedAt: secondsAgo(0.2) };
    expect(freshnessOf(backlog([busy, behind]), bounds)).toEqual({
      status: 'lagging',
      stale: true,
      lagSeconds: 3,
      lagEvents: 42,
      lagCapped: true,
    });
  });

  it('is stalled when events wait and nothing moved for the stall bound', () => {
    const stuck = { waiting: 1, capped: false, oldest: secondsAgo(6), updatedAt: secondsAgo(30) };
    expect(freshnessOf(backlog([idle, stuck]), bounds)).toMatchObject({
      status: 'stalled',
      stale: true,
    });
    // A partition that never had a checkpoint counts from its oldest waiting event.
    const never = { waiting: 1, capped: false, oldest: secondsAgo(6), updatedAt: null };
    expect(freshnessOf(backlog([never]), bounds).status).toBe('stalled');
  });

  it('is not stalled by a recent event behind an old checkpoint: it counts from the later of the two', () => {
    const woken = { waiting: 1, capped: false, oldest: secondsAgo(3), updatedAt: secondsAgo(600) };
    expect(freshnessOf(backlog([woken]), bounds).status).toBe('lagging');
  });

  it('is rebuilding, and stale, while a rebuild runs, unless it is stalled', () => {
    expect(freshnessOf(backlog([idle], true), bounds)).toMatchObject({
      status: 'rebuilding',
      stale: true,
    });
    const stuck = { waiting: 1, capped: false, oldest: secondsAgo(9), updatedAt: secondsAgo(9) };
    expect(freshnessOf(backlog([stuck], true), bounds).status).toBe('stalled');
  });

  it('is failed, and stale, while failed dead letters wait, even with nothing behind', () => {
    expect(freshnessOf(backlog([idle], false, 1), bounds)).toEqual({
      status: 'failed',
      stale: true,
      lagSeconds: 0,
      lagEvents: 0,
      lagCapped: false,
    });
    const behind = { waiting: 4, capped: false, oldest: secondsAgo(3), updatedAt: secondsAgo(0.1) };
    expect(freshnessOf(backlog([behind], false, 2), bounds).status).toBe('failed');
  });

  it('says stalled or rebuilding before failed', () => {
    const stuck = { waiting: 1, capped: false, oldest: secondsAgo(9), updatedAt: secondsAgo(9) };
    expect(freshnessOf(backlog([stuck], false, 1), bounds).status).toBe('stalled');
    expect(freshnessOf(backlog([idle], true, 1), bounds).status).toBe('rebuilding');
  });

  it('uses the bounds it is given', () => {
    const behind = { waiting: 1, capped: false, oldest: secondsAgo(3), updatedAt: secondsAgo(0.1) };
    expect(freshnessOf(backlog([behind]), { ...bounds, staleAfterMs: 4_000 }).stale).toBe(false);
  });
});
