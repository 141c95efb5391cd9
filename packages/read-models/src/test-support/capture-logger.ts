import { pino, type Logger } from 'pino';

export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A real pino logger whose lines the test can read back. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  );
  return { logger, lines };
}
