import { addDays, citationsInText, groupCitations, parisDateOf, type CalendarDate, type RenderedMessage } from '@recours/consumer-law';
import { FORMAL_NOTICE_DAYS, formalNoticeAnswerBy, formalNoticeDemand, unpaidAgreement, type Dispute, type Remedy } from '@recours/disputes';
import { typeset, verbatim, withErasedWords, type Locale } from '@recours/locale';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';
import { catalogueWord, longDate, money } from './document-words';
import type { Block } from './pdf-document';

export interface FormalNoticeFacts {
  dispute: Dispute;
  consumerName: string;
  merchantName: string;
  rights: RightsAssessmentView;
  today: CalendarDate;
  locale: Locale;
}

/** What the letter demands, after « procéder » in French: « à » contracted with « le » (« au remplacement »). */
const REMEDY: Record<Remedy, { fr: string; en: string }> = {
  REPAIR: { fr: 'à la réparation du bien', en: 'the repair of the goods' },
  REPLACEMENT: { fr: 'au remplacement du bien', en: 'the replacement of the goods' },
  REFUND: { fr: 'au remboursement du prix', en: 'a refund of the price' },
  PRICE_REDUCTION: { fr: 'à une réduction du prix', en: 'a reduction of the price' },
  COMPENSATION: { fr: 'à une indemnisation', en: 'compensation' },
};

/** What an agreed sum is paid as, after « la somme de … » / "the sum of …": « au titre d’une réduction du prix », "as a price reduction". */
const AGREED_SUM: Record<'REFUND' | 'PRICE_REDUCTION' | 'COMPENSATION', { fr: string; en: string }> = {
  REFUND: { fr: 'au titre d’un remboursement', en: 'as a refund' },
  PRICE_REDUCTION: { fr: 'au titre d’une réduction du prix', en: 'as a price reduction' },
  COMPENSATION: { fr: 'au titre d’une indemnisation', en: 'as compensation' },
};

/**
 * The formal notice (mise en demeure) as blocks of text in the reader's language: the facts of
 * the dispute, the remedy demanded, the articles it rests on (from the rights engine), the
 * deadline given and what follows if it passes. To print, sign and send by registered mail.
 */
