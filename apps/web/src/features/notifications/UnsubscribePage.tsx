import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { unsubscribeOutcome } from '../../api/outcomes';
import { PageTitle } from '../../ui/PageTitle';

/**
 * Where an e-mail's unsubscribe link leads in a browser: it asks first (link checkers follow
 * links), then POSTs the same link, as a mail client's one-click unsubscribe does (RFC 8058).
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const [state, setState] = useState<'ask' | 'done' | 'invalid' | 'failed'>('ask');
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    let status: number | null = null;
    try {
      const answer = await fetch(`/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      status = answer.status;
    } catch {
      // No answer: said as a failure to try again, not as a bad link.
    }
    setBusy(false);
    setState(unsubscribeOutcome(status));
  };
  return (
    <Stack maw={560}>
      <PageTitle>{t('unsubscribe.title')}</PageTitle>
      <Paper withBorder p="md">
        {(state === 'ask' || state === 'failed') && (
          <Stack>
            <Text>{t('unsubscribe.ask')}</Text>
            {state === 'failed' && (
              <Alert color="red" role="alert">
                {t('unsubscribe.failed')}
              </Alert>
            )}
            <Button onClick={() => void confirm()} loading={busy}>
              {t('unsubscribe.confirm')}
            </Button>
          </Stack>
        )}
        {state === 'done' && (
          <Alert color="teal" role="status">
            {t('unsubscribe.done')}
          </Alert>
        )}
        {state === 'invalid' && (
          <Alert color="red" role="alert">
            {t('unsubscribe.invalid')}
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}
