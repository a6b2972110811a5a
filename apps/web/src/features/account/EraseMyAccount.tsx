import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { forgetClaimDraft } from '../claim/tab-storage';
import { useSession } from '../../session/SessionProvider';
import { EraseMyAccountMutation } from './account.operations';
import { PasswordConfirmationInputs, usePasswordConfirmation } from './PasswordConfirmation';

/** The reader erases her own account (GDPR art. 17): what happens said plainly first, then her password (and code) again. */
export function EraseMyAccount({ twoFactorEnabled }: { twoFactorEnabled: boolean }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const confirmation = usePasswordConfirmation();
  const [{ fetching, error }, erase] = useMutation(EraseMyAccountMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await erase({ input: { password: confirmation.password, ...(twoFactorEnabled ? { code: confirmation.code.trim() } : {}) } });
    if (!result.data?.eraseMyAccount) return;
    forgetClaimDraft();
    signOut();
    navigate('/', { replace: true });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="erase-account-title">
      <Stack maw={560}>
        <Text size="sm">{t('account.erase.lead')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('account.erase.irreversible')}</List.Item>
          <List.Item>{t('account.erase.disputes')}</List.Item>
          <List.Item>{t('account.erase.files')}</List.Item>
          <List.Item>{t('account.erase.sessions')}</List.Item>
          <List.Item>{t('account.erase.download')}</List.Item>
        </List>
        <PasswordConfirmationInputs confirmation={confirmation} withCode={twoFactorEnabled} problem={problem} />
        <Group>
          <Button type="submit" color="red" loading={fetching}>
            {t('account.erase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
