import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiProblem } from '../../../api/errors';
import { inputBounds } from '../../../graphql/field-bounds';
import type { Remedy } from '../../../graphql/generated/graphql';
import { amountExample, parseAmount } from '../../../i18n/amount';
import { useI18n } from '../../../i18n/I18nProvider';
import { currencyName } from '../../../i18n/names';
import { useDisputeScope } from '../DisputeContext';

/** What an offer and a mediator's settlement both propose: a remedy, an amount and the days to carry it out. */
export function useProposedRemedy(first: Remedy) {
  const { dispute } = useDisputeScope();
  const [remedy, setRemedy] = useState<Remedy>(first);
  const [amount, setAmount] = useState('');
  const [days, setDays] = useState('');
  const currency = dispute.purchase.price.currency;
  return {
    remedy,
    setRemedy,
    amount,
    setAmount,
    days,
    setDays,
    currency,
    /** As the command takes them. */
    input: {
      remedy,
      // Typed the reader's way ("449,00", "1 234,50"); what is not an amount goes as typed, for the server to refuse on its field.
      amount: amount.trim() ? { amount: parseAmount(amount) ?? amount.trim(), currency } : undefined,
      daysToCarryOut: days.trim() ? Number(days) : undefined,
    },
  };
}

/** Its inputs, in the form's grid: the remedies that may be proposed, the amount in the purchase's currency, the days within the command's bounds. */
export function ProposedRemedyInputs({ action, remedies, proposed, problem }: { action: 'makeOffer' | 'proposeSettlement'; remedies: readonly Remedy[]; proposed: ReturnType<typeof useProposedRemedy>; problem: ApiProblem | null }) {
  const { t, label, locale } = useI18n();
  return (
    <>
      <NativeSelect label={t('offer.remedy')} value={proposed.remedy} onChange={(e) => proposed.setRemedy(e.currentTarget.value as Remedy)} data={remedies.map((value) => ({ value, label: label('remedy', value) }))} />
      <TextInput label={t('offer.amount', { currency: currencyName(proposed.currency, locale) })} inputMode="decimal" placeholder={amountExample(locale)} value={proposed.amount} onChange={(e) => proposed.setAmount(e.currentTarget.value)} error={problem?.fields['amount.amount']} />
      <TextInput label={t('offer.days')} type="number" {...inputBounds(action, 'daysToCarryOut')} value={proposed.days} onChange={(e) => proposed.setDays(e.currentTarget.value)} error={problem?.fields.daysToCarryOut} />
    </>
  );
}
