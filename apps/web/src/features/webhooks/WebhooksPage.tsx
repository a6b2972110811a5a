import { Alert, Badge, Button, Code, Group, MultiSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import type { WebhookEventType } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';
import { DeleteWebhookMutation, RedeliverWebhookMutation, RegisterWebhookMutation, WebhookDeliveriesQuery, WebhooksQuery } from './webhooks.operations';
import { Panel } from '../../ui/Panel';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { DeliveryError } from '../notifications/DeliveryError';
import { WEBHOOK_EVENT_TYPES, webhookEventKey } from './webhook-events';

const LIST_TITLE_ID = 'webhooks-list-title';
const STATE_COLORS: Record<string, string> = { SENT: 'teal', PENDING: 'yellow', FAILED: 'red', SKIPPED: 'gray' };

/** Runs a change, then reads the list again from the server: the cache cannot know what the change did to it. */
const reloadAfter = (refresh: (context: { requestPolicy: 'network-only' }) => void, change: () => Promise<unknown>) => async () => {
  await change();
  refresh({ requestPolicy: 'network-only' });
};

/** One endpoint's delivery log, newest first, with a way to send one again. */
function Deliveries({ webhookId }: { webhookId: string }) {
  const { t, instant, number } = useI18n();
  const [log, refresh] = useQuery({ query: WebhookDeliveriesQuery, variables: { webhookId, first: 50 }, requestPolicy: 'cache-and-network' });
  const [redelivered, redeliver] = useMutation(RedeliverWebhookMutation);
  const rows = log.data?.webhookDeliveries ?? [];
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('webhooks.noDeliveries')}</Text>;
  return (
    <>
      {/* A refused "send again" is said, not ignored. */}
      <ProblemAlert problem={describeError(redelivered.error)} />
      <Table
        striped
        data={{
          head: [t('webhooks.event'), t('webhooks.state'), t('webhooks.attempts'), t('webhooks.lastAnswer'), t('webhooks.created'), t('common.actions')],
          body: rows.map((d) => [
            t(webhookEventKey(d.type)),
            <Badge color={STATE_COLORS[d.state]}>{t(`webhooks.state.${d.state}`)}</Badge>,
            number(d.attempts, 0),
            d.lastError ? <DeliveryError raw={d.lastError} /> : d.lastStatus ? t('delivery.lastAnswer.status', { status: d.lastStatus }) : '—',
            instant(d.createdAt as string),
            <Button
              size="compact-xs"
              variant="default"
              onClick={reloadAfter(refresh, () => redeliver({ deliveryId: d.id }))}
            >
              {t('webhooks.redeliver')}
            </Button>,
          ]),
        }}
      />
    </>
  );
}

/** The merchant's endpoints for its helpdesk: register (the secret shown once), delete, and each one's delivery log. */
export function WebhooksPage() {
  const { t, instant } = useI18n();
  const [list, refresh] = useQuery({ query: WebhooksQuery, requestPolicy: 'cache-and-network' });
  const [registered, register] = useMutation(RegisterWebhookMutation);
  const [deleted, remove] = useMutation(DeleteWebhookMutation);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const problem = describeError(registered.error ?? deleted.error ?? list.error);
  const types = WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: t(webhookEventKey(value)) }));
  const hooks = list.data?.webhooks ?? [];

  /** Deletes an endpoint; its button goes away with it, so the focus goes to the list's heading, not to the page's start. */
  const removeHook = async (id: string) => {
    const result = await remove({ id });
    if (result.data) document.getElementById(LIST_TITLE_ID)?.focus();
    refresh({ requestPolicy: 'network-only' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await register({ input: { url: url.trim(), ...(events.length > 0 ? { events: events as WebhookEventType[] } : {}) } });
    if (result.data) {
      setSecret(result.data.registerWebhook.secret);
      setUrl('');
      setEvents([]);
      refresh({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Stack maw={1100}>
      <PageTitle>{t('webhooks.title')}</PageTitle>
      <Text c="dimmed">{t('webhooks.intro')}</Text>
      <ProblemAlert problem={problem} placed={['url']} />
      {secret && (
        <Alert color="yellow" title={t('webhooks.secretTitle')} role="status">
          <Text size="sm">{t('webhooks.secretOnce')}</Text>
          <Code block>{secret}</Code>
        </Alert>
      )}
      <Panel title={t('webhooks.register')} titleId="register-title" as="form" onSubmit={submit} gap="sm">
        <Stack>
          <TextInput label={t('webhooks.url')} placeholder={t('webhooks.urlExample')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} required error={registered.error ? problem?.fields.url : undefined} />
          <MultiSelect label={t('webhooks.events')} description={t('webhooks.eventsAll')} data={types} value={events} onChange={setEvents} searchable clearable />
          <Group>
            <Button type="submit" loading={registered.fetching}>
              {t('webhooks.add')}
            </Button>
          </Group>
        </Stack>
      </Panel>
      {/* The endpoints under a heading, where the focus goes once one is deleted (its button is gone with it). */}
      <Panel title={t('webhooks.list')} titleId={LIST_TITLE_ID} framed={false} titleFocusable gap="sm">
        <Stack>
          {list.data && hooks.length === 0 && <Text>{t('webhooks.none')}</Text>}
          {hooks.map((hook) => (
            <Paper withBorder p="md" key={hook.id}>
              <Group justify="space-between" mb="sm">
                <Stack gap={0}>
                  <Text fw={700} style={{ wordBreak: 'break-all' }}>
                    {hook.url}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {hook.events ? hook.events.map((type) => t(webhookEventKey(type))).join(', ') : t('webhooks.allEvents')} · {instant(hook.createdAt as string)}
                  </Text>
                </Stack>
                {/* Every button reads "Delete": its name says which address it deletes. */}
                <Button color="red" variant="light" size="xs" aria-label={t('webhooks.deleteNamed', { url: hook.url })} onClick={() => void removeHook(hook.id)}>
                  {t('webhooks.delete')}
                </Button>
              </Group>
              <Deliveries webhookId={hook.id} />
            </Paper>
          ))}
        </Stack>
      </Panel>
    </Stack>
  );
}
