import { Alert, Button, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../session/SessionProvider';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';
import { ConfirmEmailMutation } from './auth.operations';
import { tokenFromLink } from './tokenFromLink';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { RequestConfirmationByAddress, UnconfirmedAddressNotice } from './ConfirmAgain';
import { MERCHANT_ADDRESS_PAGE, offerOnFailure, ownsAMerchant, purposeFromLink } from './failedLink';
import { MerchantQuery } from '../directory/directory.operations';

/** Where a confirmation e-mail's link leads: confirms the address once, and says what it did. */
export function ConfirmEmailPage() {
  const { t } = useI18n();
  const location = useLocation();
  const token = tokenFromLink(location.hash);
  // A new address's link, and a company address's, say so (their e-mail's query): when one fails, what applies is asking for it again.
  const purpose = purposeFromLink(location.search);
  const [{ data, fetching, error }, confirm] = useMutation(ConfirmEmailMutation);
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    void confirm({ input: { token } });
  }, [token, confirm]);
  const problem = describeError(error);
  // A company's profile customers invited became hers: her session open here (if any) named no merchant and was ended.
  const tookOver = data?.confirmEmail.invitedProfile === 'TAKEN_OVER';
  // Her new address (requestEmailChange): every session of hers ended, this one too.
  const addressChanged = !!data?.confirmEmail.addressChanged;
  const { user, signOut } = useSession();
  useEffect(() => {
    if ((tookOver || addressChanged) && user?.id === data?.confirmEmail.user.id) signOut();
  }, [tookOver, addressChanged, user, data, signOut]);
  const merchantOwner = !!user && ownsAMerchant(user);
  // A company address's link refused, opened by its owner: is her company verified already (nothing to ask again)? Read afresh, not from a page seen before.
  const asksAboutMerchant = !!problem && purpose === 'MERCHANT_ADDRESS' && merchantOwner;
  const [merchantAnswer] = useQuery({ query: MerchantQuery, variables: { id: user?.merchantId ?? '' }, pause: !asksAboutMerchant, requestPolicy: 'network-only' });
  const ownMerchant = merchantAnswer.data?.merchant;
  const verifiedDomain = ownMerchant?.verified ? ownMerchant.verifiedDomain : null;
  // As the profile page reads it: verified with a domain. Unreadable: asking again is what is left.
  const merchantVerified = merchantAnswer.data ? !!verifiedDomain : merchantAnswer.error ? false : null;
  const offer = problem ? offerOnFailure({ code: problem.code, purpose, signedIn: !!user, merchantOwner, merchantVerified }) : 'NOTHING';
  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <PageTitle>{t('confirm.title')}</PageTitle>
      <Stack>
        {!token && <Alert color="red">{t('confirm.noToken')}</Alert>}
        {fetching && <Loader size="sm" aria-label={t('confirm.working')} />}
        <ProblemAlert problem={problem} />
        {/* A link that verifies a merchant or hands over an invited company's profile works for the account signed in (opensSignedInOnly): sign in, then back here (the link still works). */}
        {offer === 'SIGN_IN_THEN_BACK' && (
          <Button component={Link} to="/login" state={{ from: `${location.pathname}${location.search}${location.hash}` }} w="fit-content">
            {t('confirm.signInFirst')}
          </Button>
        )}
        {/* The link expired, or a newer e-mail replaced it: the way to a new one. */}
        {offer === 'RESEND_SIGNED_IN' && <UnconfirmedAddressNotice />}
        {offer === 'RESEND_BY_ADDRESS' && <RequestConfirmationByAddress />}
        {/* A new address's link that no longer works: the change is asked for again, from the account page (signed in first, back there after). */}
        {(offer === 'ASK_AGAIN_FROM_ACCOUNT' || offer === 'SIGN_IN_TO_ASK_AGAIN') && (
          <Alert color="orange">
            <Stack gap="sm">
              <Text size="sm">{t('confirm.newAddress.failed')}</Text>
              {offer === 'ASK_AGAIN_FROM_ACCOUNT' ? (
                <Button component={Link} to="/account" variant="light" w="fit-content">
                  {t('confirm.newAddress.askAgain')}
                </Button>
              ) : (
                <Button component={Link} to="/login" state={{ from: '/account' }} variant="light" w="fit-content">
                  {t('confirm.newAddress.signInToAskAgain')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {/* A company address's link that no longer works: its owner asks for a new one from the company's profile page (signed in first, landing there if she owns a merchant: afterSignInToAskAgain). */}
        {(offer === 'ASK_AGAIN_FROM_MERCHANT_PROFILE' || offer === 'SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE' || offer === 'OWNER_ASKS_AGAIN') && (
          <Alert color="orange">
            <Stack gap="sm">
              <Text size="sm">{t('confirm.merchantAddress.failed')}</Text>
              {offer === 'ASK_AGAIN_FROM_MERCHANT_PROFILE' && (
                <Button component={Link} to={MERCHANT_ADDRESS_PAGE} variant="light" w="fit-content">
                  {t('confirm.merchantAddress.askAgain')}
                </Button>
              )}
              {offer === 'SIGN_IN_TO_ASK_AGAIN_FROM_MERCHANT_PROFILE' && (
                <Button component={Link} to="/login" state={{ askAgainFrom: `${location.pathname}${location.search}${location.hash}` }} variant="light" w="fit-content">
                  {t('confirm.merchantAddress.signInToAskAgain')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {/* Her company is verified already (most often by this very link): nothing to ask again; the profile's section says with which domain. */}
        {offer === 'MERCHANT_ALREADY_VERIFIED' && (
          <Alert color="teal">
            <Stack gap="sm">
              <Text size="sm">{t('confirm.merchantAddress.alreadyVerified', { domain: verifiedDomain ?? '' })}</Text>
              <Button component={Link} to={MERCHANT_ADDRESS_PAGE} variant="light" w="fit-content">
                {t('confirm.merchantAddress.seeProfile')}
              </Button>
            </Stack>
          </Alert>
        )}
        {data && (
          <Alert color={(data.confirmEmail.merchantVerification && !['VERIFIED', 'ALREADY_VERIFIED'].includes(data.confirmEmail.merchantVerification)) || (data.confirmEmail.invitedProfile && !tookOver) ? 'orange' : 'teal'} role="status">
            {data.confirmEmail.message}
          </Alert>
        )}
        {/* The message says the claims filed before she joined are in her inbox: the way there. */}
        {tookOver && (
          <Button component={Link} to="/login" w="fit-content">
            {t('confirm.invitedProfile.signIn')}
          </Button>
        )}
        {addressChanged && (
          <Button component={Link} to="/login" w="fit-content">
            {t('confirm.newAddress.signIn')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
