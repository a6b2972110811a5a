import { Alert, Button, Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages/en';
import { useSession } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';
import type { MerchantProfileFieldsFragment } from '../../graphql/generated/graphql';
import { MerchantQuery } from '../directory/directory.operations';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { Scorecard } from '../directory/Scorecard';
import { MediationBodyChoicesQuery } from '../mediation-bodies/mediation-bodies.operations';
import { AddMerchantAgentMutation, MerchantTeamQuery, PendingAgentInvitationsQuery, RemoveMerchantAgentMutation, RequestMerchantVerificationMutation, SetAgentTeamRoleMutation, UpdateMerchantProfileMutation } from './merchant.operations';
import { Panel } from '../../ui/Panel';
import { ReplyTemplatesPanel } from './ReplyTemplatesPanel';
import { TeamMemberActions } from './TeamMemberActions';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useStoredRecordForm } from '../../ui/useStoredRecordForm';
import { UnconfirmedAddressNotice } from '../auth/ConfirmAgain';
import { MERCHANT_ADDRESS_SECTION } from '../auth/failedLink';

/** Support channels consumers see in the directory, the mediation body the merchant designates (chosen from the list), and the team's agents. */
export function MerchantProfilePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const merchantId = user?.merchantId ?? '';
  const [answer] = useQuery({ query: MerchantQuery, variables: { id: merchantId }, pause: !merchantId });
  const merchant = answer.data?.merchant;
  const { hash } = useLocation();
  // Led here to the company address (MERCHANT_ADDRESS_PAGE): the section is drawn once the merchant is read, then shown.
  const showsCompanyAddress = !!merchant && !!user?.merchantOwner;
  useEffect(() => {
    if (showsCompanyAddress && hash === `#${MERCHANT_ADDRESS_SECTION}`) document.getElementById(MERCHANT_ADDRESS_SECTION)?.scrollIntoView({ block: 'start' });
  }, [showsCompanyAddress, hash]);

  return (
    <Stack maw={960}>
      <PageTitle>{merchant ? t('profile.titleOf', { name: merchant.name }) : t('profile.title')}</PageTitle>
      <ApiErrorAlert error={answer.error} />
      {user?.role === 'MERCHANT' && !user.merchantId && <Alert color="orange">{t('profile.noMerchant')}</Alert>}
      {/* Her link may have gone to spam or expired: without a new one, the invited profile never becomes hers. */}
      {user?.role === 'MERCHANT' && !user.merchantId && <UnconfirmedAddressNotice />}
      {!merchant && answer.fetching && <Loader aria-label={t('common.loading')} />}
      {/* The form opens once the merchant is read, with its values: a choice made before they
          arrived would otherwise be put back to the stored one, and "Recorded" would save that. */}
      {merchant && <SupportChannelsForm key={merchant.id} merchant={merchant} />}
      {/* Where a company address's link is asked for, and asked again when it failed (the confirmation page leads here: MERCHANT_ADDRESS_PAGE). */}
      {showsCompanyAddress && <CompanyAddress verifiedDomain={merchant.verified ? merchant.verifiedDomain : null} />}
      {user?.merchantId && <Team owner={user.merchantOwner} />}
      {user?.merchantId && <Templates />}
      {user?.merchantOwner && <AddAgent />}
      {user?.merchantId && <Scorecard merchantId={user.merchantId} />}
    </Stack>
  );
}

type ProfileFields = { email: string; hotline: string; chat: string; servicePoints: string; mediationBodyId: string };

/** What the form shows of a merchant as stored. */
const fieldsOf = (merchant: MerchantProfileFieldsFragment): ProfileFields => ({
  email: merchant.supportChannels.email ?? '',
  hotline: merchant.supportChannels.hotline ?? '',
  chat: merchant.supportChannels.chat ?? '',
  servicePoints: merchant.supportChannels.servicePoints.join('\n'),
  mediationBodyId: merchant.mediationBodyId ?? '',
});

