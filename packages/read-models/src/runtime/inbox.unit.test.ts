import type { JsMsg } from '@nats-io/jetstream';
import { describe, expect, it } from 'vitest';
import { Inbox } from './inbox';

function delivery(deliverySequence: number): JsMsg {
  return { info: { deliverySequence } } as unknown as JsMsg;
}

function inboxHolding(count: number): Inbox {
  const inbox = new Inbox();
  for (let sequence = 1; sequence <= count; sequence++) inbox.push(delivery(sequence));
  return inbox;
}

describe('Inbox', () => {
  it('breaks at a delivery that skips a number, keeping those before it', async () => {
    const inbox = inboxHolding(2);
    inbox.push(delivery(4));
    inbox.push(delivery(3));
    expect(inbox.broken).toBe('delivery 4 arrived where 3 was due');
    expect((await inbox.take(10, 0)).map((msg) => msg.info.deliverySequence)).toEqual([1, 2]);
  });

  it('breaks when the server delivered more than arrived, on two idle checks in a row', async () => {
    const inbox = inboxHolding(3);
    await inbox.take(10, 0);
    inbox.checkDelivered(5);
    expect(inbox.broken).toBeNull();
    inbox.checkDelivered(5);
    expect(inbox.broken).toBe('deliveries 4 to 5 never arrived');
  });

  it('waits while missing deliveries are still arriving', async () => {
    const inbox = inboxHolding(3);
    await inbox.take(10, 0);
    inbox.checkDelivered(5);
    inbox.push(delivery(4));
    inbox.checkDelivered(5);
    expect(inbox.broken).toBeNull();
    await inbox.take(10, 0);
    inbox.push(delivery(5));
    inbox.checkDelivered(5);
    inbox.checkDelivered(5);
    expect(inbox.broken).toBeNull();
  });

  it('does not count deliveries that arrived and wait to be taken', () => {
    const inbox = inboxHolding(2);
    inbox.checkDelivered(2);
    inbox.checkDelivered(2);
    expect(inbox.broken).toBeNull();
  });
});
