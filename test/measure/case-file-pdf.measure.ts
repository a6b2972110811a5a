/**
 * Not a test: a measurement, run by hand (docs/performance.md, "2026-12-05 afternoon: case-file PDF"):
 *
 *   npx jest --testMatch '**\/case-file-pdf.measure.ts' test/measure
 *   MEASURE_WORDS=unbroken npx jest --testMatch '**\/case-file-pdf.measure.ts' test/measure
 *
 * A dispute with 80 messages of about 4,900 characters; three parties' downloads of its case-file
 * PDF at once while another process asks /health/live every 20 ms. Prints the health answers'
 * latencies (median, 95th centile, worst) and how long the downloads took.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { apiActors, must, phoneClaim, startTestApp, type TestApp } from '@recours/testing';

const MESSAGES = Number(process.env.MEASURE_MESSAGES ?? 80);
/** MEASURE_WORDS=unbroken: each message one word of 4,900 letters (no space), the worst case of line breaking. */
const UNBROKEN = process.env.MEASURE_WORDS === 'unbroken';

/** The client, in its own process so that its clock is not the server's event loop. */
const CLIENT = `
const [origin, path, ...tokens] = process.argv.slice(1);
const latencies = [];
let downloading = true;
const ping = async () => {
  while (downloading) {
    const started = performance.now();
    await (await fetch(origin + '/health/live')).arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
(async () => {
  const pinging = ping();
  const started = performance.now();
  const answers = await Promise.all(tokens.map(async (token) => {
    const answer = await fetch(origin + path, { headers: { authorization: 'Bearer ' + token } });
    const body = Buffer.from(await answer.arrayBuffer());
    return { status: answer.status, bytes: body.length, ms: Math.round(performance.now() - started) };
  }));
  downloading = false;
  await pinging;
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  console.log(JSON.stringify({ answers, health: { count: latencies.length, p50: at(0.5), p95: at(0.95), max: Math.round(latencies[latencies.length - 1]) } }));
})();
`;

describe('case-file PDF: /health/live while three large case files are downloaded', () => {
  let api: TestApp;
  afterAll(async () => api?.close());

  it('measures', async () => {
    api = await startTestApp('pdf-measure', { MESSAGE_LIMIT_PER_PARTY: '1000', MESSAGE_LIMIT_PER_DISPUTE: '1000', DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR: '1000', PDF_RENDER_QUEUE: '100' });
    const actors = apiActors(api);
    const consumer = await actors.consumer('Claire Dupont');
    const merchant = await actors.merchant('PhoneShop');
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    const words = 'La batterie gonfle encore après le remplacement du chargeur. '.repeat(80).slice(0, 4_900);
    // Each unbroken word different from the others: pdfkit remembers the widths of the strings it measured.
    const unbroken = (i: number) => Array.from({ length: 4_900 }, (_, j) => String.fromCharCode(97 + ((i + j * 7) % 26))).join('');
    for (let i = 0; i < MESSAGES; i++) {
      const body = UNBROKEN ? unbroken(i) : `${i} ${words}`;
      must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body } }, i % 2 ? merchant.token : consumer.token), 'message');
    }
    const origin = api.url.replace(/\/graphql$/, '');
    // Asynchronously: the server runs in this process.
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', CLIENT, origin, `/disputes/${disputeId}/case-file.pdf?locale=fr`, consumer.token, merchant.token, consumer.token], { encoding: 'utf8' });
    process.stdout.write(`case-file-pdf ${MESSAGES} messages${UNBROKEN ? ' (unbroken words)' : ''}: ${stdout}`);
  });
});
