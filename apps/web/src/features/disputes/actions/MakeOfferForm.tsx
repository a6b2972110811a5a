import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OfferKind, Remedy } from '../../../graphql/generated/graphql';
import { amountExample, parseAmount } from '../../../i18n/amount';
import { useI18n } from '../../../i18n/I18nProvider';
import { MakeOfferMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { boundsOf } from '../../../graphql/field-bounds';
import { TemplatePicker } from '../../merchant/TemplatePicker';

/** A merchant's offer, or the consumer's counter-offer: the remedies the law still leaves open. */
export function MakeOfferForm() {
  const { t, label, locale } = useI18n();
  const { dispute, side } = useDisputeScope();
  const command = useDisputeCommand(MakeOfferMutation);
  const remedies = dispute.remediesAvailable.length > 0 ? dispute.remediesAvailable : [dispute.requestedRemedy];
  const [remedy, setRemedy] = useState<Remedy>(remedies.includes(dispute.requestedRemedy) ? dispute.requestedRemedy : remedies[0]);
  const [kind, setKind] = useState<OfferKind>('REMEDY');
  const [amount, setAmount] = useState('');
  const [days, setDays] = useState('');
  const [terms, setTerms] = useState('');
  const submit = () =>
    command.run({
      remedy,
      kind: side === 'MERCHANT' ? kind : undefined,
      // Typed the reader's way ("449,00", "1 234,50"); what is not an amount goes as typed, for the server to refuse on its field.
      amount: amount.trim() ? { amount: parseAmount(amount) ?? amount.trim(), currency: dispute.purchase.price.currency } : undefined,
      daysToCarryOut: days.trim() ? Number(days) : undefined,
      terms: terms.trim() || undefined,
    });
  return (
    <ActionForm submitLabel={side === 'MERCHANT' ? t('action.makeOffer') : t('action.counterOffer')} onSubmit={submit} placed={['amount.amount', 'daysToCarryOut', 'terms']} {...command}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {side === 'MERCHANT' && (
          <NativeSelect
            label={t('offer.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as OfferKind)}
            data={[
              { value: 'REMEDY', label: t('offer.kind.REMEDY') },
              { value: 'PAID_REPAIR_QUOTE', label: t('offer.kind.PAID_REPAIR_QUOTE') },
            ]}
          />
        )}
        <NativeSelect label={t('offer.remedy')} value={remedy} onChange={(e) => setRemedy(e.currentTarget.value as Remedy)} data={remedies.map((value) => ({ value, label: label('remedy', value) }))} />
        <TextInput label={t('offer.amount', { currency: dispute.purchase.price.currency })} inputMode="decimal" placeholder={amountExample(locale)} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={command.problem?.fields['amount.amount']} />
        <TextInput label={t('offer.days')} type="number" {...boundsOf('makeOffer', 'daysToCarryOut')} value={days} onChange={(e) => setDays(e.currentTarget.value)} error={command.problem?.fields.daysToCarryOut} />
      </SimpleGrid>
      {side === 'MERCHANT' && <TemplatePicker onPick={setTerms} />}
      <Textarea label={t('offer.terms')} {...boundsOf('makeOffer', 'terms')} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={command.problem?.fields.terms} />
    </ActionForm>
  );
}
