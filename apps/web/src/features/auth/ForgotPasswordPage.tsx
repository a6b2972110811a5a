import { Alert, Anchor, Button, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { RequestPasswordResetMutation } from './auth.operations';
import { AuthForm } from './AuthForm';

/** A forgotten password: a link by e-mail. The page says the same whether the address has an account or not, as the API does. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [{ fetching, error, data }, request] = useMutation(RequestPasswordResetMutation);

  return (
    <AuthForm title={t('reset.request.title')} problem={describeError(error)} onSubmit={() => request({ input: { email } })}>
      {data?.requestPasswordReset ? (
        <Alert color="teal" role="status">
          {t('reset.request.sent')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('reset.request.lead')}</Text>
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <Button type="submit" loading={fetching}>
            {t('reset.request.submit')}
          </Button>
        </>
      )}
      <Anchor component={Link} to="/login" size="sm">
        {t('reset.backToLogin')}
      </Anchor>
    </AuthForm>
  );
}
