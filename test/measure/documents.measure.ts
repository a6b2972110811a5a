/**
 * Not a test: a measurement, run by hand (which documents are costly enough to take turns):
 *
 *   npx jest --testMatch '**\/documents.measure.ts' test/measure
 *
 * A dispute with 80 messages of about 4,900 characters (MEASURE_MESSAGES), in French, or in Arabic
 * with `MEASURE_SCRIPT=arabic` (each line then set by the bidirectional algorithm). For each document,
 * three times one after the other, in this process: how long it took (median) and the longest
 * the event loop was held at once (the widest gap between two ticks of a 1 ms timer), then the parts of the case file
 * (reading the stream, building the file, writing its JSON) and the personal-data archive.
 * Printed, not asserted.
 */
import { apiActors, must, phoneClaim, startTestApp, type TestApp } from '@recours/testing';
import { DisputeReader } from '../../apps/api/src/disputes/dispute-reader.service';
import { CaseFiles } from '../../apps/api/src/documents/case-files';
import { PersonalDataArchive } from '../../apps/api/src/privacy/personal-data-archive';

const MESSAGES = Number(process.env.MEASURE_MESSAGES ?? 80);
const SENTENCE =
  process.env.MEASURE_SCRIPT === 'arabic'
    ? 'البطارية تنتفخ مرة أخرى بعد استبدال الشاحن (الطلب رقم 2026-118) بمبلغ 649 يورو. '
    : 'La batterie gonfle encore après le remplacement du chargeur. ';

async function timed(label: string, work: () => Promise<unknown>, times = 5): Promise<string> {
  const took: number[] = [];
  let held = 0;
  for (let i = 0; i < times; i++) {
    // The longest gap between two ticks of a 1 ms timer: how long the loop was held at once.
    let last = performance.now();
    const ticks = setInterval(() => {
      const now = performance.now();
      held = Math.max(held, now - last);
      last = now;
    }, 1);
    const started = performance.now();
    await work();
    took.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(ticks);
  }
  took.sort((a, b) => a - b);
  return `${label.padEnd(36)} median ${String(Math.round(took[Math.floor(times / 2)])).padStart(4)} ms, loop held up to ${String(Math.round(held)).padStart(4)} ms`;
}

describe('documents of a large dispute: what each costs', () => {
  let api: TestApp;
  afterAll(async () => api?.close());

  it('measures', async () => {
    api = await startTestApp('documents-measure', { MESSAGE_LIMIT_PER_PARTY: '1000', MESSAGE_LIMIT_PER_DISPUTE: '1000', DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR: '1000', PDF_RENDER_QUEUE: '100' });
    const actors = apiActors(api);
    const consumer = await actors.consumer('Claire Dupont');
    const merchant = await actors.merchant('PhoneShop');
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    const words = SENTENCE.repeat(80).slice(0, 4_900);
    for (let i = 0; i < MESSAGES; i++) {
      must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: `${i} ${words}` } }, i % 2 ? merchant.token : consumer.token), 'message');
    }
    await api.projectionsCaughtUp();
    const download = (path: string) => async () => {
      const answer = await fetch(`${api.origin}/disputes/${disputeId}/${path}`, { headers: { authorization: `Bearer ${consumer.token}` } });
      await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
    };
    const viewer = { accountId: consumer.id, role: 'CONSUMER' as const, merchantId: null };
    const reader = api.app.get(DisputeReader);
    const caseFiles = api.app.get(CaseFiles);
    const archive = api.app.get(PersonalDataArchive);
    const found = await reader.readable(disputeId, viewer);
    const made = await caseFiles.make(found, 'fr');
    const lines = [
      await timed('GET case-file.json', download('case-file.json')),
      await timed('GET case-file.pdf', download('case-file.pdf')),
      await timed('GET formal-notice.pdf', download('formal-notice.pdf')),
      await timed('myData (GraphQL)', async () => must(await api.gql(`{ myData }`, {}, consumer.token), 'myData')),
      await timed('  reading the stream (readable)', () => reader.readable(disputeId, viewer)),
      await timed('  building the case file (make)', () => caseFiles.make(found, 'fr')),
      await timed('  its JSON (stringify, indented)', async () => Buffer.from(JSON.stringify(made.file, null, 2))),
      await timed('  the archive (PersonalDataArchive)', () => archive.of(viewer, 'fr')),
    ];
    process.stdout.write(`documents of a dispute with ${MESSAGES} messages${process.env.MEASURE_SCRIPT === 'arabic' ? ' in Arabic' : ''} (${Math.round(JSON.stringify(made.file).length / 1024)} KiB of case file):\n${lines.join('\n')}\n`);
  });
});
