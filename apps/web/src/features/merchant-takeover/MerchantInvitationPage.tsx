import { Alert, Button, Loader, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { AuthForm } from '../auth/AuthForm';
import { tokenFromLink } from '../auth/tokenFromLink';
import { MerchantInvitationQuery, RequestMerchantTakeoverMutation } from './merchant-takeover.operations';

/**
 * Where a company's invitation leads (a consumer invited it to answer her claim): whoever reads it
 * names an address at the company's own domain, where the link to take the profile over is sent.
 * The invitation alone, sent to whatever address the consumer typed, makes nobody the company.
 */
export function MerchantInvitationPage() {
  const { t } = useI18n();
  const token = tokenFromLink(useLocation().hash);
  const [invitation] = useQuery({ query: MerchantInvitationQuery, variables: { token }, pause: !token });
  const [email, setEmail] = useState('');
  const [{ data, fetching, error }, request] = useMutation(RequestMerchantTakeoverMutation);
  const problem = describeError(error);
  const merchant = invitation.data?.merchantInvitation;

  const submit = async () => {
    await request({ input: { token, email } });
  };

  return (
    <AuthForm title={merchant ? t('takeover.invitation.title', { name: merchant.name }) : t('takeover.invitation.titleAny')} problem={problem ?? describeError(invitation.error)} placed={['email']} width={520} onSubmit={submit}>
      {!token && <Alert color="red">{t('confirm.noToken')}</Alert>}
      {invitation.fetching && <Loader size="sm" aria-label={t('common.loading')} />}
      {invitation.data && !merchant && <Alert color="orange">{t('takeover.invitation.notValid')}</Alert>}
      {merchant &&
        (data?.requestMerchantTakeover ? (
          <Alert color="teal" role="status">
            {t('takeover.invitation.sent', { email })}
          </Alert>
        ) : (
          <>
            <Text size="sm">{t('takeover.invitation.lead', { name: merchant.name })}</Text>
            <Text size="sm">{t('takeover.invitation.why')}</Text>
            <TextInput
              label={t('takeover.invitation.email')}
              description={t('takeover.invitation.emailHint')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={problem?.fields.email}
            />
            <Button type="submit" loading={fetching}>
              {t('takeover.invitation.submit')}
            </Button>
          </>
        ))}
    </AuthForm>
  );
}
