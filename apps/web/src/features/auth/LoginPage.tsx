import { Alert, Anchor, Button, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { LeadAndLink } from '../../ui/LeadAndLink';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { isNextSignInStep } from '../../api/problem-words';
import { useI18n } from '../../i18n/I18nProvider';
import { useEnterSession } from '../../session/useEnterSession';
import type { SessionUser } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';
import { TwoFactorSetup } from '../account/TwoFactorSetup';
import { LoginMutation } from './auth.operations';
import { AuthForm } from './AuthForm';
import { afterSignInToAskAgain } from './failedLink';

export function LoginPage() {
  const { t } = useI18n();
  const enter = useEnterSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Once the API asked for it (TWO_FACTOR_REQUIRED), the form has a field for the code.
  const [askCode, setAskCode] = useState(false);
  // Whether the last attempt was made with the code field there: the first TWO_FACTOR_REQUIRED is the next step, not an error.
  const [codeWasAsked, setCodeWasAsked] = useState(false);
  // A sign-in whose role must set up two-step verification first: its token is good for that only.
  const [enrolmentToken, setEnrolmentToken] = useState<string | null>(null);
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  // Where to go once signed in: `from`, or, from a refused company address's link, what applies to the account signed in to.
  const from = (user: SessionUser) => {
    const state = location.state as { from?: string; askAgainFrom?: string } | null;
    return state?.askAgainFrom ? afterSignInToAskAgain(user, state.askAgainFrom) : state?.from;
  };

  const submit = async () => {
    setCodeWasAsked(askCode);
    const result = await login({ input: { email, password, ...(askCode && code.trim() ? { code: code.trim() } : {}) } });
    if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'TWO_FACTOR_REQUIRED')) setAskCode(true);
    if (!result.data) return;
    if (result.data.login.twoFactorEnrolmentRequired) return setEnrolmentToken(result.data.login.token);
    enter(result.data.login, from);
  };

  const problem = describeError(error);

  if (enrolmentToken) {
    return (
      <Paper maw={480} mx="auto" p="lg" withBorder>
        <PageTitle>{t('twoFactor.title')}</PageTitle>
        <Stack>
          <Alert color="blue">{t('twoFactor.requiredLead')}</Alert>
          <TwoFactorSetup token={enrolmentToken} onDone={(signedIn) => signedIn && enter(signedIn, from)} />
        </Stack>
      </Paper>
    );
  }

  return (
    <AuthForm title={t('auth.login.title')} problem={isNextSignInStep(problem, codeWasAsked) ? null : problem} onSubmit={submit}>
      <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
      <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      {askCode && (
        <TextInput
          label={t('auth.login.code')}
          description={t('auth.login.codeHint')}
          autoComplete="one-time-code"
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
      )}
      <Button type="submit" loading={fetching}>
        {t('auth.login.submit')}
      </Button>
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('reset.forgot')}
      </Anchor>
      <LeadAndLink lead={t('auth.login.noAccount')} to="/signup">
        {t('auth.signup.title')}
      </LeadAndLink>
    </AuthForm>
  );
}
