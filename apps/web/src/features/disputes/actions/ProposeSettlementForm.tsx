import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Remedy } from '../../../graphql/generated/graphql';
import { amountExample, parseAmount } from '../../../i18n/amount';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProposeSettlementMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { boundsOf } from '../../../graphql/field-bounds';

const REMEDIES: Remedy[] = ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'];

/** The mediator's proposal; each side then accepts or rejects it. */
export function ProposeSettlementForm() {
  const { t, label, locale } = useI18n();
  const { dispute } = useDisputeScope();
  const command = useDisputeCommand(ProposeSettlementMutation);
  const [remedy, setRemedy] = useState<Remedy>(dispute.requestedRemedy);
  const [amount, setAmount] = useState('');
  const [days, setDays] = useState('');
  const [terms, setTerms] = useState('');
  const submit = () =>
    command.run({
      remedy,
      terms,
      // Typed the reader's way ("449,00", "1 234,50"); what is not an amount goes as typed, for the server to refuse on its field.
      amount: amount.trim() ? { amount: parseAmount(amount) ?? amount.trim(), currency: dispute.purchase.price.currency } : undefined,
      daysToCarryOut: days.trim() ? Number(days) : undefined,
    });
  return (
    <ActionForm submitLabel={t('action.proposeSettlement')} onSubmit={submit} placed={['amount.amount', 'daysToCarryOut', 'terms']} {...command}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect label={t('offer.remedy')} value={remedy} onChange={(e) => setRemedy(e.currentTarget.value as Remedy)} data={REMEDIES.map((value) => ({ value, label: label('remedy', value) }))} />
        <TextInput label={t('offer.amount', { currency: dispute.purchase.price.currency })} inputMode="decimal" placeholder={amountExample(locale)} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={command.problem?.fields['amount.amount']} />
        <TextInput label={t('offer.days')} type="number" {...boundsOf('proposeSettlement', 'daysToCarryOut')} value={days} onChange={(e) => setDays(e.currentTarget.value)} error={command.problem?.fields.daysToCarryOut} />
      </SimpleGrid>
      <Textarea label={t('offer.terms')} required {...boundsOf('proposeSettlement', 'terms')} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={command.problem?.fields.terms} />
    </ActionForm>
  );
}
