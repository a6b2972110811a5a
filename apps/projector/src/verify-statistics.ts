import 'reflect-metadata';
import { connectDatabase } from '@recours/database';
import { createConfiguredEventStore } from '@recours/event-store';
import { verifyStatistics } from '@recours/read-models';

/**
 * `npm run stats:verify`: replays the log and compares every published figure (the open data
 * per merchant, per category and overall; the scorecards) with what the events say. Exits 1 on any difference, naming each one.
 */
async function main(): Promise<void> {
  const connection = await connectDatabase(process.env, () => undefined);
  const store = await createConfiguredEventStore(process.env, connection);
  try {
    const result = await verifyStatistics({ store, connectionString: connection.url, now: new Date() });
    const where = result.position === undefined ? 'nothing projected yet' : `log position ${result.position}`;
    if (result.differences.length === 0) {
      process.stdout.write(
        `stats:verify: ${result.rows} merchant-month, ${result.categoryRows} category-month and ${result.overallRows} month rows published agree with ${result.events} events replayed (${where})\n`,
      );
      return;
    }
    process.stdout.write(`stats:verify: ${result.differences.length} differences between the published figures and the log (${where}):\n${result.differences.map((d) => `  ${d}`).join('\n')}\n`);
    process.exitCode = 1;
  } finally {
    await store.close();
    await connection.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`stats:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
