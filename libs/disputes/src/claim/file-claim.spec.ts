import { disputeDecider } from '../decider';
import { DomainError } from '../errors';
import { DEFAULT_DISPUTE_POLICY } from '../policy';
import { agent, association, consumer } from '../testing/actors';
import { dayStart, FILED_AT } from '../testing/calendar';
import { given, stateOf } from '../testing/dispute-spec';
import { disputeRightsFacts } from '../rights-facts';
import { ERASED } from '@recours/locale';
import { claimFiled } from '../testing/moments';
import { fileClaimCommand, INVOICE_SHA, PHOTO_SHA } from '../testing/washing-machine-claim';

describe('FileClaim', () => {
  it('opens the dispute and starts the merchant response clock (10 days by default)', () => {
    given([]).when(fileClaimCommand()).then([claimFiled()]);
  });

  it('snapshots a policy override, and the response clock follows it', () => {
    given([])
      .when(fileClaimCommand({ policy: { merchantResponseDays: 5, reminderDaysBefore: 0 } }))
      .then([claimFiled({ policy: { ...DEFAULT_DISPUTE_POLICY, merchantResponseDays: 5, reminderDaysBefore: 0 }, merchantResponseDueAt: dayStart(6) })]);
  });

  it('records time in UTC whatever offset the command used', () => {
    given([]).when(fileClaimCommand({ at: '2025-03-03T10:00:00+01:00' })).then([claimFiled({ at: FILED_AT })]);
  });

  it('keeps a commercial warranty and an earlier written complaint', () => {
    const commercialWarranty = { provider: 'Laverte', months: 36, coverage: 'Parts and labour' };
    given([])
      .when(fileClaimCommand({ commercialWarranty, priorWrittenComplaintOn: '2025-02-15' }))
      .then([claimFiled({ commercialWarranty, priorWrittenComplaintOn: '2025-02-15' })]);
  });

  it('accepts a claim without evidence or optional product details', () => {
    const base = fileClaimCommand();
    const { model: _m, serialNumber: _s, ...product } = base.product;
    const { orderReference: _o, ...purchase } = base.purchase;
    given([])
      .when({ ...base, product, purchase, evidence: undefined })
      .then([claimFiled({ product, purchase, evidence: [] })]);
  });

  it('is filed by a consumer in person only', () => {
    given([]).when(fileClaimCommand({ actor: agent })).thenFails('ROLE_NOT_ALLOWED');
    given([]).when(fileClaimCommand({ actor: association })).thenFails('ROLE_NOT_ALLOWED');
  });

  it('is filed once', () => {
    given([claimFiled()]).when(fileClaimCommand()).thenFails('DISPUTE_ALREADY_FILED');
  });

  const c = fileClaimCommand();
  const tooLong = (n: number) => 'x'.repeat(n + 1);
  it.each<[string, Record<string, unknown>, string]>([
    ['merchant id missing', { merchantId: undefined }, 'merchantId'],
    ['product not an object', { product: 'washer' }, 'product'],
    ['product name blank', { product: { ...c.product, name: '  ' } }, 'product.name'],
    ['product category missing', { product: { ...c.product, category: undefined } }, 'product.category'],
    ['brand too long', { product: { ...c.product, brand: tooLong(100) } }, 'product.brand'],
    ['model not text', { product: { ...c.product, model: 5 } }, 'product.model'],
    ['serial number too long', { product: { ...c.product, serialNumber: tooLong(100) } }, 'product.serialNumber'],
    ['unknown condition', { product: { ...c.product, condition: 'BROKEN' } }, 'product.condition'],
    ['purchase missing', { purchase: undefined }, 'purchase'],
    ['purchase date that does not exist', { purchase: { ...c.purchase, purchasedOn: '2024-02-30' } }, 'purchase.purchasedOn'],
    ['purchase after filing', { purchase: { ...c.purchase, purchasedOn: '2025-03-04', deliveredOn: '2025-03-04' } }, 'purchase.purchasedOn'],
    ['delivery before purchase', { purchase: { ...c.purchase, deliveredOn: '2024-11-19' } }, 'purchase.deliveredOn'],
    ['delivery after filing', { purchase: { ...c.purchase, deliveredOn: '2025-03-04' } }, 'purchase.deliveredOn'],
    ['price as a float', { purchase: { ...c.purchase, price: { amount: 649.0, currency: 'EUR' } } }, 'purchase.price.amount'],
    ['negative price', { purchase: { ...c.purchase, price: { amount: '-1.00', currency: 'EUR' } } }, 'purchase.price.amount'],
    ['price with three decimals', { purchase: { ...c.purchase, price: { amount: '1.234', currency: 'EUR' } } }, 'purchase.price.amount'],
    ['price with a leading zero', { purchase: { ...c.purchase, price: { amount: '0649', currency: 'EUR' } } }, 'purchase.price.amount'],
    ['lower-case currency', { purchase: { ...c.purchase, price: { amount: '1', currency: 'eur' } } }, 'purchase.price.currency'],
    ['unknown channel', { purchase: { ...c.purchase, channel: 'MAIL' } }, 'purchase.channel'],
    ['three-letter country', { purchase: { ...c.purchase, country: 'FRA' } }, 'purchase.country'],
    ['order reference too long', { purchase: { ...c.purchase, orderReference: tooLong(100) } }, 'purchase.orderReference'],
    ['warranty not an object', { commercialWarranty: 12 }, 'commercialWarranty'],
    ['warranty without provider', { commercialWarranty: { months: 12, coverage: 'all' } }, 'commercialWarranty.provider'],
    ['warranty of 0 months', { commercialWarranty: { provider: 'X', months: 0, coverage: 'all' } }, 'commercialWarranty.months'],
    ['warranty of 1.5 months', { commercialWarranty: { provider: 'X', months: 1.5, coverage: 'all' } }, 'commercialWarranty.months'],
    ['warranty without coverage', { commercialWarranty: { provider: 'X', months: 12, coverage: '' } }, 'commercialWarranty.coverage'],
    ['problem missing', { problem: null }, 'problem'],
    ['description too long', { problem: { ...c.problem, description: tooLong(5000) } }, 'problem.description'],
    ['defect noticed before delivery', { problem: { ...c.problem, firstNoticedOn: '2024-11-24' } }, 'problem.firstNoticedOn'],
    ['defect noticed after filing', { problem: { ...c.problem, firstNoticedOn: '2025-03-04' } }, 'problem.firstNoticedOn'],
    ['chronology not a list', { problem: { ...c.problem, chronology: {} } }, 'problem.chronology'],
    ['chronology too long', { problem: { ...c.problem, chronology: Array(101).fill({ on: '2025-02-10', what: 'x' }) } }, 'problem.chronology'],
    ['chronology entry not an object', { problem: { ...c.problem, chronology: ['x'] } }, 'problem.chronology[0]'],
    ['chronology entry in the future', { problem: { ...c.problem, chronology: [c.problem.chronology[0], { on: '2025-03-05', what: 'x' }] } }, 'problem.chronology[1].on'],
    ['chronology entry without text', { problem: { ...c.problem, chronology: [{ on: '2025-02-10', what: '' }] } }, 'problem.chronology[0].what'],
    ['unknown remedy', { requestedRemedy: 'MONEY_BACK' }, 'requestedRemedy'],
    ['written complaint that does not exist', { priorWrittenComplaintOn: '2025-02-29' }, 'priorWrittenComplaintOn'],
    ['written complaint after filing', { priorWrittenComplaintOn: '2025-03-04' }, 'priorWrittenComplaintOn'],
    ['written complaint before purchase', { priorWrittenComplaintOn: '2024-11-19' }, 'priorWrittenComplaintOn'],
    ['evidence not a list', { evidence: 'invoice.pdf' }, 'evidence'],
    ['too much evidence', { evidence: Array.from({ length: 51 }, (_, i) => ({ kind: 'PHOTO', name: `p${i}`, sha256: i.toString(16).padStart(64, '0') })) }, 'evidence'],
    ['unknown evidence kind', { evidence: [{ kind: 'VIDEO', name: 'v.mp4', sha256: INVOICE_SHA }] }, 'evidence[0].kind'],
    ['evidence without name', { evidence: [{ kind: 'PHOTO', sha256: INVOICE_SHA }] }, 'evidence[0].name'],
    ['hash in upper case', { evidence: [{ kind: 'PHOTO', name: 'p', sha256: INVOICE_SHA.toUpperCase() }] }, 'evidence[0].sha256'],
    ['the same document twice', { evidence: [{ kind: 'PHOTO', name: 'p1', sha256: PHOTO_SHA }, { kind: 'PHOTO', name: 'p2', sha256: PHOTO_SHA }] }, 'evidence[1].sha256'],
    ['policy not an object', { policy: 10 }, 'policy'],
    ['misspelt policy setting', { policy: { merchantResponseDay: 5 } }, 'policy.merchantResponseDay'],
    ['remedy period beyond the 30 days of L217-10', { policy: { remedyDays: 31 } }, 'policy.remedyDays'],
    ['offer validity of 0 days', { policy: { offerValidityDays: 0 } }, 'policy.offerValidityDays'],
  ])('refuses %s (INVALID_INPUT on the field)', (_case, change, field) => {
    given([]).when({ ...fileClaimCommand(), ...change } as never).thenFails('INVALID_INPUT', field);
  });

  describe('her postcode (docs/consumer-law.md item 25): optional, for her deadlines’ calendar', () => {
    it('is kept in ClaimFiled as five digits, spaces taken out, and in the state for the rights', () => {
      given([]).when(fileClaimCommand({ consumerPostcode: '97 400' })).then([claimFiled({ consumerPostcode: '97400' })]);
      const opened = stateOf([claimFiled({ consumerPostcode: '97400' })]);
      expect(opened.filed && disputeRightsFacts(opened, '2025-03-03').consumerPostcode).toBe('97400');
    });

    it('absent, ClaimFiled has none (claims filed before it read the same), and the rights count metropolitan days', () => {
      given([]).when(fileClaimCommand()).then([claimFiled()]);
      const opened = stateOf([claimFiled()]);
      expect(opened.filed && 'consumerPostcode' in disputeRightsFacts(opened, '2025-03-03')).toBe(false);
    });

    it('erased (her key destroyed), it reads as not known: the rights count metropolitan days', () => {
      const opened = stateOf([claimFiled({ consumerPostcode: ERASED })]);
      expect(opened.filed && 'consumerPostcode' in disputeRightsFacts(opened, '2025-03-03')).toBe(false);
    });

    it('with spaces or a tab around it, it is trimmed by the one rule and stored as five digits', () => {
      given([]).when(fileClaimCommand({ consumerPostcode: ' 67000\t' })).then([claimFiled({ consumerPostcode: '67000' })]);
    });

    it.each(['6700', '670000', 'SW1A 1AA', '67 0 00 0', '', '00100', '96000', '99000', '97900', '98500'])('a malformed one (%p) is refused on consumerPostcode, in French and English, and nothing is recorded', (consumerPostcode) => {
      given([]).when(fileClaimCommand({ consumerPostcode })).thenFails('INVALID_INPUT', 'consumerPostcode');
      const decided = disputeDecider.decide({ ...fileClaimCommand(), consumerPostcode } as never, disputeDecider.initialState());
      expect(decided instanceof DomainError && [decided.problem?.code, decided.phrase]).toEqual([
        'NOT_A_POSTCODE',
        {
          en: 'must be a French postcode of five digits, starting with 01 to 95, 971 to 978, 980, 984 or 986 to 988, such as “75011” or “97400”',
          fr: 'doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme «\u202f75011\u202f» ou «\u202f97400\u202f»',
        },
      ]);
    });
  });

  describe('implausible facts are refused on their field (journeys review, finding 11)', () => {
    const decideClaim = (change: Record<string, unknown>): DomainError => {
      const decided = disputeDecider.decide({ ...fileClaimCommand(), ...change } as never, disputeDecider.initialState());
      if (!(decided instanceof DomainError)) throw new Error('accepted');
      return decided;
    };

    it.each(['ZZ', 'EU', 'UK', 'XK', 'AA'])('a country ISO 3166-1 does not assign (%s): purchase.country, NOT_A_COUNTRY', (country) => {
      given([]).when(fileClaimCommand({ purchase: { ...c.purchase, country } })).thenFails('INVALID_INPUT', 'purchase.country');
      const error = decideClaim({ purchase: { ...c.purchase, country } });
      expect(error.problem?.code).toBe('NOT_A_COUNTRY');
      expect(error.phrase).toEqual({ en: 'must be an ISO 3166-1 alpha-2 code such as “FR”', fr: 'doit être un code de pays ISO 3166-1 à deux lettres, comme «\u202fFR\u202f»' });
    });

    it('a country ISO 3166-1 assigns is kept, a territory too', () => {
      for (const country of ['GB', 'BE', 'RE']) given([]).when(fileClaimCommand({ purchase: { ...c.purchase, country } })).then([claimFiled({ purchase: { ...c.purchase, country } })]);
    });

    it('a purchase in year 0 (or any date before 1900-01-01, the first day the rights engine assesses): the date’s field, in French and English', () => {
      given([]).when(fileClaimCommand({ purchase: { ...c.purchase, purchasedOn: '0000-01-01' } })).thenFails('INVALID_INPUT', 'purchase.purchasedOn');
      const error = decideClaim({ purchase: { ...c.purchase, purchasedOn: '1899-12-31' } });
      expect([error.field, error.problem?.code]).toEqual(['purchase.purchasedOn', 'BEFORE_EARLIEST_DATE']);
      expect(error.phrase).toEqual({ en: 'must not be before 1 January 1900', fr: 'ne doit pas précéder le 1er janvier 1900' });
      expect(decideClaim({ problem: { ...c.problem, chronology: [{ on: '0001-01-01', what: 'Commande' }] } }).field).toBe('problem.chronology[0].on');
      expect(decideClaim({ priorWrittenComplaintOn: '0000-01-01' }).field).toBe('priorWrittenComplaintOn');
    });

    it('keeps a purchase on 1900-01-01, and a chronology entry before the purchase: the order, a promise, an advertisement may come first', () => {
      given([]).when(fileClaimCommand({ purchase: { ...c.purchase, purchasedOn: '1900-01-01' } })).then([claimFiled({ purchase: { ...c.purchase, purchasedOn: '1900-01-01' } })]);
      const chronology = [{ on: '2024-11-02', what: 'Commande passée en ligne ; livraison annoncée sous trois semaines' }, ...c.problem.chronology];
      given([]).when(fileClaimCommand({ problem: { ...c.problem, chronology } })).then([claimFiled({ problem: { ...c.problem, chronology } })]);
    });

    it('keeps an amount claimed with a repair asked for: damages may come with a repair (L217-8), and the court thresholds test the amount claimed (CPC 750-1)', () => {
      const amountClaimed = { amount: '120.00', currency: 'EUR' };
      given([]).when(fileClaimCommand({ requestedRemedy: 'REPAIR', amountClaimed })).then([claimFiled({ requestedRemedy: 'REPAIR', amountClaimed })]);
    });
  });

  it('names the consumer as the author of the filing', () => {
    given([]).when(fileClaimCommand()).thenState((state) => {
      expect(state.filed && [state.consumerId, state.filedAt, state.evidence[0]!.by]).toEqual([consumer.id, FILED_AT, consumer]);
    });
  });
});