/** The support channels and the mediation body; after a save, the values as stored. */
function SupportChannelsForm({ merchant }: { merchant: MerchantProfileFieldsFragment }) {
  const { t } = useI18n();
  const { fields, set, saved } = useStoredRecordForm(merchant, fieldsOf);
  const [bodies] = useQuery({ query: MediationBodyChoicesQuery });
  const [update, save] = useMutation(UpdateMerchantProfileMutation);
  const saveProblem = describeError(update.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({
      input: {
        // An emptied field is sent as null, which clears the channel (undefined would keep it).
        email: fields.email.trim() || null,
        hotline: fields.hotline.trim() || null,
        chat: fields.chat.trim() || null,
        servicePoints: fields.servicePoints.split('\n').map((s) => s.trim()).filter(Boolean),
        mediationBodyId: fields.mediationBodyId || undefined,
      },
    });
    if (result.data) saved(result.data.updateMerchantProfile);
  };

  return (
    <Panel title={t('merchant.supportChannels')} titleId="channels-title" as="form" onSubmit={submit} gap="sm">
      <Stack>
        <ProblemAlert problem={saveProblem} placed={['chat', 'email', 'hotline', 'mediationBodyId']} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('merchant.email')} type="email" value={fields.email} onChange={(e) => set('email')(e.currentTarget.value)} error={saveProblem?.fields.email} />
          <TextInput label={t('merchant.hotline')} type="tel" value={fields.hotline} onChange={(e) => set('hotline')(e.currentTarget.value)} error={saveProblem?.fields.hotline} />
          <TextInput label={t('merchant.chat')} type="url" value={fields.chat} onChange={(e) => set('chat')(e.currentTarget.value)} error={saveProblem?.fields.chat} />
          <NativeSelect
            label={t('profile.mediationBody')}
            description={t('profile.mediationBodyHint')}
            value={fields.mediationBodyId}
            onChange={(e) => set('mediationBodyId')(e.currentTarget.value)}
            error={saveProblem?.fields.mediationBodyId}
            data={[
              { value: '', label: t('profile.mediationBodyNone'), disabled: fields.mediationBodyId !== '' },
              ...(bodies.data?.mediationBodies ?? []).map((b) => ({ value: b.id, label: b.sectors.length > 0 ? `${b.name} (${b.sectors.join(', ')})` : b.name })),
            ]}
          />
        </SimpleGrid>
        <Textarea label={t('merchant.servicePoints')} description={t('profile.servicePointsHint')} autosize minRows={2} value={fields.servicePoints} onChange={(e) => set('servicePoints')(e.currentTarget.value)} />
        <Button type="submit" loading={update.fetching} w="fit-content">
          {t('common.save')}
        </Button>
      </Stack>
    </Panel>
  );
}

type GivenRole = 'SUPERVISOR' | 'AGENT';

/** The reply templates; their writers are the team's owner and supervisors. */
function Templates() {
  const { user } = useSession();
  const [team] = useQuery({ query: MerchantTeamQuery });
  const me = team.data?.merchantTeam.find((member) => member.id === user?.id);
  return <ReplyTemplatesPanel leads={me?.teamRole === 'OWNER' || me?.teamRole === 'SUPERVISOR'} />;
}

/** The team: each agent's role; the owner changes the others' (issue 18 item 2). */
function Team({ owner }: { owner: boolean }) {
  const { t } = useI18n();
  const [team, refresh] = useQuery({ query: MerchantTeamQuery });
  const [result, setRole] = useMutation(SetAgentTeamRoleMutation);
  const problem = describeError(result.error);
  const change = async (agentId: string, teamRole: GivenRole) => {
    const answer = await setRole({ input: { agentId, teamRole } });
    if (answer.data) {
      notifications.show({ color: 'teal', message: t('dispute.saved') });
      refresh({ requestPolicy: 'network-only' });
    }
  };
  return (
    <Panel title={t('team.title')} titleId="team-title" gap="sm">
      <Text size="sm" mb="sm">
        {t('team.lead')}
      </Text>
      <ProblemAlert problem={problem} />
      <Stack gap="xs">
        {(team.data?.merchantTeam ?? []).map((member) =>
          owner && member.teamRole !== 'OWNER' ? (
            <Stack key={member.id} gap={4}>
              <NativeSelect
                label={member.displayName}
                value={member.teamRole ?? 'AGENT'}
                onChange={(e) => void change(member.id, e.currentTarget.value as GivenRole)}
                data={[
                  { value: 'SUPERVISOR', label: t('team.role.SUPERVISOR') },
                  { value: 'AGENT', label: t('team.role.AGENT') },
                ]}
                w="fit-content"
              />
              <TeamMemberActions agentId={member.id} name={member.displayName} onChanged={() => refresh({ requestPolicy: 'network-only' })} />
            </Stack>
          ) : (
            <Text key={member.id} size="sm">
              {t('team.member', { name: member.displayName, role: t(`team.role.${member.teamRole ?? 'AGENT'}` as MessageKey) })}
            </Text>
          ),
        )}
      </Stack>
    </Panel>
  );
}

