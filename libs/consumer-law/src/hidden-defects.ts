import type { HiddenDefectsAction, LegalWarranty, LimitationClock } from './assessment';
import type { Renderer } from './messages/renderer';

/**
 * The hidden-defects action (C. civ. 1641 ff.), which the engine points to once the legal
 * conformity warranty does not cover the defect: a defect hidden at the sale that makes the goods
 * unfit for their use (1641), to be acted on within two years from its discovery (1648) and twenty
 * years from the sale (Cass. ch. mixte, 21 July 2023: the HIDDEN_DEFECTS clock). The buyer may
 * return the goods and have the price back, or keep them and have part of it back (1644).
 *
 * Null while the legal warranty covers the defect (the conformity claim is the one to make), and
 * where the rules hold no hidden-defects clock (only French law has one here).
 *
 * The seller who knew the defects owes, besides the price, all damages (1645), and the Cour de
 * cassation deems a professional seller to know the defects of what it sells, with no proof to the
 * contrary (Cass. 1re civ., 19 January 1965; Cass. com., 5 July 2023): the engine assesses consumer
 * sales, whose seller is a professional, so `damages` is always given with the action
 * (docs/consumer-law.md, item 24).
 */
export function assessHiddenDefects(legalWarranty: LegalWarranty, limitation: readonly LimitationClock[], r: Renderer): HiddenDefectsAction | null {
  if (legalWarranty.applies) return null;
  const clock = limitation.find((c) => c.action === 'HIDDEN_DEFECTS');
  if (!clock) return null;
  const damages = r.say('hiddenDefects.damages');
  return {
    open: clock.running,
    discoveredOn: clock.runsFrom,
    until: clock.until,
    remedies: [
      { remedy: 'REFUND', ...r.cite(['FR.CC.1644']) },
      { remedy: 'PRICE_REDUCTION', ...r.cite(['FR.CC.1644']) },
    ],
    damages: { sellerDeemedToKnow: true, reason: damages.text, reasonMessage: damages, ...r.cite(['FR.CC.1645', 'FR.CASS.1965-01-19']) },
    ...r.cite(['FR.CC.1641', 'FR.CC.1648']),
  };
}
