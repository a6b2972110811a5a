import { Alert, Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useEnterSession } from '../../session/useEnterSession';
import { AuthForm } from '../auth/AuthForm';
import { tokenFromLink } from '../auth/tokenFromLink';
import { TakeOverMerchantMutation } from './merchant-takeover.operations';

/** Where the takeover link leads (sent to an address at the company's own domain): the company's owner chooses her password and reaches its inbox. */
export function MerchantTakeoverPage() {
  const { t } = useI18n();
  const enter = useEnterSession();
  const token = tokenFromLink(useLocation().hash);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, takeOver] = useMutation(TakeOverMerchantMutation);
  const problem = describeError(error);

  const submit = async () => {
    const result = await takeOver({ input: { token, displayName, password } });
    if (result.data) enter(result.data.takeOverMerchant, () => '/inbox');
  };

  return (
    <AuthForm title={t('takeover.title')} problem={problem} placed={['displayName', 'password']} onSubmit={submit}>
      {!token && <Alert color="red">{t('confirm.noToken')}</Alert>}
      <Text size="sm">{t('takeover.lead')}</Text>
      <TextInput label={t('auth.displayName')} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={problem?.fields.displayName} />
      <PasswordInput
        label={t('auth.password')}
        description={t('auth.passwordHint')}
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={problem?.fields.password}
      />
      <Button type="submit" loading={fetching} disabled={!token}>
        {t('takeover.submit')}
      </Button>
    </AuthForm>
  );
}
