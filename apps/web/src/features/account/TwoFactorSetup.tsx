import { Button, Code, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { ConfirmTwoFactorMutation, EnrolTwoFactorMutation } from './account.operations';
import { ProblemAlert } from '../../ui/ProblemAlert';

export interface SignedIn {
  token: string;
  user: unknown;
}

/**
 * Setting up two-step verification: a secret shown as a QR code and as a key, confirmed by a
 * first code; then the recovery codes, shown once. `token` is a sign-in's enrolment-only token
 * (its role must enrol first); without it, the session's own.
 */
export function TwoFactorSetup({ token, onDone }: { token?: string; onDone(signedIn: SignedIn | null): void }) {
  const { t, locale } = useI18n();
  // The enrolment-only token is not the session's: it is sent with these two requests only.
  const context = token ? { fetchOptions: { headers: { authorization: `Bearer ${token}`, 'accept-language': locale } } } : undefined;
  const [enrolment, enrol] = useMutation(EnrolTwoFactorMutation);
  const [confirmation, confirm] = useMutation(ConfirmTwoFactorMutation);
  const [code, setCode] = useState('');
  const problem = describeError(enrolment.error ?? confirmation.error);
  const secret = enrolment.data?.enrolTwoFactor;
  const done = confirmation.data?.confirmTwoFactor;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await confirm({ input: { code: code.trim() } }, context);
  };

  if (done) {
    return (
      <Stack>
        <Text fw={600}>{t('twoFactor.recoveryTitle')}</Text>
        <Text size="sm">{t('twoFactor.recoveryLead')}</Text>
        <List data-testid="recovery-codes">
          {done.recoveryCodes.map((recovery) => (
            <List.Item key={recovery}>
              <Code>{recovery}</Code>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button onClick={() => onDone(done.signedIn ? { token: done.signedIn.token, user: done.signedIn.user } : null)}>{t('twoFactor.continue')}</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      <ProblemAlert problem={problem} />
      {!secret ? (
        <Group>
          <Button loading={enrolment.fetching} onClick={() => void enrol({}, context)}>
            {t('twoFactor.start')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('twoFactor.scan')}</Text>
            <QRCodeSVG value={secret.otpauthUri} size={176} role="img" aria-label={t('twoFactor.qr')} />
            <Text size="sm">{t('twoFactor.key')}</Text>
            <Code data-testid="two-factor-key">{secret.secret}</Code>
            <TextInput label={t('twoFactor.code')} inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
            <Group>
              <Button type="submit" loading={confirmation.fetching}>
                {t('twoFactor.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
