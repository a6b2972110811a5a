import { PasswordInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiProblem } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { ProblemAlert } from '../../ui/ProblemAlert';

/**
 * The password, and the code of two-step verification where it is on, with which the reader
 * confirms a step on her own account (turning two-step verification off, erasing the account).
 */
export function usePasswordConfirmation() {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  return { password, setPassword, code, setCode };
}

/** Its inputs, each with what the API said of it, and above them whatever else the API refused. */
export function PasswordConfirmationInputs({ confirmation, withCode, problem }: { confirmation: ReturnType<typeof usePasswordConfirmation>; withCode: boolean; problem: ApiProblem | null }) {
  const { t } = useI18n();
  return (
    <>
      <ProblemAlert problem={problem} placed={['password', 'code']} />
      <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={confirmation.password} error={problem?.fields.password} onChange={(e) => confirmation.setPassword(e.currentTarget.value)} />
      {withCode && <TextInput label={t('auth.login.code')} autoComplete="one-time-code" required value={confirmation.code} error={problem?.fields.code} onChange={(e) => confirmation.setCode(e.currentTarget.value)} />}
    </>
  );
}
