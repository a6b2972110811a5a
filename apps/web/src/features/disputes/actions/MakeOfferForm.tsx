import { NativeSelect, SimpleGrid, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { OfferKind } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { MakeOfferMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { inputBounds } from '../../../graphql/field-bounds';
import { TemplatePicker } from '../../merchant/TemplatePicker';
import { ProposedRemedyInputs, useProposedRemedy } from './ProposedRemedy';

/** A merchant's offer, or the consumer's counter-offer: the remedies the law still leaves open. */
export function MakeOfferForm() {
  const { t } = useI18n();
  const { dispute, side } = useDisputeScope();
  const command = useDisputeCommand(MakeOfferMutation);
  const remedies = dispute.remediesAvailable.length > 0 ? dispute.remediesAvailable : [dispute.requestedRemedy];
  const proposed = useProposedRemedy(remedies.includes(dispute.requestedRemedy) ? dispute.requestedRemedy : remedies[0]);
  const [kind, setKind] = useState<OfferKind>('REMEDY');
  const [terms, setTerms] = useState('');
  const submit = () => command.run({ ...proposed.input, kind: side === 'MERCHANT' ? kind : undefined, terms: terms.trim() || undefined });
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
        <ProposedRemedyInputs action="makeOffer" remedies={remedies} proposed={proposed} problem={command.problem} />
      </SimpleGrid>
      {side === 'MERCHANT' && <TemplatePicker text={terms} onChange={setTerms} />}
      <Textarea label={t('offer.terms')} {...inputBounds('makeOffer', 'terms')} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={command.problem?.fields.terms} />
    </ActionForm>
  );
}
