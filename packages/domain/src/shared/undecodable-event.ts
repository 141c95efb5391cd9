/** Where a stored event sits, so an error about it can name it. */
export interface StoredEventRef {
  readonly type: string;
  readonly streamId?: string;
  readonly streamVersion?: number;
  readonly globalPosition?: bigint;
}

export type UndecodableReason =
  'UnknownType' | 'UnknownVersion' | 'InvalidPayload' | 'UpcasterFailed';

/**
 * A stored event this code cannot read. Not a broken business rule but a defect or a deployment
 * mismatch, so it is thrown; its message names the stream and position for the operator.
 */
export class UndecodableEvent extends Error {
  override readonly name = 'UndecodableEvent';

  constructor(
    readonly reason: UndecodableReason,
    readonly event: StoredEventRef,
    detail: string,
  ) {
    const where = event.streamId
      ? ` in stream ${event.streamId} at version ${event.streamVersion ?? '?'}` +
        (event.globalPosition === undefined ? '' : ` (global position ${event.globalPosition})`)
      : '';
    super(`Cannot read ${event.type}${where}: ${detail}`);
  }
}
