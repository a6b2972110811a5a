import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/I18nProvider';
import { DueDate } from '../../../ui/DueDate';
import { PageTitle } from '../../../ui/PageTitle';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useDisputeScope } from '../DisputeContext';
import { DownloadButton } from '../../files/DownloadButton';

const PHASE_CLOCKS: string[] = ['ADMISSIBILITY_DUE', 'MEDIATION_OUTCOME_DUE', 'REMEDY_DUE'];

export function DisputeHeader({ live }: { live: boolean }) {
  const { dispute } = useDisputeScope();
  const { t, label, money, instant } = useI18n();
  const sorted = [...dispute.deadlines].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  // Once a mediation runs, its own clock is the one that moves the case; an earlier offer's expiry stays listed with the deadlines.
  const next = sorted.find((deadline) => PHASE_CLOCKS.includes(deadline.kind)) ?? sorted[0];
  return (
    <Stack gap="xs">
      <PageTitle>{`${dispute.product.brand} ${dispute.product.name}`}</PageTitle>
      <Paper withBorder p="sm">
        <Group gap="lg" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              {t('dispute.status')}
            </Text>
            <StatusBadge status={dispute.status} />
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('dispute.whoseTurn')}
            </Text>
            <Text fw={600} data-testid="whose-turn">
              {label('turn', dispute.whoseTurn)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('dispute.merchant')}
            </Text>
            <Text fw={600}>{dispute.merchant?.name ?? '—'}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('dispute.requested')}
            </Text>
            <Text fw={600}>
              {label('remedy', dispute.requestedRemedy)} · {money(dispute.purchase.price)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('dispute.nextDeadline')}
            </Text>
            <div data-testid="next-deadline">{next ? <DueDate kind={next.kind} dueAt={next.dueAt} dueOn={next.dueOn} /> : <Text>—</Text>}</div>
          </div>
          {dispute.mandate && (
            <div>
              <Text size="xs" c="dimmed">
                {t('dispute.mandate')}
              </Text>
              {dispute.mandate.association && <Text fw={600}>{dispute.mandate.association.name}</Text>}
              <Text fw={dispute.mandate.association ? undefined : 600} size={dispute.mandate.association ? 'sm' : undefined}>
                {t('dispute.mandateSince', { at: instant(dispute.mandate.grantedAt) })}
              </Text>
              {dispute.mandate.document && (
                <DownloadButton path={`/files/${dispute.mandate.document.file.id}`} fileName={dispute.mandate.document.name} variant="subtle">
                  {t('mandate.download')}
                </DownloadButton>
              )}
            </div>
          )}
          {(dispute.advisers ?? []).length > 0 && (
            <div>
              <Text size="xs" c="dimmed">
                {t('dispute.advisers')}
              </Text>
              <Text fw={600}>{dispute.advisers!.map((a) => a.association.name).join(', ')}</Text>
            </div>
          )}
          {live && (
            <Badge color="teal" variant="outline" aria-label={t('dispute.liveHint')}>
              {t('dispute.live')}
            </Badge>
          )}
        </Group>
      </Paper>
    </Stack>
  );
}
