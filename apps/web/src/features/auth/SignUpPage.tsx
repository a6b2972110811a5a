import { Button, PasswordInput, TextInput } from '@mantine/core';
import { LeadAndLink } from '../../ui/LeadAndLink';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useEnterSession } from '../../session/useEnterSession';
import { SignUpMutation } from './auth.operations';
import { LabelledChoice } from '../../ui/LabelledChoice';
import { AuthForm } from './AuthForm';

type SignUpRole = 'CONSUMER' | 'MERCHANT';

/** The fields whose refusal shows under the field itself. */
const SHOWN = ['displayName', 'merchantName', 'email', 'password'];

/** Consumers and merchants sign up alone; mediators and associations are created by an admin. */
export function SignUpPage() {
  const { t } = useI18n();
  const enter = useEnterSession();
  const [role, setRole] = useState<SignUpRole>('CONSUMER');
  const [displayName, setDisplayName] = useState('');
  const [merchantName, setMerchantName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, signUp] = useMutation(SignUpMutation);
  const problem = describeError(error);

  const submit = async () => {
    const result = await signUp({ input: { role, displayName, email, password, ...(role === 'MERCHANT' ? { merchantName } : {}) } });
    if (result.data) enter(result.data.signUp, () => (role === 'MERCHANT' ? '/merchant/profile' : undefined));
  };

  return (
    <AuthForm title={t('auth.signup.title')} problem={problem} placed={SHOWN} width={460} onSubmit={submit}>
      <LabelledChoice<SignUpRole>
        label={t('auth.signup.iAm')}
        fullWidth
        value={role}
        onChange={setRole}
        data={[
          { value: 'CONSUMER', label: t('auth.signup.asConsumer') },
          { value: 'MERCHANT', label: t('auth.signup.asMerchant') },
        ]}
      />
      <TextInput label={t('auth.displayName')} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={problem?.fields.displayName} />
      {role === 'MERCHANT' && (
        <TextInput label={t('auth.merchantName')} autoComplete="organization" required value={merchantName} onChange={(e) => setMerchantName(e.currentTarget.value)} error={problem?.fields.merchantName} />
      )}
      <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.fields.email} />
      <PasswordInput label={t('auth.password')} description={t('auth.passwordHint')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.fields.password} />
      <Button type="submit" loading={fetching}>
        {t('auth.signup.submit')}
      </Button>
      <LeadAndLink lead={t('auth.signup.haveAccount')} to="/login">
        {t('auth.login.title')}
      </LeadAndLink>
    </AuthForm>
  );
}
