import { Client, Pool } from 'pg';
import { PostgresEventStore } from '../../../event-store/src';
import { ALL_PROJECTIONS, openReadModelsDataSource, rebuildProjections } from '../index';
import { eventPages } from '../runner/event-pages';

const URL = 'postgres://postgres@127.0.0.1:5432/recours_scratch_proj';

async function main() {
  const store = await PostgresEventStore.start({ connectionString: URL, poolSize: 4 });
  const ds = await openReadModelsDataSource(URL, 2);
  const mode = process.argv[2];
  if (mode === 'read') {
    let t = Date.now(); let n = 0;
    for await (const page of eventPages(store, undefined, { streamPrefix: 'dispute-', eventTypes: ALL_PROJECTIONS[0].eventTypes }, 1000)) n += page.events.length;
    console.log('read', n, Date.now() - t, 'ms');
  } else {
    const names = mode ? mode.split(',') : ALL_PROJECTIONS.map(p => p.name);
    const r = await rebuildProjections({ store, connectionString: URL, projections: ALL_PROJECTIONS.filter(p => names.includes(p.name)), batchSize: Number(process.env.BATCH ?? 1000) });
    console.log((globalThis as any).__T); console.log(names.join(','), r.events, r.seconds.toFixed(2), 's', (r.events / r.seconds).toFixed(0), '/s');
  }
  await ds.destroy(); await store.close();
}
main().catch(e => { console.error(e); process.exit(1); });
