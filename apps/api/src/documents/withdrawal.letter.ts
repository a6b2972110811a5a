import type { CalendarDate } from '@recours/consumer-law';
import type { Dispute } from '@recours/disputes';
import { typeset, verbatim, withErasedWords, type Locale, type Phrase } from '@recours/locale';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';
import { longDate, money } from './document-words';
import type { Block } from './pdf-document';

/**
 * Whether the withdrawal letter is offered, from the rights engine's withdrawal guidance (L221-18,
 * its last day moved to the next working day, L221-19 3°): open only for a contract made at a
 * distance or off premises, up to that day. `lastDay` is the period's own last day when the
 * engine moved it (a Saturday, a Sunday, a public holiday).
 */
export type WithdrawalPeriod =
  | { open: true; until: CalendarDate; lastDay: CalendarDate | null }
  | { open: false; reason: 'CLOSED'; until: CalendarDate }
  | { open: false; reason: 'NO_WITHDRAWAL_RIGHT' };

export function withdrawalPeriodOf(rights: RightsAssessmentView): WithdrawalPeriod {
  const item = rights.guidance?.find((g) => g.topic === 'WITHDRAWAL');
  const until = item?.message.params.until;
  // An on-premises purchase, one whose channel is not known, or a law the engine has no withdrawal for: no right to notify.
  if (!item || typeof until !== 'string') return { open: false, reason: 'NO_WITHDRAWAL_RIGHT' };
  if (item.applies) {
    const lastDay = item.message.params.lastDay;
    return { open: true, until, lastDay: typeof lastDay === 'string' ? lastDay : null };
  }
  return item.message.code === 'guidance.withdrawal.closed' ? { open: false, reason: 'CLOSED', until } : { open: false, reason: 'NO_WITHDRAWAL_RIGHT' };
}

/** Why the letter is not offered, in each language (the route's refusal). */
export function withdrawalRefusal(period: Exclude<WithdrawalPeriod, { open: true }>): Phrase {
  if (period.reason === 'CLOSED')
    return {
      fr: `Le délai de rétractation a pris fin le ${longDate(period.until, 'fr')} : la lettre de rétractation n’est plus proposée.`,
      en: `The withdrawal period ended on ${longDate(period.until, 'en')}: the withdrawal letter is no longer offered.`,
    };
  return {
    fr: 'Le droit de rétractation de 14 jours ne vaut que pour un achat à distance ou hors établissement (Code de la consommation, art. L221-18) : cet achat n’en relève pas.',
    en: 'The 14-day right of withdrawal covers only purchases made at a distance or off premises (Article L221-18 of the French Consumer Code): this purchase is not one.',
  };
}

export interface WithdrawalFacts {
  dispute: Dispute;
  consumerName: string;
  merchantName: string;
  /** The seller's after-sales e-mail address, when it gave one. */
  merchantEmail: string | null;
  period: Extract<WithdrawalPeriod, { open: true }>;
  today: CalendarDate;
  locale: Locale;
}

/**
 * The withdrawal letter as blocks of text in the reader's language: the statements of the model
 * withdrawal form (annex to article R221-1 of the Code de la consommation) filled from the
 * dispute, then the period's last day and what the seller owes once told (L221-18, L221-21,
 * L221-24). What she is to do with it is said where she downloads it (documents.withdrawalLead),
 * not in the letter the seller reads.
 */
