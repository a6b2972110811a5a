import { Alert, Anchor, Button, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { HOME_OF } from '../../session/home-path';
import { useSession, type SessionUser } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';
import { SignUpMutation } from './auth.operations';

type SignUpRole = 'CONSUMER' | 'MERCHANT';

/** Consumers and merchants sign up alone; mediators and associations are created by an admin. */
export function SignUpPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [role, setRole] = useState<SignUpRole>('CONSUMER');
  const [displayName, setDisplayName] = useState('');
  const [merchantName, setMerchantName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, signUp] = useMutation(SignUpMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await signUp({ input: { role, displayName, email, password, ...(role === 'MERCHANT' ? { merchantName } : {}) } });
    if (!result.data) return;
    const user = result.data.signUp.user as SessionUser;
    signIn(result.data.signUp.token, user);
    navigate(role === 'MERCHANT' ? '/merchant/profile' : HOME_OF[user.role], { replace: true });
  };

  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <PageTitle>{t('auth.signup.title')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem.message}
              {Object.entries(problem.fields).map(([field, message]) => (
                <div key={field}>
                  {field}: {message}
                </div>
              ))}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} id="signup-role" mb={4}>
              {t('auth.signup.iAm')}
            </Text>
            <SegmentedControl
              aria-labelledby="signup-role"
              fullWidth
              value={role}
              onChange={(value) => setRole(value as SignUpRole)}
              data={[
                { value: 'CONSUMER', label: t('auth.signup.asConsumer') },
                { value: 'MERCHANT', label: t('auth.signup.asMerchant') },
              ]}
            />
          </div>
          <TextInput label={t('auth.displayName')} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={problem?.fields.displayName} />
          {role === 'MERCHANT' && (
            <TextInput label={t('auth.merchantName')} autoComplete="organization" required value={merchantName} onChange={(e) => setMerchantName(e.currentTarget.value)} error={problem?.fields.merchantName} />
          )}
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.fields.email} />
          <PasswordInput label={t('auth.password')} description={t('auth.passwordHint')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.fields.password} />
          <Button type="submit" loading={fetching}>
            {t('auth.signup.submit')}
          </Button>
          <Text size="sm">
            {t('auth.signup.haveAccount')}{' '}
            <Anchor component={Link} to="/login">
              {t('auth.login.title')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
