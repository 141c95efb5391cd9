import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { describe } from 'vitest';
import { searchEngineBehaviour } from '../search-engine.behaviour';
import { createElasticsearchSearchEngine } from './elasticsearch-search-engine';
import { createElasticsearchSearchProjection } from './elasticsearch-search.projection';

const url = process.env.ELASTICSEARCH_URL;

// No Elasticsearch can run everywhere the suite does: without a cluster these tests are reported
// as skipped under a name that says why, rather than passing without having run.
describe.skipIf(!url)(
  url
    ? `Elasticsearch engine (${url})`
    : 'Elasticsearch engine (skipped: ELASTICSEARCH_URL is not set)',
  () => {
    // Every test writes an index and alias of its own, dropped after it.
    searchEngineBehaviour(async () => {
      const client = new Client({ node: url });
      const alias = `search-test-${randomUUID()}`;
      const projection = createElasticsearchSearchProjection({
        client,
        alias,
        refresh: 'wait_for',
      });
      await projection.createGeneration(1);
      await projection.activateGeneration(1, null);
      return {
        engine: createElasticsearchSearchEngine({ client, alias }),
        apply: (events) => projection.applyBatch(events, { generation: 1 }),
        async close() {
          await projection.dropGeneration(1);
          await client.close();
        },
      };
    });
  },
);
