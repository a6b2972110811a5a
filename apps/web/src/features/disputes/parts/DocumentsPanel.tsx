import { Group, Stack, Text } from '@mantine/core';
import { parisToday } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { DownloadButton } from '../../files/DownloadButton';
import { useDisputeScope } from '../DisputeContext';
import { Panel } from '../../../ui/Panel';
import { formalNoticeDemandNotice } from './formal-notice-demand';
import { withdrawalOpenUntil } from './withdrawal-offer';

/** The formal notice and, while the 14 days are open, the withdrawal letter to send (the consumer's side), and the case file (every party). */
export function DocumentsPanel() {
  const { dispute, side } = useDisputeScope();
  const { t, day } = useI18n();
  const today = parisToday();
  const base = `/disputes/${dispute.id}`;
  const withdrawalUntil = side === 'CONSUMER' ? withdrawalOpenUntil(dispute.rights?.guidance) : null;
  const demandNotice = side === 'CONSUMER' ? formalNoticeDemandNotice(dispute) : null;
  return (
    <Panel title={t('documents.title')} titleId="documents-title">
      <Stack gap="sm">
        {side === 'CONSUMER' && (
          <div>
            <Text size="sm" mb={4}>
              {t('documents.formalNoticeLead')}
            </Text>
            {demandNotice && (
              <Text size="sm" mb={4}>
                {t(demandNotice)}
              </Text>
            )}
            <Group gap="xs">
              <DownloadButton path={`${base}/formal-notice.pdf?locale=fr`} fileName={`mise-en-demeure-${today}.pdf`}>
                {t('documents.formalNoticeFr')}
              </DownloadButton>
              <DownloadButton path={`${base}/formal-notice.pdf?locale=en`} fileName={`formal-notice-${today}.pdf`}>
                {t('documents.formalNoticeEn')}
              </DownloadButton>
            </Group>
          </div>
        )}
        {withdrawalUntil && (
          <div>
            <Text size="sm" mb={4}>
              {t('documents.withdrawalLead', { date: day(withdrawalUntil) })}
            </Text>
            <Group gap="xs">
              <DownloadButton path={`${base}/withdrawal.pdf?locale=fr`} fileName={`retractation-${today}.pdf`}>
                {t('documents.withdrawalFr')}
              </DownloadButton>
              <DownloadButton path={`${base}/withdrawal.pdf?locale=en`} fileName={`withdrawal-${today}.pdf`}>
                {t('documents.withdrawalEn')}
              </DownloadButton>
            </Group>
          </div>
        )}
        <div>
          <Text size="sm" mb={4}>
            {t('documents.caseFileLead')}
          </Text>
          <Group gap="xs">
            <DownloadButton path={`${base}/case-file.pdf`} fileName={`${t('documents.caseFileName')}-${today}.pdf`}>
              {t('documents.caseFilePdf')}
            </DownloadButton>
            <DownloadButton path={`${base}/case-file.json`} fileName={`${t('documents.caseFileName')}-${today}.json`} variant="subtle">
              {t('documents.caseFileJson')}
            </DownloadButton>
          </Group>
        </div>
      </Stack>
    </Panel>
  );
}
