import { ActionIcon, Anchor, Badge, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useNotifications } from './useNotifications';

/** The bell in the header: the unread count, live, and the latest notifications one click away. */
export function NotificationBell() {
  const { t, instant, locale } = useI18n();
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const { items, unreadCount, markRead } = useNotifications(8, locale);
  const label = unreadCount > 0 ? t('notifications.bellUnread', { count: unreadCount }) : t('notifications.bell');

  return (
    // The popover's target is the button itself: on the Indicator's <div>, aria-expanded is not allowed (axe).
    <Indicator disabled={unreadCount === 0} label={unreadCount > 99 ? '99+' : String(unreadCount)} size={16} offset={4} color="red">
      <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={() => setOpened((o) => !o)} data-testid="notification-bell">
            <BellGlyph />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700}>{t('notifications.title')}</Text>
              {unreadCount > 0 && (
                <Button size="compact-xs" variant="subtle" onClick={() => void markRead(items.filter((n) => !n.read).map((n) => n.id))}>
                  {t('notifications.markAllRead')}
                </Button>
              )}
            </Group>
            {items.length === 0 && <Text size="sm" c="dimmed">{t('notifications.none')}</Text>}
            {items.map((n) => (
              <UnstyledButton
                key={n.id}
                onClick={() => {
                  setOpened(false);
                  if (!n.read) void markRead([n.id]);
                  // A notice about no one dispute (her access to a company's cases ended) opens the list.
                  navigate(n.disputeId ? `/disputes/${n.disputeId}` : '/notifications');
                }}
              >
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    {!n.read && <Badge size="xs" color="red" variant="filled">{t('notifications.new')}</Badge>}
                    <Text size="sm" fw={n.read ? 400 : 700} lineClamp={1}>
                      {n.title}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {n.body} · {instant(n.occurredAt as string)}
                  </Text>
                </Stack>
              </UnstyledButton>
            ))}
            <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
              {t('notifications.seeAll')}
            </Anchor>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

/** Drawn, not an emoji: a machine without an emoji font showed an empty box in its place. */
function BellGlyph() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" />
      <path d="M10 21h4" />
    </svg>
  );
}
