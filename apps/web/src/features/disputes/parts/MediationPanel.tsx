import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { DueDate } from '../../../ui/DueDate';
import { legalLastDay } from '../../../i18n/format';
import { AnswerSettlement } from '../actions/AnswerSettlement';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';
import { writtenIn } from '../../../ui/written-in';
import { admissibilityClockOverdue, outcomeClockOverdue } from './mediation-clocks';
import { remedyAgainAfterFailure } from './offer-after-failed-remedy';

/** Past the answer period (R612-4) the server refuses answers, before the deadline process records the lapse: no buttons then. */
const answerPeriodOver = (answerDueAt: string | null | undefined): boolean => !!answerDueAt && Date.parse(answerDueAt) <= Date.now();

/** The mediation's two clocks (3 weeks to decide admissibility, 90 days to an outcome) and its proposals. */
export function MediationPanel() {
  const { dispute, side, readOnly, can } = useDisputeScope();
  const { t, label, money, instant, lastDayBefore } = useI18n();
  const mediation = dispute.mediation;
  if (!mediation) return null;
  const mySide = side === 'MERCHANT' ? 'MERCHANT' : side === 'CONSUMER' ? 'CONSUMER' : null;
  return (
    <Panel title={t('mediation.title')} titleId="mediation-title">
      <Stack gap="xs">
        <Text size="sm">
          {t('mediation.stage')}
          {t('common.colon')} <strong>{label('mediationStage', mediation.stage)}</strong>
        </Text>
        <Text size="sm">{t('mediation.requestedAt', { at: instant(mediation.requestedAt) })}</Text>
        <div>
          <Text size="sm" fw={600}>
            {t('mediation.admissibilityClock')}
          </Text>
          <DueDate dueAt={mediation.admissibilityDueAt} overdue={admissibilityClockOverdue(mediation.stage, dispute.status)} />
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('mediation.outcomeClock')}
          </Text>
          {mediation.outcomeDueAt ? <DueDate dueAt={mediation.outcomeDueAt} overdue={outcomeClockOverdue(dispute.status)} /> : <Text size="sm">{t('mediation.outcomeNotRunning')}</Text>}
        </div>
        {mediation.inadmissibilityGround && (
          <Text size="sm">
            {t('mediation.inadmissibilityGround')}
            {t('common.colon')} <strong>{label('inadmissibilityGround', mediation.inadmissibilityGround)}</strong>
          </Text>
        )}
        {mediation.admissibilityReason && <Text size="sm">{mediation.admissibilityReason}</Text>}
        {mediation.settlements.map((settlement) => (
          <Paper key={settlement.id} withBorder p="sm" data-testid="settlement">
            <Group justify="space-between">
              <Text fw={700}>
                {t('settlement.proposal')}
                {t('common.colon')} {label('remedy', settlement.remedy)}
                {settlement.amount && ` · ${money(settlement.amount)}`}
              </Text>
              <Badge color="gray" variant="filled">
                {label('settlementStatus', settlement.status)}
              </Badge>
            </Group>
            <Text size="sm" {...writtenIn(settlement.language)}>
              {settlement.terms}
            </Text>
            <Text size="xs" c="dimmed">
              {t('settlement.details', { days: settlement.daysToCarryOut, accepted: settlement.acceptedBy.map((s) => label('side', s)).join(', ') || '—' })}
            </Text>
            {/* The answer period the mediator set (R612-4); proposals made before it existed have none. */}
            {settlement.answerDueAt && (
              <Text size="sm" data-testid="settlement-answer-by">
                <time dateTime={legalLastDay(settlement.answerDueAt, settlement.answerDueOn) ?? settlement.answerDueAt}>{t('settlement.answerBy', { date: lastDayBefore(settlement.answerDueAt, settlement.answerDueOn) })}</time>
              </Text>
            )}
            {!readOnly && mySide && settlement.status === 'PROPOSED' && !answerPeriodOver(settlement.answerDueAt) && !settlement.acceptedBy.includes(mySide) && (can('acceptSettlement') || can('rejectSettlement')) && (
              <Stack mt="xs">
                <Text size="sm" data-testid="settlement-your-choice">
                  {t('settlement.yourChoice')}
                </Text>
                {/* A mediator's new repair or replacement after one failed: what the failure gives her, as on an offer (L217-14). */}
                {mySide === 'CONSUMER' && remedyAgainAfterFailure(dispute.remedyHistory, settlement.remedy) && (
                  <Text size="sm" data-testid="settlement-after-failed-remedy">
                    {t('offer.afterFailedRemedy')}
                  </Text>
                )}
                <AnswerSettlement settlementId={settlement.id} />
              </Stack>
            )}
          </Paper>
        ))}
      </Stack>
    </Panel>
  );
}
