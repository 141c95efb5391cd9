import pg from 'pg';
import type { Logger } from 'pino';

export interface PgListenerOptions {
  readonly connectionString: string;
  readonly channel: string;
  /** Shown in pg_stat_activity, so an operator can tell the connection apart. */
  readonly applicationName: string;
  /**
   * Called on each notification, and after every (re)connect: notifications sent while the
   * connection was down are gone, so the listener cannot tell whether something was missed.
   */
  readonly onNotify: () => void;
  /** The connection is up and listening: session state (an advisory lock) may be taken on it. */
  readonly onConnected?: (client: pg.Client) => void;
  /** The connection is gone, and with it every session-level lock taken on it. */
  readonly onDisconnected?: () => void;
  readonly logger: Logger;
}

const firstRetryMs = 100;
const maxRetryMs = 30_000;

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to other work), reconnecting with
 * exponential backoff when the connection drops.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: PgListenerOptions) {}

  /** Rejects if the first connection fails: whether to run without it is the caller's choice. */
  async start(): Promise<void> {
    this.connecting = this.connect();
    await this.connecting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    this.options.onDisconnected?.();
    await client.query('UNLISTEN *').catch(() => undefined);
    // Ending the session also releases its advisory locks.
    await client.end();
  }

  private async connect(): Promise<void> {
    const { connectionString, applicationName, channel, onNotify, onConnected, logger } =
      this.options;
    const client = new pg.Client({
      connectionString,
      application_name: applicationName,
      keepAlive: true,
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    this.failures = 0;
    logger.info({ channel }, 'listening for appended events');
    onConnected?.(client);
    onNotify();
  }

  private lost(client: pg.Client, error?: Error): void {
    // stop() ends its client after clearing it; a client that never connected is handled by connect().
    if (client !== this.client) return;
    this.client = undefined;
    this.options.onDisconnected?.();
    this.options.logger.warn({ err: error }, 'listen connection lost, reconnecting');
    client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    const delayMs = Math.min(maxRetryMs, firstRetryMs * 2 ** this.failures);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.connecting = this.connect().catch((error: unknown) => {
        this.options.logger.warn({ err: error, delayMs }, 'listen reconnect failed');
        this.retry();
      });
    }, delayMs);
  }
}
