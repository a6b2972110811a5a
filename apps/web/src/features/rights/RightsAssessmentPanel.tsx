import { Alert, Badge, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
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
}: {
  assessment: RightsViewFragment | undefined | null;
  error?: CombinedError;
  fetching?: boolean;
  placeholder?: string;
  /** Whose rights, for the reader: "Your rights" by default (the consumer's own pages). */
  title?: string;
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
            <div>
              <Group gap="xs">
                <Text fw={600}>{t('rights.legalWarranty')}</Text>
                <Verdict yes={assessment.legalWarranty.applies} />
              </Group>
              <Text size="sm">
                {t('rights.legalWarranty.until', { date: day(assessment.legalWarranty.expiresOn) })}
                {assessment.legalWarranty.extensionMonths > 0 && ` (+${assessment.legalWarranty.extensionMonths} ${t('rights.months')})`}
              </Text>
              <Basis>{assessment.legalWarranty.basis}</Basis>
            </div>
          )}
          {assessment.presumptionOfDefect && (
            <div>
              <Group gap="xs">
                <Text fw={600}>{t('rights.presumption')}</Text>
                <Verdict yes={assessment.presumptionOfDefect.applies} />
              </Group>
              <Text size="sm">{t('rights.presumption.until', { date: day(assessment.presumptionOfDefect.until) })}</Text>
              <Basis>{assessment.presumptionOfDefect.basis}</Basis>
            </div>
          )}
          {assessment.commercialWarranty?.expiresOn && (
            <div>
              <Group gap="xs">
                <Text fw={600}>{t('rights.commercialWarranty')}</Text>
                <Verdict yes={assessment.commercialWarranty.applies} />
              </Group>
              <Text size="sm">{t('rights.legalWarranty.until', { date: day(assessment.commercialWarranty.expiresOn) })}</Text>
              <Basis>{assessment.commercialWarranty.basis}</Basis>
            </div>
          )}
          {assessment.remedies && assessment.remedies.length > 0 && (
            <div>
              <Text fw={600}>{t('rights.remedies')}</Text>
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
            </div>
          )}
          {assessment.repairDeadline && (
            <div>
              <Text fw={600}>{t('rights.repairDeadline')}</Text>
              <Text size="sm">{assessment.repairDeadline.dueOn ? day(assessment.repairDeadline.dueOn) : t('rights.reasonableTime')}</Text>
              <Basis>{assessment.repairDeadline.basis}</Basis>
            </div>
          )}
          {assessment.mediation && (
            <div>
              <Group gap="xs">
                <Text fw={600}>{t('rights.mediation')}</Text>
                <Verdict yes={assessment.mediation.eligible} />
              </Group>
              <Text size="sm">{assessment.mediation.reason}</Text>
              {assessment.mediation.lapsesOn && <Text size="sm">{t('rights.mediation.lapses', { date: day(assessment.mediation.lapsesOn) })}</Text>}
              <Basis>{assessment.mediation.basis}</Basis>
            </div>
          )}
          {assessment.courtPath && (
            <div>
              <Text fw={600}>{t('rights.court')}</Text>
              <Text size="sm">
                {money(assessment.courtPath.claimAmount)} — {assessment.courtPath.explanation}
              </Text>
              <Basis>{assessment.courtPath.basis}</Basis>
            </div>
          )}
          {assessment.notification && assessment.notification.required !== false && (
            <div>
              <Text fw={600}>{t('rights.notification')}</Text>
              <Text size="sm">{assessment.notification.reason}</Text>
              <Basis>{assessment.notification.basis}</Basis>
            </div>
          )}
          {assessment.limitation && assessment.limitation.length > 0 && (
            <div>
              <Text fw={600}>{t('rights.limitation')}</Text>
              <List size="sm" spacing={4}>
                {assessment.limitation.map((clock) => (
                  <List.Item key={clock.action}>
                    <Text size="sm">{clock.reason}</Text>
                    <Basis>{clock.basis}</Basis>
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {assessment.guidance && assessment.guidance.some((item) => item.applies) && (
            <div>
              <Text fw={600}>{t('rights.guidance')}</Text>
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
            </div>
          )}
          {assessment.nextStep && (
            <Alert color="blue" title={t('rights.nextStep')}>
              {assessment.nextStep}
            </Alert>
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
