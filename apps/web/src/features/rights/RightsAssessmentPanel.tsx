import { Alert, Badge, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import type { RightsViewFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';

function Verdict({ yes }: { yes: boolean }) {
  const { t } = useI18n();
  return (
    <Badge color={yes ? 'teal' : 'red'} variant="filled" size="sm" style={{ flex: 'none' }}>
      {yes ? t('rights.yes') : t('rights.no')}
    </Badge>
  );
}

function Basis({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed">
      {children}
    </Text>
  );
}

/** One thing the law gives: its heading, whether it applies (where that is yes or no), what it means here, and its article. */
function Finding({ title, applies, basis, children }: { title: string; applies?: boolean; basis?: string; children: ReactNode }) {
  const heading = <Text fw={600}>{title}</Text>;
  return (
    <div>
      {applies === undefined ? (
        heading
      ) : (
        <Group gap="xs">
          {heading}
          <Verdict yes={applies} />
        </Group>
      )}
      {children}
      {basis !== undefined && <Basis>{basis}</Basis>}
    </div>
  );
}

/**
 * What the law gives, each item with its article. The explanations are written by the API in
 * the reader's language (the app sends it); headings and dates are the app's own.
 */
export function RightsAssessmentPanel({
  assessment,
  error,
  fetching,
  placeholder,
  title,
  calendarWhenUnknown = true,
}: {
  assessment: RightsViewFragment | undefined | null;
  error?: CombinedError;
  fetching?: boolean;
  placeholder?: string;
  /** Whose rights, for the reader: "Your rights" by default (the consumer's own pages). */
  title?: string;
  /** Say the default calendar too (« give your postcode »): where a postcode can still be given, not on a filed dispute. */
  calendarWhenUnknown?: boolean;
}) {
  const { t, day, money, label } = useI18n();
  const heading = title ?? t('rights.panel');
  return (
    <Paper withBorder p="md" aria-live="polite" aria-busy={fetching ? 'true' : 'false'} role="region" aria-label={heading}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {heading}
        </Title>
        {fetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <ApiErrorAlert error={error} />
      {!assessment && !error && <Text size="sm">{placeholder ?? t('rights.placeholder')}</Text>}
      {assessment && !assessment.supported && (
        <Alert color="yellow" title={t('rights.notAssessed')}>
          {assessment.notAssessed?.message}
        </Alert>
      )}
      {assessment?.supported && (
        <Stack gap="sm">
          {assessment.legalWarranty && (
            <Finding title={t('rights.legalWarranty')} applies={assessment.legalWarranty.applies} basis={assessment.legalWarranty.basis}>
              <Text size="sm">
                {t('rights.legalWarranty.until', { date: day(assessment.legalWarranty.expiresOn) })}
                {assessment.legalWarranty.extensionMonths > 0 && ` (+${t('rights.months', { n: assessment.legalWarranty.extensionMonths })})`}
              </Text>
            </Finding>
          )}
          {assessment.presumptionOfDefect && (
            <Finding title={t('rights.presumption')} applies={assessment.presumptionOfDefect.applies} basis={assessment.presumptionOfDefect.basis}>
              <Text size="sm">{t('rights.presumption.until', { date: day(assessment.presumptionOfDefect.until) })}</Text>
            </Finding>
          )}
          {assessment.commercialWarranty?.expiresOn && (
            <Finding title={t('rights.commercialWarranty')} applies={assessment.commercialWarranty.applies} basis={assessment.commercialWarranty.basis}>
              <Text size="sm">{t('rights.legalWarranty.until', { date: day(assessment.commercialWarranty.expiresOn) })}</Text>
            </Finding>
          )}
          {assessment.remedies && assessment.remedies.length > 0 && (
            <Finding title={t('rights.remedies')}>
              <List size="sm" spacing={4}>
                {assessment.remedies.map((option) => (
                  <List.Item key={option.remedy}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Verdict yes={option.available} />
                      <div>
                        <Text size="sm" fw={500}>
                          {label('remedy', option.remedy)}
                        </Text>
                        <Text size="sm">{option.reason}</Text>
                        <Basis>{option.basis}</Basis>
                      </div>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </Finding>
          )}
          {assessment.repairDeadline && (
            <Finding title={t('rights.repairDeadline')} basis={assessment.repairDeadline.basis}>
              <Text size="sm">{assessment.repairDeadline.dueOn ? day(assessment.repairDeadline.dueOn) : t('rights.reasonableTime')}</Text>
            </Finding>
          )}
          {assessment.mediation && (
            <Finding title={t('rights.mediation')} applies={assessment.mediation.eligible} basis={assessment.mediation.basis}>
              <Text size="sm">{assessment.mediation.reason}</Text>
              {assessment.mediation.lapsesOn && <Text size="sm">{t('rights.mediation.lapses', { date: day(assessment.mediation.lapsesOn) })}</Text>}
            </Finding>
          )}
          {assessment.courtPath && (
            <Finding title={t('rights.court')} basis={assessment.courtPath.basis}>
              <Text size="sm">
                {money(assessment.courtPath.claimAmount)} — {assessment.courtPath.explanation}
              </Text>
            </Finding>
          )}
          {assessment.notification && assessment.notification.required !== false && (
            <Finding title={t('rights.notification')} basis={assessment.notification.basis}>
              <Text size="sm">{assessment.notification.reason}</Text>
            </Finding>
          )}
          {assessment.limitation && assessment.limitation.length > 0 && (
            <Finding title={t('rights.limitation')}>
              <List size="sm" spacing={4}>
                {assessment.limitation.map((clock) => (
                  <List.Item key={clock.action}>
                    <Text size="sm">{clock.reason}</Text>
                    <Basis>{clock.basis}</Basis>
                  </List.Item>
                ))}
              </List>
            </Finding>
          )}
          {assessment.guidance && assessment.guidance.some((item) => item.applies) && (
            <Finding title={t('rights.guidance')}>
              <List size="sm" spacing={4}>
                {assessment.guidance
                  .filter((item) => item.applies)
                  .map((item) => (
                    <List.Item key={item.topic}>
                      {item.platformRule && (
                        <Badge color="grape" variant="light" size="sm" mr="xs">
                          {t('rights.platformRule')}
                        </Badge>
                      )}
                      <Text size="sm" span>
                        {item.text}
                      </Text>
                      <Basis>{item.basis}</Basis>
                    </List.Item>
                  ))}
              </List>
            </Finding>
          )}
          {assessment.nextStep && (
            <Alert color="blue" title={t('rights.nextStep')}>
              {assessment.nextStep}
            </Alert>
          )}
          {assessment.calendar && (calendarWhenUnknown || assessment.calendar.source !== 'DEFAULT') && (
            <Finding title={t('rights.calendar')} basis={assessment.calendar.basis || undefined}>
              <Text size="sm">{assessment.calendar.reason}</Text>
            </Finding>
          )}
          {assessment.ruleSet && (
            <Text size="xs" c="dimmed">
              {assessment.ruleSet.title}
              {assessment.ruleSet.notes.map((note) => ` · ${note}`)}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('rights.disclaimer')}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
