import { Badge, Button, Group, Paper, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { HeadedTable } from '../../ui/HeadedTable';
import { notifications as toasts } from '@mantine/notifications';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession, type SessionUser } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';
import { AccountSecurityQuery, ChangePasswordMutation, DisableTwoFactorMutation, RevokeOtherSessionsMutation, RevokeSessionMutation, RequestEmailChangeMutation, UpdateMyProfileMutation } from './account.operations';
import { EraseMyAccount } from './EraseMyAccount';
import { MyDataDownload } from './MyDataDownload';
import { TwoFactorSetup } from './TwoFactorSetup';
import { sayDevice } from './device-name';
import { PasswordConfirmationInputs, usePasswordConfirmation } from './PasswordConfirmation';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ResendConfirmationButton } from '../auth/ConfirmAgain';

function Section({ title, titleId, children }: { title: string; titleId?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="sm" id={titleId}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The account's name, its security (password, sessions, two-step verification), its data and its erasure. */
export function AccountPage() {
  const { t } = useI18n();
  const [security, refresh] = useQuery({ query: AccountSecurityQuery, requestPolicy: 'network-only' });
  const reload = () => refresh({ requestPolicy: 'network-only' });
  return (
    <Stack maw={860}>
      <PageTitle>{t('account.title')}</PageTitle>
      <ProblemAlert problem={describeError(security.error)} />
      <Section title={t('account.name.title')}>
        {security.data && <NameChange key={security.data.me.displayName} current={security.data.me.displayName} onChanged={reload} />}
      </Section>
      <Section title={t('account.email.title')}>
        {security.data?.me.email && <EmailAddress email={security.data.me.email} confirmed={!!security.data.me.emailVerified} />}
        <EmailChange />
      </Section>
      <Section title={t('account.password.title')}>
        <PasswordChange onChanged={reload} />
      </Section>
      <Section title={t('account.sessions.title')}>
        <SessionList sessions={security.data?.mySessions ?? []} onChanged={reload} />
      </Section>
      <Section title={t('twoFactor.title')}>
        {security.data && <TwoFactorSettings enabled={!!security.data.me.twoFactorEnabled} required={!!security.data.me.twoFactorRequired} onChanged={reload} />}
      </Section>
      <Section title={t('account.data.title')}>
        <MyDataDownload />
      </Section>
      <Section title={t('account.erase.title')} titleId="erase-account-title">
        {security.data && <EraseMyAccount twoFactorEnabled={!!security.data.me.twoFactorEnabled} />}
      </Section>
    </Stack>
  );
}

/** The account's address, whether it is confirmed, and while it is not, the way to a new confirmation e-mail. */
function EmailAddress({ email, confirmed }: { email: string; confirmed: boolean }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text>{email}</Text>
        <Badge color={confirmed ? 'teal' : 'orange'} variant="light">
          {confirmed ? t('account.email.confirmed') : t('account.email.unconfirmed')}
        </Badge>
      </Group>
      {!confirmed && (
        <>
          <Text size="sm">{t('confirmAgain.unconfirmed', { email })}</Text>
          <ResendConfirmationButton email={email} />
        </>
      )}
    </Stack>
  );
}

/** A new address: a link is sent there, her current one is told; it changes when the link is opened (ConfirmEmailPage). */
function EmailChange() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, request] = useMutation(RequestEmailChangeMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await request({ input: { newEmail: email, currentPassword: password } })).data) return;
    setPassword('');
    toasts.show({ color: 'teal', message: t('account.email.requested') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420} mt="md">
        <ProblemAlert problem={problem} placed={['newEmail', 'currentPassword']} />
        <TextInput type="email" label={t('account.email.new')} description={t('account.email.changeHint')} autoComplete="email" required value={email} error={problem?.fields.newEmail} onChange={(e) => setEmail(e.currentTarget.value)} />
        <PasswordInput label={t('account.password.current')} autoComplete="current-password" required value={password} error={problem?.fields.currentPassword} onChange={(e) => setPassword(e.currentTarget.value)} />
        <Group>
          <Button type="submit" variant="light" loading={fetching}>
            {t('account.email.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Her name as the others read it (GDPR art. 16): checked by the API as sign-up checks it, refused on the field. */
function NameChange({ current, onChanged }: { current: string; onChanged(): void }) {
  const { t } = useI18n();
  const { token, user, signIn } = useSession();
  const [name, setName] = useState(current);
  const [{ fetching, error }, update] = useMutation(UpdateMyProfileMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ input: { displayName: name } });
    if (!result.data) return;
    // The header names the session's user: it reads the new name at once.
    if (token && user) signIn(token, { ...user, displayName: result.data.updateMyProfile.displayName });
    toasts.show({ color: 'teal', message: t('account.name.changed') });
    onChanged();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <ProblemAlert problem={problem} placed={['displayName']} />
        <TextInput label={t('account.name.label')} description={t('account.name.hint')} autoComplete="name" required value={name} error={problem?.fields.displayName} onChange={(e) => setName(e.currentTarget.value)} />
        <Group>
          <Button type="submit" loading={fetching} disabled={name === current}>
            {t('account.name.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PasswordChange({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const { user, signIn } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [{ fetching, error }, change] = useMutation(ChangePasswordMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await change({ input: { currentPassword: current, newPassword: next } });
    if (!result.data) return;
    // Every earlier token was revoked, this session's too: carry on with the new one.
    signIn(result.data.changePassword.token, (result.data.changePassword.user as SessionUser) ?? user);
    setCurrent('');
    setNext('');
    toasts.show({ color: 'teal', message: t('account.password.changed') });
    onChanged();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        <ProblemAlert problem={problem} placed={['currentPassword', 'newPassword']} />
        <PasswordInput label={t('account.password.current')} autoComplete="current-password" required value={current} error={problem?.fields.currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)} />
        <PasswordInput label={t('account.password.new')} description={t('auth.passwordHint')} autoComplete="new-password" required value={next} error={problem?.fields.newPassword} onChange={(e) => setNext(e.currentTarget.value)} />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('account.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface SessionRow {
  id: string;
  userAgent: string;
  createdAt: unknown;
  lastSeenAt: unknown;
  current: boolean;
}

function SessionList({ sessions, onChanged }: { sessions: SessionRow[]; onChanged(): void }) {
  const { t, instant } = useI18n();
  const [revoking, revoke] = useMutation(RevokeSessionMutation);
  const [revokingOthers, revokeOthers] = useMutation(RevokeOtherSessionsMutation);
  const problem = describeError(revoking.error ?? revokingOthers.error);
  const ended = () => {
    toasts.show({ color: 'teal', message: t('account.sessions.revoked') });
    onChanged();
  };
  return (
    <Stack>
      <ProblemAlert problem={problem} />
      <HeadedTable headers={[t('account.sessions.device'), t('account.sessions.created'), t('account.sessions.lastSeen'), t('common.actions')]} caption={t('account.sessions.table')} captionHidden minWidth={560}>
        {sessions.map((session) => (
          <Table.Tr key={session.id}>
            <Table.Td>
              <Text size="sm">{sayDevice(session.userAgent, t)}</Text>
            </Table.Td>
            <Table.Td>{instant(String(session.createdAt))}</Table.Td>
            <Table.Td>{instant(String(session.lastSeenAt))}</Table.Td>
            <Table.Td>
              {session.current ? (
                <Badge variant="light">{t('account.sessions.current')}</Badge>
              ) : (
                <Button size="xs" variant="light" color="red" loading={revoking.fetching} onClick={async () => (await revoke({ input: { sessionId: session.id } })).data && ended()}>
                  {t('account.sessions.revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </HeadedTable>
      {sessions.some((s) => !s.current) && (
        <Group>
          <Button variant="light" color="red" loading={revokingOthers.fetching} onClick={async () => (await revokeOthers({})).data && ended()}>
            {t('account.sessions.revokeOthers')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function TwoFactorSettings({ enabled, required, onChanged }: { enabled: boolean; required: boolean; onChanged(): void }) {
  const { t } = useI18n();
  const confirmation = usePasswordConfirmation();
  const [{ fetching, error }, disable] = useMutation(DisableTwoFactorMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await disable({ input: { password: confirmation.password, code: confirmation.code.trim() } })).data) onChanged();
  };

  return (
    <Stack>
      <Group>
        <Badge color={enabled ? 'teal' : 'gray'}>{enabled ? t('twoFactor.on') : t('twoFactor.off')}</Badge>
        {required && <Badge variant="outline">{t('twoFactor.required')}</Badge>}
      </Group>
      <Text size="sm">{t('twoFactor.lead')}</Text>
      {!enabled && <TwoFactorSetup onDone={onChanged} />}
      {enabled && !required && (
        <form onSubmit={submit} noValidate>
          <Stack maw={420}>
            <Text size="sm">{t('twoFactor.disableLead')}</Text>
            <PasswordConfirmationInputs confirmation={confirmation} withCode problem={problem} />
            <Group>
              <Button type="submit" color="red" variant="light" loading={fetching}>
                {t('twoFactor.disable')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
