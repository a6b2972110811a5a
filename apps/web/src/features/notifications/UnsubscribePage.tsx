import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';

/**
 * Where an e-mail's unsubscribe link leads in a browser: it asks first (link checkers follow
 * links), then POSTs the same link, as a mail client's one-click unsubscribe does (RFC 8058).
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const [state, setState] = useState<'ask' | 'done' | 'invalid'>('ask');
  const confirm = async () => {
    const answer = await fetch(`/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    setState(answer.ok ? 'done' : 'invalid');
  };
  return (
    <Stack maw={560}>
      <PageTitle>{t('unsubscribe.title')}</PageTitle>
      <Paper withBorder p="md">
        {state === 'ask' && (
          <Stack>
            <Text>{t('unsubscribe.ask')}</Text>
            <Button onClick={() => void confirm()}>{t('unsubscribe.confirm')}</Button>
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
