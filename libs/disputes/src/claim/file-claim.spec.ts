import { DEFAULT_DISPUTE_POLICY } from '../policy';
import { agent, association, consumer } from '../testing/actors';
import { dayStart, FILED_AT } from '../testing/calendar';
import { given } from '../testing/dispute-spec';
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

  it('names the consumer as the author of the filing', () => {
    given([]).when(fileClaimCommand()).thenState((state) => {
      expect(state.filed && [state.consumerId, state.filedAt, state.evidence[0]!.by]).toEqual([consumer.id, FILED_AT, consumer]);
    });
  });
});
