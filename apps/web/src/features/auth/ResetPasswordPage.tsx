import { Alert, Anchor, Button, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useEnterSession } from '../../session/useEnterSession';
import { ResetPasswordMutation } from './auth.operations';
import { AuthForm } from './AuthForm';
import { tokenFromLink } from './tokenFromLink';

/** Where a reset e-mail's link leads: a new password, then signed in (every other session ends). */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const enter = useEnterSession();
  const token = tokenFromLink(useLocation().hash);
  const [password, setPassword] = useState('');
  const [{ fetching, error }, reset] = useMutation(ResetPasswordMutation);

  const submit = async () => {
    const result = await reset({ input: { token, password } });
    if (result.data) enter(result.data.resetPassword);
  };

  return (
    <AuthForm title={t('reset.title')} problem={describeError(error)} onSubmit={submit}>
      {!token && <Alert color="red">{t('confirm.noToken')}</Alert>}
      <PasswordInput label={t('reset.newPassword')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      <Button type="submit" loading={fetching} disabled={!token}>
        {t('reset.submit')}
      </Button>
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('reset.askAgain')}
      </Anchor>
    </AuthForm>
  );
}
