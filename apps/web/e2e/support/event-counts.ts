import pg from 'pg';

/**
 * How many events one stream, or one event type, holds in a spec's database: what a refused
 * request must leave unchanged, counted narrowly enough that the workers' own writes elsewhere
 * (the saga moving other orders on) cannot change it meanwhile.
 */
export async function countEventsWhere(
  databaseUrl: string,
  where: { readonly streamId: string } | { readonly type: string },
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [sql, value] =
      'streamId' in where
        ? ['SELECT count(*)::int AS count FROM events WHERE stream_id = $1', where.streamId]
        : ['SELECT count(*)::int AS count FROM events WHERE type = $1', where.type];
    const { rows } = await client.query<{ count: number }>(sql, [value]);
    return rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}
