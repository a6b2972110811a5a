import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { describeError, type ApiProblem } from '../../api/errors';
import { parisToday } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { MyDataQuery } from './account.operations';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** Everything recours holds about the reader, saved as a JSON file (GDPR arts. 15 and 20). */
export function MyDataDownload() {
  const { t } = useI18n();
  const { user } = useSession();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    // Asked for when wanted, never cached: the archive is as of the click.
    const result = await client.query(MyDataQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (!result.data) return setProblem(describeError(result.error));
    const url = URL.createObjectURL(new Blob([result.data.myData], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `recours-${parisToday()}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack>
      <Text size="sm">{t('account.data.lead')}</Text>
      {/* A merchant's owner or agent, and a mediator, take their own part of the disputes, not their case files (GDPR art. 15(4)). */}
      {user?.role === 'MERCHANT' && <Text size="sm">{t('account.data.merchantLead')}</Text>}
      {user?.role === 'MEDIATOR' && <Text size="sm">{t('account.data.mediatorLead')}</Text>}
      <ProblemAlert problem={problem} />
      <Group>
        <Button variant="light" loading={busy} onClick={() => void download()}>
          {t('account.data.download')}
        </Button>
      </Group>
    </Stack>
  );
}