function AddAgent() {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [teamRole, setTeamRole] = useState<GivenRole>('AGENT');
  const [result, add] = useMutation(AddMerchantAgentMutation);
  const [pending, refreshPending] = useQuery({ query: PendingAgentInvitationsQuery });
  const problem = describeError(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await add({ input: { displayName, email, teamRole } });
    if (answer.data) {
      notifications.show({ color: 'teal', message: t('profile.agentAdded', { name: answer.data.addMerchantAgent.displayName }) });
      setDisplayName('');
      setEmail('');
      refreshPending({ requestPolicy: 'network-only' });
    }
  };
  return (
    <Panel title={t('profile.addAgent')} titleId="agents-title" as="form" onSubmit={submit} gap="sm">
      <Text size="sm" mb="sm">
        {t('profile.addAgentLead')}
      </Text>
      <Stack>
        <ProblemAlert problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('profile.agentName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
          <TextInput label={t('auth.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <NativeSelect
            label={t('team.roleLabel')}
            description={t('team.roleHint')}
            value={teamRole}
            onChange={(e) => setTeamRole(e.currentTarget.value as GivenRole)}
            error={problem?.fields.teamRole}
            data={[
              { value: 'AGENT', label: t('team.role.AGENT') },
              { value: 'SUPERVISOR', label: t('team.role.SUPERVISOR') },
            ]}
          />
        </SimpleGrid>
        <Button type="submit" loading={result.fetching} w="fit-content">
          {t('profile.addAgent')}
        </Button>
        {(pending.data?.pendingAgentInvitations.length ?? 0) > 0 && (
          <Stack gap="xs" aria-labelledby="pending-invitations-title">
            <Text fw={600} id="pending-invitations-title">
              {t('team.pending.title')}
            </Text>
            {pending.data!.pendingAgentInvitations.map((invited) => (
              <PendingInvitation key={invited.id} id={invited.id} name={invited.displayName} role={t(`team.role.${invited.teamRole ?? 'AGENT'}` as MessageKey)} onWithdrawn={() => refreshPending({ requestPolicy: 'network-only' })} />
            ))}
          </Stack>
        )}
      </Stack>
    </Panel>
  );
}

/**
 * The owner has a link mailed to an address at the company's own domain (requestMerchantVerification);
 * opened signed in to her account, it verifies the company with that domain. A verified company
 * says with which domain.
 */
function CompanyAddress({ verifiedDomain }: { verifiedDomain: string | null | undefined }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [result, request] = useMutation(RequestMerchantVerificationMutation);
  const problem = describeError(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await request({ input: { email } });
    if (answer.data) {
      notifications.show({ color: 'teal', message: t('profile.companyAddress.sent', { email }) });
      setEmail('');
    }
  };
  if (verifiedDomain)
    return (
      <Panel title={t('profile.companyAddress.title')} titleId={MERCHANT_ADDRESS_SECTION}>
        <Text size="sm">{t('profile.companyAddress.verified', { domain: verifiedDomain })}</Text>
      </Panel>
    );
  return (
    <Panel title={t('profile.companyAddress.title')} titleId={MERCHANT_ADDRESS_SECTION} as="form" onSubmit={submit} gap="sm">
      <Stack>
        <Text size="sm">{t('profile.companyAddress.lead')}</Text>
        {/* The address refused is said under its field, once; the alert only for anything else. */}
        <ProblemAlert problem={problem} placed={['email']} />
        <TextInput label={t('profile.companyAddress.email')} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.fields.email} maw={420} />
        <Button type="submit" loading={result.fetching} w="fit-content">
          {t('profile.companyAddress.send')}
        </Button>
      </Stack>
    </Panel>
  );
}

/** An invitation nobody has accepted yet: the owner withdraws it (a mistyped address), and its link stops working. */
function PendingInvitation({ id, name, role, onWithdrawn }: { id: string; name: string; role: string; onWithdrawn: () => void }) {
  const { t } = useI18n();
  const [withdrawal, withdraw] = useMutation(RemoveMerchantAgentMutation);
  const act = async () => {
    const answer = await withdraw({ input: { agentId: id } });
    if (answer.error) return;
    notifications.show({ color: 'teal', message: t('team.pending.withdrawn', { name }) });
    onWithdrawn();
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="sm">{t('team.pending.one', { name, role })}</Text>
        <Button size="xs" variant="subtle" color="red" loading={withdrawal.fetching} onClick={() => void act()} aria-label={t('team.pending.withdraw.one', { name })}>
          {t('team.pending.withdraw')}
        </Button>
      </Group>
      <ProblemAlert problem={describeError(withdrawal.error)} />
    </Stack>
  );
}
