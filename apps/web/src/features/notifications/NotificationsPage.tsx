import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';
import { MyPreferencesQuery, UpdateMyPreferencesMutation } from './notifications.operations';
import { useNotifications } from './useNotifications';
import { Panel } from '../../ui/Panel';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { LabelledChoice } from '../../ui/LabelledChoice';

/** Every notification of the reader, newest first, and how they want to hear of them. */
export function NotificationsPage() {
  const { t, instant, locale } = useI18n();
  const { items, unreadCount, markRead, error } = useNotifications(50, locale);
  const [preferences] = useQuery({ query: MyPreferencesQuery });
  const [update, save] = useMutation(UpdateMyPreferencesMutation);
  const current = update.data?.updateMyPreferences ?? preferences.data?.myPreferences;
  const problem = describeError(update.error ?? error);

  const change = async (input: { emailNotifications?: boolean; digest?: 'NONE' | 'DAILY'; locale?: 'fr' | 'en' }) => {
    const result = await save({ input });
    if (result.data) toasts.show({ color: 'teal', message: t('dispute.saved') });
  };

  return (
    <Stack maw={860}>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <ProblemAlert problem={problem} />
      <Panel title={t('notifications.preferences')} titleId="preferences-title" as="div" gap="sm">
        {current && (
          <Stack>
            <LabelledChoice
              label={t('notifications.language')}
              value={current.locale}
              onChange={(locale: 'fr' | 'en') => void change({ locale })}
              data={[
                { value: 'fr', label: <span lang="fr">Français</span> },
                { value: 'en', label: <span lang="en">English</span> },
              ]}
            />
            <Switch label={t('notifications.byEmail')} checked={current.emailNotifications} onChange={(e) => void change({ emailNotifications: e.currentTarget.checked })} />
            <LabelledChoice
              label={t('notifications.digest')}
              disabled={!current.emailNotifications}
              value={current.digest}
              onChange={(digest: 'NONE' | 'DAILY') => void change({ digest })}
              data={[
                { value: 'NONE', label: t('notifications.digest.NONE') },
                { value: 'DAILY', label: t('notifications.digest.DAILY') },
              ]}
            >
              <Text size="xs" c="dimmed" mt={4}>
                {t('notifications.digestNote')}
              </Text>
            </LabelledChoice>
          </Stack>
        )}
      </Panel>
      <Group justify="space-between">
        <Text>{t('notifications.unread', { count: unreadCount })}</Text>
        {unreadCount > 0 && (
          <Button variant="default" size="xs" onClick={() => void markRead(items.filter((n) => !n.read).map((n) => n.id))}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {items.length === 0 && <Text c="dimmed">{t('notifications.none')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((n) => (
          <Paper component="li" key={n.id} withBorder p="sm" bg={n.read ? undefined : 'blue.0'}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Group gap={6}>
                  {!n.read && <Badge size="xs" color="red">{t('notifications.new')}</Badge>}
                  {n.disputeId ? (
                    <Anchor component={Link} to={`/disputes/${n.disputeId}`} fw={n.read ? 400 : 700} onClick={() => !n.read && void markRead([n.id])}>
                      {n.title}
                    </Anchor>
                  ) : (
                    // A notice about no one dispute (her access to a company's cases ended): nothing to open.
                    <Text fw={n.read ? 400 : 700}>{n.title}</Text>
                  )}
                </Group>
                <Text size="sm">{n.body}</Text>
                <Text size="xs" c="dimmed">
                  {instant(n.occurredAt as string)}
                </Text>
              </Stack>
              {!n.read && (
                <Button size="compact-xs" variant="subtle" onClick={() => void markRead([n.id])}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
