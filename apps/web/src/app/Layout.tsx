import { Anchor, AppShell, Burger, Button, Group, NavLink, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useEffect } from 'react';
import { useMutation } from 'urql';
import { useI18n, type Locale } from '../i18n/I18nProvider';
import { forgetClaimDraft } from '../features/claim/tab-storage';
import { SignOutMutation } from '../features/auth/auth.operations';
import type { MessageKey } from '../i18n/messages/en';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useSession, type Role } from '../session/SessionProvider';

interface NavItem {
  to: string;
  label: MessageKey;
}

function navItems(role: Role | undefined, merchantId: string | null | undefined): NavItem[] {
  const byRole: Record<Role, NavItem[]> = {
    CONSUMER: [
      { to: '/disputes', label: 'nav.myDisputes' },
      { to: '/claims/new', label: 'nav.newClaim' },
    ],
    MERCHANT: [
      { to: '/inbox', label: 'nav.inbox' },
      { to: '/merchant/profile', label: 'nav.profile' },
      { to: '/merchant/webhooks', label: 'nav.webhooks' },
      ...(merchantId ? [{ to: `/merchants/${merchantId}`, label: 'nav.scorecard' as const }] : []),
    ],
    MEDIATOR: [{ to: '/caseload', label: 'nav.caseload' }, { to: '/intake', label: 'nav.intake' }],
    ASSOCIATION: [{ to: '/association', label: 'nav.associationCases' }, { to: '/association/problems', label: 'nav.associationProblems' }, { to: '/association/members', label: 'nav.associationMembers' }, { to: '/association/profile', label: 'nav.associationProfile' }],
    ADMIN: [{ to: '/admin', label: 'nav.admin' }, { to: '/intake', label: 'nav.intake' }],
  };
  return [...(role ? byRole[role] : []), ...(role ? [{ to: '/notifications', label: 'nav.notifications' as const }, { to: '/account', label: 'nav.account' as const }] : []), { to: '/merchants', label: 'nav.directory' }, { to: '/associations', label: 'nav.associations' }, { to: '/statistics', label: 'nav.statistics' }, { to: '/rights', label: 'nav.rights' }, { to: '/verify', label: 'nav.verify' }];
}

export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const { user, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(close, [location.pathname, close]);
  const items = navItems(user?.role, user?.merchantId);
  const [, endSession] = useMutation(SignOutMutation);
  const leave = () => {
    // The session ends on the server too (its token, wherever a copy went, signs nobody in): asked
    // with this client, which keeps the token; signed out here at once, whatever the answer.
    void endSession({});
    forgetClaimDraft();
    signOut();
    navigate('/');
  };

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never">
              recours
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('nav.language')}
              value={locale}
              onChange={(value) => setLocale(value as Locale)}
              data={[
                // Each language named in itself, and marked as such for screen readers.
                { value: 'fr', label: <span lang="fr">FR</span> },
                { value: 'en', label: <span lang="en">EN</span> },
              ]}
            />
            {user && <NotificationBell />}
            {user ? (
              // On a phone the button moves into the menu: "Se déconnecter" does not fit beside the rest.
              <Button size="xs" variant="default" visibleFrom="sm" onClick={leave}>
                {t('nav.signOut')}
              </Button>
            ) : (
              <Button size="xs" component={Link} to="/login">
                {t('nav.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.main')}>
        <Stack gap={4}>
          {user && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('nav.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}
            </Text>
          )}
          {items.map((item) => (
            <NavLink key={item.to} component={RouterNavLink} to={item.to} end label={t(item.label)} variant="filled" />
          ))}
          {user && (
            <Button size="xs" variant="default" hiddenFrom="sm" mt="sm" onClick={leave}>
              {t('nav.signOut')}
            </Button>
          )}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
