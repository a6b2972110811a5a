import { Alert, List, Rating, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';
import { writtenIn } from '../../../ui/written-in';

/** What was agreed, how the remedy went, how the dispute ended, and the consumer's rating. */
export function OutcomePanel() {
  const { dispute } = useDisputeScope();
  const { t, label, day, money } = useI18n();
  const { agreement, closure, feedback } = dispute;
  if (!agreement && !closure && !feedback && dispute.remedyHistory.length === 0 && !dispute.rejectionReason) return null;
  return (
    <Stack gap="sm">
      {dispute.rejectionReason && dispute.status === 'REJECTED' && (
        <Alert color="red" title={t('outcome.rejected')}>
          {dispute.rejectionReason}
        </Alert>
      )}
      {agreement && (
        <Alert color={agreement.overdue ? 'red' : 'teal'} title={t('outcome.agreement')}>
          {t('outcome.agreementBody', { remedy: label('remedy', agreement.remedy), amount: agreement.amount ? ` (${money(agreement.amount)})` : '', due: day(agreement.dueOn) })}
          {agreement.overdue && ` ${t('outcome.overdue')}`}
        </Alert>
      )}
      {dispute.remedyHistory.length > 0 && (
        <List size="sm">
          {dispute.remedyHistory.map((item) => (
            <List.Item key={item.at}>
              {day(item.at)} — {label('remedy', item.remedy)}
              {t('common.colon')} {label('remedyOutcome', item.outcome)}
              {item.failure && ` (${label('remedyFailure', item.failure)})`}
            </List.Item>
          ))}
        </List>
      )}
      {closure && (
        <Alert color={closure.outcome === 'RESOLVED' ? 'teal' : 'gray'} title={t('outcome.closed', { outcome: label('status', closure.outcome) })}>
          {closure.summary && <span {...writtenIn(closure.language)}>{closure.summary}</span>}
          {closure.nextSteps.length > 0 && (
            <List size="sm" mt="xs">
              {closure.nextSteps.map((step) => (
                <List.Item key={step.kind + step.text}>
                  {label('nextStep', step.kind)}
                  {t('common.colon')} <span {...writtenIn(closure.language)}>{step.text}</span>
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {feedback && (
        <div>
          <Text fw={600}>{t('outcome.feedback')}</Text>
          <Rating value={feedback.rating} readOnly aria-label={t('feedback.ratingValue', { rating: feedback.rating })} />
          {feedback.comment && <Text size="sm" {...writtenIn(feedback.language)}>{feedback.comment}</Text>}
        </div>
      )}
    </Stack>
  );
}
