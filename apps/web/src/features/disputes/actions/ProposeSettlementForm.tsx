import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Remedy } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProposeSettlementMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { inputBounds } from '../../../graphql/field-bounds';
import { ProposedRemedyInputs, useProposedRemedy } from './ProposedRemedy';
import { MAX_SETTLEMENT_ANSWER_DAYS, settlementAnswerDays, settlementAnswerHint } from './settlement-answer-days';

const REMEDIES: Remedy[] = ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'];

/** The mediator's proposal; each side then accepts or rejects it. */
export function ProposeSettlementForm() {
  const { t, day } = useI18n();
  const { dispute } = useDisputeScope();
  const command = useDisputeCommand(ProposeSettlementMutation);
  const proposed = useProposedRemedy(dispute.requestedRemedy);
  const [terms, setTerms] = useState('');
  // The answer period (R612-4): left empty, the server's default (15 days, within the mediation's outcome date).
  const [daysToAnswer, setDaysToAnswer] = useState('');
  // What the API takes for this dispute: a week to the days left before the mediation's last day,
  // any of them when fewer than a week are left (none on the last day: the default ends that day).
  const fieldBounds = inputBounds('proposeSettlement', 'daysToAnswer');
  const allowed = settlementAnswerDays(MAX_SETTLEMENT_ANSWER_DAYS, dispute.mediation?.outcomeDueAt);
  const hinted = settlementAnswerHint(allowed, day);
  const hint = hinted && t(hinted.key, hinted.values);
  const submit = () => command.run({ ...proposed.input, terms, daysToAnswer: daysToAnswer.trim() ? Number(daysToAnswer) : undefined });
  return (
    <ActionForm submitLabel={t('action.proposeSettlement')} onSubmit={submit} placed={['amount.amount', 'daysToCarryOut', 'terms', 'daysToAnswer']} {...command}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <ProposedRemedyInputs action="proposeSettlement" remedies={REMEDIES} proposed={proposed} problem={command.problem} />
      </SimpleGrid>
      <Textarea label={t('offer.terms')} required {...inputBounds('proposeSettlement', 'terms')} value={terms} onChange={(e) => setTerms(e.currentTarget.value)} error={command.problem?.fields.terms} />
      <TextInput
        label={t('settlement.daysToAnswer')}
        type="number"
        {...fieldBounds}
        min={allowed.min}
        max={allowed.max}
        disabled={allowed.max === 0}
        description={hint}
        value={daysToAnswer}
        onChange={(e) => setDaysToAnswer(e.currentTarget.value)}
        error={command.problem?.fields.daysToAnswer}
      />
    </ActionForm>
  );
}
