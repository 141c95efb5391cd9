import { Client, errors, type DiagnosticResult } from '@elastic/elasticsearch';
import Mock, { type MockPattern } from '@elastic/elasticsearch-mock';
import { defaultRetryPolicy, type RetryPolicy } from '../elasticsearch/backoff';

/** A request as the mock saw it: method, path, query string and the parsed body. */
export type SeenRequest = MockPattern;

/**
 * A real Elasticsearch client over Elastic's mock connection: the tests see each request exactly
 * as the client would send it to a cluster, and answer it.
 */
export function mockCluster() {
  const mock = new Mock();
  const client = new Client({ node: 'http://localhost:9200', Connection: mock.getConnection() });
  const requests: SeenRequest[] = [];
  const on = (method: string, path: string, answer: (request: SeenRequest) => object) => {
    mock.clear({ method, path });
    mock.add({ method, path }, (request) => {
      requests.push(request);
      return answer(request) as Record<string, unknown>;
    });
  };
  const seen = (method: string, path: string) =>
    requests.filter((request) => request.method === method && request.path === path);
  return { client, requests, on, seen };
}

/** An error answer, as Elasticsearch sends it. */
export function errorAnswer(statusCode: number, type: string, reason = type): errors.ResponseError {
  const meta = { body: { error: { type, reason }, status: statusCode }, statusCode };
  return new errors.ResponseError(meta as unknown as DiagnosticResult);
}

/** A retry policy that records its waits instead of sleeping. */
export function recordingRetry(overrides: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const policy: RetryPolicy = {
    ...defaultRetryPolicy,
    random: () => 0.5,
    sleep: async (ms) => void waits.push(ms),
    ...overrides,
  };
  return { policy, waits };
}