export function withdrawalLetter(facts: WithdrawalFacts): { title: string; blocks: Block[] } {
  // Erased words (a destroyed key) read as such, in the letter's language.
  const f = withErasedWords(facts, facts.locale);
  const { dispute: d, locale, period } = f;
  const fr = locale === 'fr';
  // The letter's own sentences are typeset; people's words (names, the product, the order) are
  // marked verbatim and quoted exactly as typed.
  const t = (french: string, english: string) => typeset(fr ? french : english, locale);
  const { product: p, purchase } = d.claim;
  const product = verbatim([p.brand, p.name, p.model].filter(Boolean).join(' '));
  const reference = purchase.orderReference ? verbatim(purchase.orderReference) : null;
  // Typeset once, with the sentence it goes into (a second typeset would no longer see the marks).
  const order = reference ? (fr ? ` (commande ${reference})` : ` (order ${reference})`) : '';
  const merchantName = verbatim(f.merchantName);
  const consumerName = verbatim(f.consumerName);
  const until = longDate(period.until, locale);
  // The last day moved past a weekend or a public holiday: the article that moves it is cited too.
  const articles = period.lastDay ? t('art. L221-18 et L221-19 3°', 'art. L221-18 and L221-19 3°') : 'art. L221-18';
  const blocks: Block[] = [
    { kind: 'title', text: t('Formulaire de rétractation', 'Withdrawal form') },
    {
      kind: 'paragraph',
      text: [t(`À l’attention de : ${merchantName}`, `To: ${merchantName}`), t('[Adresse du professionnel]', '[The trader’s address]'), ...(f.merchantEmail ? [t(`Courriel : ${verbatim(f.merchantEmail)}`, `E-mail: ${verbatim(f.merchantEmail)}`)] : [])].join('\n'),
    },
    {
      kind: 'paragraph',
      text: t(
        `Je vous notifie par la présente ma rétractation du contrat portant sur la vente du bien ci-dessous :\n${product}${order}, au prix de ${money(purchase.price, locale)}`,
        `I hereby give notice that I withdraw from my contract of sale of the following goods:\n${product}${order}, for ${money(purchase.price, locale)}`,
      ),
    },
    {
      kind: 'paragraph',
      text: t(
        `Commandé le : ${longDate(purchase.purchasedOn, locale)}\nReçu le : ${longDate(purchase.deliveredOn, locale)}`,
        `Ordered on: ${longDate(purchase.purchasedOn, locale)}\nReceived on: ${longDate(purchase.deliveredOn, locale)}`,
      ),
    },
    {
      kind: 'paragraph',
      text: t(
        `Nom du consommateur : ${consumerName}\nAdresse du consommateur : [Votre adresse postale]`,
        `Name of consumer: ${consumerName}\nAddress of consumer: [Your postal address]`,
      ),
    },
    {
      kind: 'paragraph',
      text: t(
        'Signature du consommateur (uniquement en cas de notification du présent formulaire sur papier) :\n[Signature]',
        'Signature of consumer (only if this form is notified on paper):\n[Signature]',
      ),
    },
    { kind: 'paragraph', text: t(`Date : ${longDate(f.today, locale)}`, `Date: ${longDate(f.today, locale)}`) },
    { kind: 'heading', text: t('Délai et remboursement', 'Period and refund') },
    {
      kind: 'paragraph',
      text: t(
        `Le délai de rétractation court jusqu’au ${until} inclus (Code de la consommation, ${articles}). Je vous notifie ma décision au moyen du formulaire type de rétractation, comme le prévoit l’article L221-21 du même code.`,
        `The withdrawal period runs until ${until} inclusive (French Consumer Code, ${articles}). I notify you of my decision by means of the model withdrawal form, as article L221-21 of that code provides.`,
      ),
    },
    {
      kind: 'paragraph',
      text: t(
        'Vous êtes tenu de me rembourser la totalité des sommes versées, y compris les frais de livraison au tarif standard, au plus tard dans les 14 jours à compter du jour où vous êtes informé de ma décision de me rétracter (art. L221-24). Vous pouvez différer ce remboursement jusqu’à la récupération du bien ou jusqu’à ce que je vous aie fourni une preuve de son expédition, la date retenue étant celle du premier de ces faits (art. L221-24, alinéa 2).',
        'You must refund all sums paid, including delivery costs at the standard rate, within 14 days of the day you are informed of my decision to withdraw (art. L221-24). You may withhold the refund until you have received the goods back or I have supplied proof of having sent them, whichever is earlier (art. L221-24, second paragraph).',
      ),
    },
    // What she is to do with it (send it before the last day, keep proof) is told to her where she
    // downloads it (documents.withdrawalLead), not in the letter the seller reads.
  ];
  return { title: t('Rétractation', 'Withdrawal'), blocks };
}
