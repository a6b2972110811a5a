import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { EmailConfirmationStatusQuery, RequestEmailConfirmationMutation, ResendEmailConfirmationMutation } from './auth.operations';

/**
 * Sends the signed-in account's address confirmation e-mail again (the first one went to spam, or
 * its link expired), and says what came of it: on its way, or why not (already confirmed, too
 * many in the hour), in the reader's language.
 */
export function ResendConfirmationButton({ email }: { email: string }) {
  const { t } = useI18n();
  const [{ fetching, error, data }, resend] = useMutation(ResendEmailConfirmationMutation);
  return (
    <Stack gap="xs">
      {data?.resendEmailConfirmation && (
        <Alert color="teal" role="status">
          {t('confirmAgain.sent', { email })}
        </Alert>
      )}
      <ProblemAlert problem={describeError(error)} />
      <Group>
        <Button variant="light" loading={fetching} onClick={() => void resend({})}>
          {t('confirmAgain.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * For a signed-in account whose address is not confirmed yet: says so, with the button to send the
 * e-mail again. Nothing once it is confirmed, unless an invited company's profile still waits for
 * its link (the address confirmed by a password reset, the link expired).
 */
export function UnconfirmedAddressNotice() {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: EmailConfirmationStatusQuery, requestPolicy: 'network-only' });
  const me = data?.me;
  if (!me?.email || (me.emailVerified && !me.awaitsInvitedProfile)) return null;
  return (
    <Alert color="orange">
      <Stack gap="sm">
        <Text size="sm">{t(me.emailVerified ? 'confirmAgain.invitedProfile' : 'confirmAgain.unconfirmed', { email: me.email })}</Text>
        <ResendConfirmationButton email={me.email} />
      </Stack>
    </Alert>
  );
}

/** Signed out, by the account's address: the answer says the same whether the address has an account or not, as the API does. */
export function RequestConfirmationByAddress() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [{ fetching, error, data }, request] = useMutation(RequestEmailConfirmationMutation);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({ input: { email } });
  };
  if (data?.requestEmailConfirmation) {
    return (
      <Alert color="teal" role="status">
        {t('confirmAgain.signedOutSent')}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('confirmAgain.lead')}</Text>
        <ProblemAlert problem={describeError(error)} />
        <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Group>
          <Button type="submit" variant="light" loading={fetching}>
            {t('confirmAgain.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
