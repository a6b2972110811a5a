import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { EmailConfirmationStatusQuery } from '../../auth/auth.operations';
import { ResendConfirmationButton } from '../../auth/ConfirmAgain';
import { CommandForm } from './CommandForm';

/**
 * The rating form, for a consumer whose address is confirmed. Before that the API refuses a
 * rating (ADDRESS_NOT_CONFIRMED: its weight in the merchant's public average must not tell the
 * merchant whether she confirmed it), so she reads what to do first, with the button that sends
 * the confirmation e-mail again, instead of a form that would fail.
 */
export function LeaveFeedbackForm() {
  const { t } = useI18n();
  // Asked afresh: she may have confirmed in another tab since the page opened.
  const [{ data, fetching }] = useQuery({ query: EmailConfirmationStatusQuery, requestPolicy: 'network-only' });
  const me = data?.me;
  // Not the form first, then the notice in its place; should the question fail, the form (and the API's refusal, if it comes).
  if (fetching && !data) return null;
  if (me?.email && me.emailVerified === false) {
    return (
      <Alert color="orange">
        <Stack gap="sm">
          <Text size="sm">{t('feedback.confirmAddressFirst', { email: me.email })}</Text>
          <ResendConfirmationButton email={me.email} />
        </Stack>
      </Alert>
    );
  }
  return <CommandForm action="leaveFeedback" />;
}
