import { ALREADY_REGISTERED, type AccountsService } from '../accounts.service';
import type { AccountEntity } from '../account.entity';
import type { Sessions } from '../sessions';
import type { LoginLimits } from '../../security/login-limits';
import type { RequestContext } from '../../graphql/request-context';
import { badUserInput } from '../../graphql/errors';
import { AccountsResolver } from './accounts.resolver';

/**
 * How long signUp answers a taken address, against a new one: the work both do before the
 * address's check (the hash, the statements) varies with the machine's load, by hundreds of
 * milliseconds; only what follows differs (a new account's commit and session). Timed here with
 * stand-ins for that work, so that each stage takes a known time.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TAKEN = 'taken@example.test';

function resolverWith(sharedWorkMs: () => number) {
  const accounts = {
    async create(input: { email: string }, addressChecked?: () => void): Promise<AccountEntity> {
      await sleep(sharedWorkMs());
      addressChecked?.();
      if (input.email === TAKEN) throw badUserInput([{ field: 'input.email', code: 'ALREADY_REGISTERED', message: ALREADY_REGISTERED }]);
      await sleep(10); // the commit
      return { id: 'a', email: input.email, role: 'CONSUMER', merchantId: null, emailVerifiedAt: null, locale: 'fr' } as unknown as AccountEntity;
    },
  } as unknown as AccountsService;
  const sessions = { open: async () => (await sleep(30), { token: 't', sessionId: 's' }) } as unknown as Sessions;
  const limits = { signUp: async () => undefined } as unknown as LoginLimits;
  return new AccountsResolver(accounts, sessions, limits, null as never, null as never, null as never);
}

const context = { req: { headers: {}, socket: {} } } as unknown as RequestContext;
const input = (email: string) => ({ email, password: 'battery-swollen-2025', displayName: 'Claire', role: 'CONSUMER', locale: 'fr' }) as never;
async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run().catch(() => undefined);
  return performance.now() - started;
}

describe('signUp answers a taken address in the time of a new one', () => {
  it('pads a refusal from its address check by what new accounts spend after theirs, whatever the shared work took', async () => {
    let shared = 200;
    const resolver = resolverWith(() => shared);
    // New accounts whose shared work was slow (a loaded machine), then a refusal whose shared work was fast.
    for (let i = 0; i < 5; i++) await resolver.signUp(input(`new-${i}@example.test`), context);
    shared = 20;
    const refusal = await timed(() => resolver.signUp(input(TAKEN), context));
    const fresh = await timed(() => resolver.signUp(input('new-fast@example.test'), context));
    // About 20 + 40 ms, as the new account beside it: padded to a new account's whole time (240 ms)
    // instead, a fast refusal was never faster than the median, and a fast answer said "new address".
    expect(refusal).toBeGreaterThanOrEqual(55);
    expect(refusal).toBeLessThan(fresh + 100); // a loaded machine's timers; the old padding answered 185 ms over
  });

  it('in a freshly started process, before any new account was made in it, a refusal still waits about a new account’s last stage', async () => {
    const resolver = resolverWith(() => 20);
    const refusal = await timed(() => resolver.signUp(input(TAKEN), context));
    const fresh = await timed(() => resolver.signUp(input('new-first@example.test'), context));
    // About 20 + 30 ms (the starting estimate), beside the new account's 20 + 40: unpadded it answered in 20, before any new account could.
    expect(refusal).toBeGreaterThanOrEqual(45);
    expect(refusal).toBeLessThan(fresh + 100); // a loaded machine's timers
  });

  it('still waits for that time when the shared work was as slow', async () => {
    const resolver = resolverWith(() => 100);
    for (let i = 0; i < 5; i++) await resolver.signUp(input(`new-${i}@example.test`), context);
    expect(await timed(() => resolver.signUp(input(TAKEN), context))).toBeGreaterThanOrEqual(135);
  });
});
