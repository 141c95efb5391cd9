/** A long-running part of the worker that can be stopped gracefully. */
export interface Running {
  readonly name: string;
  stop(): Promise<void>;
}
