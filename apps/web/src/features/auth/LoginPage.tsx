import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { HOME_OF } from '../../session/home-path';
import { useSession, type SessionUser } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';
import { LoginMutation } from './auth.operations';

export function LoginPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ input: { email, password } });
    if (!result.data) return;
    const user = result.data.login.user as SessionUser;
    signIn(result.data.login.token, user);
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from ?? HOME_OF[user.role], { replace: true });
  };

  return (
    <Paper maw={420} mx="auto" p="lg" withBorder>
      <PageTitle>{t('auth.login.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" loading={fetching}>
            {t('auth.login.submit')}
          </Button>
          <Text size="sm">
            {t('auth.login.noAccount')}{' '}
            <Anchor component={Link} to="/signup">
              {t('auth.signup.title')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
