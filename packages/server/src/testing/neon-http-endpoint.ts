import { createServer } from 'node:http';
import pg from 'pg';
import { listen } from './test-server';

/*
 * Neon's serverless driver sends each `neon()` query over HTTP: a POST of `{ query, params }` with the
 * headers `Neon-Raw-Text-Output: true` and `Neon-Array-Mode: true`, answered with `{ fields, rows,
 * command, rowCount }` where rows are arrays of text values that the driver parses by each field's type.
 * Neon's own local development runs a proxy that speaks this in front of a PostgreSQL server; this is a
 * small one of those, in front of the test's real server, so `toSqlClient(neon(url))` meets the real
 * driver code end to end. Point the driver at it with `neonConfig.fetchEndpoint`.
 */

/**
 * A running endpoint from {@link startNeonHttpEndpoint}.
 *
 * @example
 * neonConfig.fetchEndpoint = endpoint.fetchEndpoint;
 */
export interface NeonHttpEndpoint {
  /** The value for `neonConfig.fetchEndpoint`. */
  fetchEndpoint: string;
  close(): Promise<void>;
}

/**
 * Starts the endpoint on a free port, running every query on the PostgreSQL server at `postgresUrl`.
 *
 * @example
 * const endpoint = await startNeonHttpEndpoint(postgresUrl());
 * neonConfig.fetchEndpoint = endpoint.fetchEndpoint;
 * const sql = toSqlClient(neon('postgresql://postgres:unused@localhost/postgres'));
 */
export async function startNeonHttpEndpoint(postgresUrl: string): Promise<NeonHttpEndpoint> {
  // Every value goes back as the text PostgreSQL sent, as Neon's raw text output does.
  const pool = new pg.Pool({ connectionString: postgresUrl, max: 4, types: { getTypeParser: () => (value: string) => value } });
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    try {
      const { query, params } = JSON.parse(body) as { query: string; params: unknown[] };
      const result = await pool.query({ text: query, values: params, rowMode: 'array' });
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          command: result.command,
          rowCount: result.rowCount,
          rows: result.rows,
          fields: result.fields.map(({ name, dataTypeID, tableID, columnID, dataTypeSize, dataTypeModifier, format }) => ({
            ...{ name, dataTypeID, tableID, columnID, dataTypeSize, dataTypeModifier, format },
          })),
          rowAsArray: true,
        }),
      );
    } catch (error) {
      const { message, code } = error as { message: string; code?: string };
      response.statusCode = 400;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ message, code }));
    }
  });
  const listening = await listen(server);
  return {
    fetchEndpoint: `${listening.url}/sql`,
    async close() {
      await listening.close();
      await pool.end();
    },
  };
}
