import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '@recours/clock';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { Projector } from '@recours/read-models';
import { apiActors, must, phoneClaim, startTestApp, type Account } from '@recours/testing';
import { RELEASE_FIXTURE } from './release-fixture';

/*
 * Writes fixtures/<release>.sql: a database as this release leaves it (its migrations, and a few
 * disputes filed and answered through its API), dumped with pg_dump. Run once per release, on
 * the release's code, never again afterwards (a fixture is what that release wrote):
 *   npx jest --runInBand --testMatch '**' test/upgrade/capture-release-fixture.ts
 */
it('captures this release’s database', async () => {
  const api = await startTestApp('release_fixture', {}, { clock: new ManualClock(new Date(RELEASE_FIXTURE.now)) });
  try {
    const actors = apiActors(api);
    const signUp = async (role: 'CONSUMER' | 'MERCHANT', email: string, name: string): Promise<Account> => {
      const input = { email, password: RELEASE_FIXTURE.password, displayName: name, role, ...(role === 'MERCHANT' ? { merchantName: name } : {}) };
      const { signUp: auth } = must(await api.gql<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id merchantId } } }`, { input }), 'signUp');
      return { token: auth.token, id: auth.user.id, merchantId: auth.user.merchantId };
    };
    const consumer = await signUp('CONSUMER', RELEASE_FIXTURE.consumerEmail, 'Claire Fixture');
    const merchant = await signUp('MERCHANT', RELEASE_FIXTURE.merchantEmail, 'Fixture Phones');
    await actors.admin();
    const file = async () => must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId!) }, consumer.token), 'file').fileClaim.id;
    const act = async (mutation: string, inputType: string, input: Record<string, unknown>, as: Account) =>
      must(await api.gql<Record<string, { offers: { id: string }[] }>>(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { offers { id } } }`, { input }, as.token), mutation)[mutation];

    const open = await file();
    await act('postMessage', 'PostMessageInput', { disputeId: open, body: 'Bonjour, la batterie gonfle encore.' }, consumer);
    const rejected = await file();
    await act('rejectClaim', 'RejectClaimInput', { disputeId: rejected, reason: 'Dommage causé par une chute' }, merchant);
    const agreed = await file();
    const offered = await act('makeOffer', 'MakeOfferInput', { disputeId: agreed, remedy: 'REPAIR', terms: 'Réparation sous 10 jours', daysToCarryOut: 10 }, merchant);
    await act('acceptOffer', 'OfferAnswerInput', { disputeId: agreed, offerId: offered.offers[0].id }, consumer);

    // Every projection caught up before the dump: the fixture's read models are this release's.
    const head = (await api.app.get<EventStore>(EVENT_STORE).headPosition())!;
    for (const runner of api.app.get(Projector).runners) expect(await runner.waitFor(head, 10_000)).toBe(true);
    const sql = execFileSync('pg_dump', ['--no-owner', '--no-privileges', '--no-comments', api.database.url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(join(__dirname, 'fixtures', `${RELEASE_FIXTURE.release}.sql`), sql);
  } finally {
    await api.close();
  }
});
