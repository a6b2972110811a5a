import { Alert, Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useEnterSession } from '../../session/useEnterSession';
import { AcceptAgentInvitationMutation } from './auth.operations';
import { AuthForm } from './AuthForm';
import { tokenFromLink } from './tokenFromLink';

/** Where an agent invitation's link leads: the invited person chooses her password and is signed in. */
export function AcceptInvitationPage() {
  const { t } = useI18n();
  const enter = useEnterSession();
  const token = tokenFromLink(useLocation().hash);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, accept] = useMutation(AcceptAgentInvitationMutation);

  const submit = async () => {
    const result = await accept({ input: { token, password, ...(displayName.trim() ? { displayName } : {}) } });
    if (result.data) enter(result.data.acceptAgentInvitation);
  };

  return (
    <AuthForm title={t('invitation.title')} problem={describeError(error)} onSubmit={submit}>
      {!token && <Alert color="red">{t('confirm.noToken')}</Alert>}
      <Text size="sm">{t('invitation.lead')}</Text>
      <TextInput label={t('auth.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
      <PasswordInput label={t('auth.password')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
      <Button type="submit" loading={fetching} disabled={!token}>
        {t('invitation.accept')}
      </Button>
    </AuthForm>
  );
}
