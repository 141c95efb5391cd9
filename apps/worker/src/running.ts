/** A long-running part of the worker that can be stopped gracefully. */
export interface Running {
  readonly name: string;
  /** What the part knows of its own state now, cheap enough for every probe (e.g. a /health endpoint). */
  health?(): unknown;
  stop(): Promise<void>;
}