export function formalNoticeLetter(facts: FormalNoticeFacts): { title: string; blocks: Block[] } {
  // Erased words (a destroyed key) read as such, in the letter's language.
  const f = withErasedWords(facts, facts.locale);
  const { dispute: d, locale } = f;
  const fr = locale === 'fr';
  // French as the catalogue prints it (a narrow no-break space before : ; and inside « ») for the
  // letter's own sentences; people's words in them (the product as she named it, her description,
  // the seller's reason) marked verbatim and quoted exactly as typed.
  const t = (french: string, english: string) => typeset(fr ? french : english, locale);
  // A repair or a replacement the law gives the seller until a day after ours to carry out (L217-10,
  // 30 days from the request): the letter cannot ask for it sooner, it gives the seller that day
  // (the rule the merchant's notification of the letter follows too).
  const deadline = formalNoticeAnswerBy(d, f.today);
  const byLegalTerm = deadline !== addDays(f.today, FORMAL_NOTICE_DAYS);
  const legalTerm = f.rights.repairDeadline;
  const product = verbatim([d.claim.product.brand, d.claim.product.name, d.claim.product.model].filter(Boolean).join(' '));
  const orderReference = d.claim.purchase.orderReference ? verbatim(d.claim.purchase.orderReference) : null;
  const warranty = f.rights.legalWarranty;
  const presumption = f.rights.presumptionOfDefect;
  // Past the legal warranty, the hidden-defects action (C. civ. 1641 ff.) where the rights engine
  // finds it still open: never while the warranty covers the defect (the engine gives none then).
  const hidden = f.rights.hiddenDefects?.open === true ? f.rights.hiddenDefects : null;
  // The hidden-defects action gives no repair and no replacement: 1644 leaves the buyer only the choice
  // between returning the goods for the price and keeping them for part of it. Asked for past the
  // warranty, the letter demands the first (the goods taken back, the price refunded) and offers the
  // repair or replacement she asked for as a settlement she would accept, not as a right
  // (docs/consumer-law.md, item 24).
  const demanded: Remedy = formalNoticeDemand(d, f.today);
  // An agreed sum she reported not paid: the letter cites the agreement and demands that sum, on the
  // agreement's ground, not the remedy asked on filing (docs/consumer-law.md, item 30).
  const unpaid = unpaidAgreement(d, f.today);
  const settlement = !unpaid && demanded !== d.claim.requestedRemedy ? d.claim.requestedRemedy : null;
  const remedyOption = f.rights.remedies?.find((r) => r.remedy === demanded);
  const hiddenRemedy = hidden?.remedies.find((r) => r.remedy === demanded);
  // Compensation asked past the warranty rests on 1645 and the case law that deems a professional
  // seller to know the defect, as the rights engine gives them with the action (docs/consumer-law.md,
  // item 24); never while the warranty covers the defect (L217-8 and 1231-1 then, from the engine's remedies).
  const hiddenDamages = demanded === 'COMPENSATION' ? hidden?.damages ?? null : null;
  // Articles as one list grouped by code (« Code de la consommation, art. L217-3 et L217-7 »), in brackets, in the reader's language.
  const cite = (citations: readonly RenderedMessage[]) => groupCitations(citations, locale);
  // The articles the demand rests on, as the rights engine found them to apply: never the warranty's
  // once it has ended, nor a remedy's it found not open (the seller would answer with the date);
  // 1644 only for what it gives (the price back, or part of it). Each article once, as a sentence
  // reads them: « conformément aux articles 1641, 1644 et 1648 du Code civil ».
  const bases = citationsInText([
    ...(warranty?.applies ? warranty.citations : []),
    ...(presumption?.applies ? presumption.citations : []),
    ...(remedyOption?.available ? remedyOption.citations : []),
    ...(hidden ? hidden.citations : []),
    ...(hiddenRemedy ? hiddenRemedy.citations : []),
    ...(hiddenDamages ? hiddenDamages.citations : []),
  ], locale);
  // What she sends with the letter: her side's documents, as copies (the merchant's own are not hers to enclose).
  const enclosures = d.evidence.filter((e) => e.by.kind === 'CONSUMER' || e.by.kind === 'ASSOCIATION').map((e) => `${catalogueWord(`evidence.${e.kind}`, locale, e.kind)} (${e.name})`);
  // The claim's day in France, as the product dates the written complaint (docs/consumer-law.md, item 13).
  const filedOn = parisDateOf(d.filedAt);
  // The seller's standing refusal is a fact of the case: the letter says when, and its reason in its own words.
  const refusal = d.rejection;
  // CPC 750-1 requires an amicable attempt only for a claim of EUR 5,000 or less before a French
  // court: the letter names it unless the rights engine found it does not apply (a larger claim).
  const amicableAttempt = f.rights.courtPath?.amicableAttemptRequired !== false;
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${f.consumerName}\n${t('[Votre adresse postale]', '[Your postal address]')}` },
    { kind: 'right', text: `${f.merchantName}\n${t('Service client / service après-vente', 'Customer service / after-sales service')}\n${t('[Adresse du vendeur]', '[The seller’s address]')}` },
    { kind: 'right', text: t(`Le ${longDate(f.today, locale)}`, longDate(f.today, locale)) },
    { kind: 'paragraph', text: t('Lettre recommandée avec accusé de réception', 'Registered letter with acknowledgement of receipt') },
    { kind: 'title', text: t('Objet : mise en demeure', 'Subject: formal notice') },
    { kind: 'paragraph', text: t('Madame, Monsieur,', 'Dear Sir or Madam,') },
    {
      kind: 'paragraph',
      text: t(
        `Le ${longDate(d.claim.purchase.purchasedOn, locale)}, j’ai acheté auprès de vous le bien suivant : ${product}, au prix de ${money(d.claim.purchase.price, locale)}${orderReference ? ` (commande ${orderReference})` : ''}, livré le ${longDate(d.claim.purchase.deliveredOn, locale)}.`,
        `On ${longDate(d.claim.purchase.purchasedOn, locale)} I bought from you: ${product}, for ${money(d.claim.purchase.price, locale)}${orderReference ? ` (order ${orderReference})` : ''}, delivered on ${longDate(d.claim.purchase.deliveredOn, locale)}.`,
      ),
    },
    {
      kind: 'paragraph',
      text: t(
        // Her description on a line of its own: it reads as she wrote it, capital and all, not as the rest of our sentence.
        `Depuis le ${longDate(d.claim.problem.firstNoticedOn, locale)}, il présente le défaut suivant :\n${verbatim(d.claim.problem.description)}`,
        `Since ${longDate(d.claim.problem.firstNoticedOn, locale)} it has had the following defect:\n${verbatim(d.claim.problem.description)}`,
      ),
    },
  ];
  if (d.claim.problem.chronology.length > 0) {
    blocks.push({ kind: 'heading', text: t('Chronologie', 'Chronology') });
    blocks.push({ kind: 'paragraph', text: d.claim.problem.chronology.map((c) => `${longDate(c.on, locale)}${t(' : ', ': ')}${c.what}`).join('\n') });
  }
  if (unpaid) {
    const sum = unpaid.amount ? `la somme de ${money(unpaid.amount, locale)}` : 'une somme';
    const sumEn = unpaid.amount ? `the sum of ${money(unpaid.amount, locale)}` : 'a sum';
    const contested = unpaid.reportedCarriedOutOn;
    blocks.push({
      kind: 'paragraph',
      text: t(
        `Je vous ai adressé ma réclamation le ${longDate(filedOn, locale)}. Le ${longDate(unpaid.agreedOn, locale)}, nous sommes convenus que vous me verseriez ${sum} ${AGREED_SUM[unpaid.remedy].fr} au plus tard le ${longDate(unpaid.dueOn, locale)}${contested ? ` ; vous avez déclaré l’avoir fait le ${longDate(contested, locale)}, ce que j’ai contesté le ${longDate(unpaid.notCarriedOutOn, locale)}` : ''}. À ce jour, cette somme ne m’a pas été versée.`,
        `I sent you my claim on ${longDate(filedOn, locale)}. On ${longDate(unpaid.agreedOn, locale)} we agreed that you would pay me ${sumEn} ${AGREED_SUM[unpaid.remedy].en} by ${longDate(unpaid.dueOn, locale)}${contested ? `; you stated that you had done so on ${longDate(contested, locale)}, which I disputed on ${longDate(unpaid.notCarriedOutOn, locale)}` : ''}. To this day, that sum has not been paid to me.`,
      ),
    });
  } else blocks.push({
    kind: 'paragraph',
    text: t(
      refusal
        ? `Je vous ai adressé ma réclamation le ${longDate(filedOn, locale)} ; vous l’avez refusée le ${longDate(parisDateOf(refusal.at), locale)}${refusal.reason ? ` (« ${verbatim(refusal.reason)} »)` : ''}.`
        : `Je vous ai adressé ma réclamation le ${longDate(filedOn, locale)} ; elle est restée sans solution à ce jour.`,
      refusal
        ? `I sent you my claim on ${longDate(filedOn, locale)}; you refused it on ${longDate(parisDateOf(refusal.at), locale)}${refusal.reason ? ` (“${verbatim(refusal.reason)}”)` : ''}.`
        : `I sent you my claim on ${longDate(filedOn, locale)}; it has not been resolved to this day.`,
    ),
  });
  if (warranty?.applies) {
    blocks.push({
      kind: 'paragraph',
      text: t(
        `Ce défaut est couvert par la garantie légale de conformité, qui court jusqu’au ${longDate(warranty.expiresOn, locale)} (${cite(warranty.citations)}).`,
        `This defect is covered by the legal guarantee of conformity, which runs until ${longDate(warranty.expiresOn, locale)} (${cite(warranty.citations)}).`,
      ),
    });
  }
  if (hidden) {
    // The day she discovered it is the day the claim says she first noticed it, the day the engine
    // counts 1648's two years from; unknown, the letter names none.
    const discovered = hidden.discoveredOn;
    blocks.push({
      kind: 'paragraph',
      text: t(
        `Ce défaut existait déjà lors de la vente, sans que je puisse le déceler, et il rend le bien impropre à l’usage auquel il est destiné : c’est un vice caché, dont vous me devez la garantie. Je l’ai découvert ${discovered ? `le ${longDate(discovered, locale)}, ` : ''}il y a moins de deux ans (${cite(hidden.citations)}).`,
        `This defect already existed at the sale, though I could not detect it, and it makes the goods unfit for the use they are intended for: it is a hidden defect, against which you owe me the warranty. I discovered it ${discovered ? `on ${longDate(discovered, locale)}, ` : ''}less than two years ago (${cite(hidden.citations)}).`,
      ),
    });
    if (hidden.remedies.length) {
      blocks.push({
        kind: 'paragraph',
        text: t(
          `Je suis en droit, à mon choix, de vous rendre le bien et de me faire restituer le prix, ou de le garder et de me faire rendre une partie du prix (${cite(hidden.remedies.flatMap((r) => r.citations))}).`,
          `I am entitled, as I choose, to return the goods and have the price refunded, or to keep them and have part of the price refunded (${cite(hidden.remedies.flatMap((r) => r.citations))}).`,
        ),
      });
    }
    if (hiddenDamages) {
      blocks.push({
        kind: 'paragraph',
        text: t(
          `En tant que vendeur professionnel, vous êtes réputé avoir connu ce vice, sans pouvoir prouver le contraire : vous me devez donc tous les dommages et intérêts qu’il m’a causés (${cite(hiddenDamages.citations)}).`,
          `As a professional seller, you are deemed to have known of this defect and may not prove otherwise: you therefore owe me all the damages it has caused me (${cite(hiddenDamages.citations)}).`,
        ),
      });
    }
  }
  if (presumption?.applies) {
    blocks.push({
      kind: 'paragraph',
      text: t(
        `Apparu pendant le délai de présomption, qui court jusqu’au ${longDate(presumption.until, locale)}, ce défaut est présumé exister au moment de la délivrance ; il vous appartient, le cas échéant, de prouver le contraire (${cite(presumption.citations)}).`,
        `As it appeared within the period of presumption, which runs until ${longDate(presumption.until, locale)}, this defect is presumed to have existed at delivery; it is for you to prove otherwise, if you can (${cite(presumption.citations)}).`,
      ),
    });
  }
  const period = byLegalTerm && legalTerm
    ? t(`, terme du délai légal de mise en conformité suivant ma demande du ${longDate(legalTerm.requestedOn, locale)}`, `, the end of the legal period for bringing the goods into conformity after my request of ${longDate(legalTerm.requestedOn, locale)}`)
    : t(`, soit dans un délai de ${FORMAL_NOTICE_DAYS} jours à compter de la présente lettre`, `, ${FORMAL_NOTICE_DAYS} days from this letter`);
  blocks.push({
    kind: 'paragraph',
    text: unpaid
      ? t(
          `Je vous mets donc en demeure de me verser la somme convenue${unpaid.amount ? ` de ${money(unpaid.amount, locale)}` : ''} au plus tard le ${longDate(deadline, locale)}${period}, en exécution de notre accord du ${longDate(unpaid.agreedOn, locale)}.`,
          `I therefore formally demand that you pay me the agreed sum${unpaid.amount ? ` of ${money(unpaid.amount, locale)}` : ''} by ${longDate(deadline, locale)} at the latest${period}, under our agreement of ${longDate(unpaid.agreedOn, locale)}.`,
        )
      : settlement
      ? t(
          `Je vous mets donc en demeure de reprendre le bien et de me restituer le prix au plus tard le ${longDate(deadline, locale)}${period}${bases ? `, conformément ${bases}` : ''}.`,
          `I therefore formally demand that you take the goods back and refund me the price by ${longDate(deadline, locale)} at the latest${period}${bases ? `, under ${bases}` : ''}.`,
        )
      : t(
          `Je vous mets donc en demeure de procéder ${REMEDY[demanded].fr} au plus tard le ${longDate(deadline, locale)}${period}${bases ? `, conformément ${bases}` : ''}.`,
          `I therefore formally demand ${REMEDY[demanded].en} by ${longDate(deadline, locale)} at the latest${period}${bases ? `, under ${bases}` : ''}.`,
        ),
  });
  if (settlement) {
    // Her request, offered as a settlement she would accept: an offer the seller may take up, never a right the letter claims.
    blocks.push({
      kind: 'paragraph',
      text:
        settlement === 'REPAIR'
          ? t(
              'À titre de règlement amiable, j’accepterais toutefois, à la place, que vous répariez le bien à vos frais dans ce même délai ; cette proposition ne vaut pas renonciation à mes droits.',
              'As an amicable settlement, I would nevertheless accept instead that you repair the goods at your expense within the same time; this offer does not waive my rights.',
            )
          : t(
              'À titre de règlement amiable, j’accepterais toutefois, à la place, que vous remplaciez le bien à vos frais dans ce même délai ; cette proposition ne vaut pas renonciation à mes droits.',
              'As an amicable settlement, I would nevertheless accept instead that you replace the goods at your expense within the same time; this offer does not waive my rights.',
            ),
    });
  }
  blocks.push(
    {
      kind: 'paragraph',
      text: t(
        `À défaut de réponse satisfaisante dans ce délai, je saisirai le médiateur de la consommation dont vous relevez (articles L612-1 et suivants du Code de la consommation), puis, si nécessaire, la juridiction compétente${amicableAttempt ? ', après la tentative de résolution amiable que prévoit l’article 750-1 du Code de procédure civile' : ''}. La présente lettre vaut réclamation écrite préalable au sens de l’article L612-2 du même code.`,
        `Failing a satisfactory answer within that time, I will refer the matter to the consumer mediator you belong to (articles L612-1 ff. of the French Consumer Code) and then, if need be, to the competent court${amicableAttempt ? ', after the attempt at amicable resolution that article 750-1 of the Code of Civil Procedure requires' : ''}. This letter is the prior written complaint of article L612-2 of that code.`,
      ),
    },
    { kind: 'paragraph', text: t('Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.', 'Yours faithfully,') },
    { kind: 'right', text: `${f.consumerName}\n${t('[Signature]', '[Signature]')}` },
    ...(enclosures.length ? [{ kind: 'paragraph', text: `${t('Pièces jointes (copies) :', 'Enclosures (copies):')}\n${enclosures.join('\n')}` } as Block] : []),
    // What she is to do with it (send it, record it) and that it is no legal advice are told to her
    // where she downloads it (documents.formalNoticeLead), not in the letter the seller reads.
  );
  return { title: t('Mise en demeure', 'Formal notice'), blocks };
}
