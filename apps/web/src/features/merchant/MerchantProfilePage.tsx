import { Alert, Button, Paper, PasswordInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { PageTitle } from '../../ui/PageTitle';
import { MerchantDirectoryQuery } from '../directory/directory.operations';
import { Scorecard } from '../directory/Scorecard';
import { AddMerchantAgentMutation, UpdateMerchantProfileMutation } from './merchant.operations';

/** Support channels consumers see in the directory, the designated consumer mediator, and the team's agents. */
export function MerchantProfilePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [directory] = useQuery({ query: MerchantDirectoryQuery, variables: { first: 200 } });
  const merchant = directory.data?.merchants.find((m) => m.id === user?.merchantId);
  const [email, setEmail] = useState('');
  const [hotline, setHotline] = useState('');
  const [chat, setChat] = useState('');
  const [servicePoints, setServicePoints] = useState('');
  const [designatedMediatorId, setDesignatedMediatorId] = useState('');
  const [update, save] = useMutation(UpdateMerchantProfileMutation);
  const saveProblem = describeError(update.error);

  useEffect(() => {
    if (!merchant) return;
    setEmail(merchant.supportChannels.email ?? '');
    setHotline(merchant.supportChannels.hotline ?? '');
    setChat(merchant.supportChannels.chat ?? '');
    setServicePoints(merchant.supportChannels.servicePoints.join('\n'));
    setDesignatedMediatorId(merchant.designatedMediatorId ?? '');
  }, [merchant]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({
      input: {
        email: email.trim() || undefined,
        hotline: hotline.trim() || undefined,
        chat: chat.trim() || undefined,
        servicePoints: servicePoints.split('\n').map((s) => s.trim()).filter(Boolean),
        designatedMediatorId: designatedMediatorId.trim() || undefined,
      },
    });
    if (result.data) notifications.show({ color: 'teal', message: t('dispute.saved') });
  };

  return (
    <Stack maw={960}>
      <PageTitle>{merchant ? t('profile.titleOf', { name: merchant.name }) : t('profile.title')}</PageTitle>
      <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="channels-title">
        <Title order={2} size="h4" id="channels-title" mb="sm">
          {t('merchant.supportChannels')}
        </Title>
        <Stack>
          {saveProblem && (
            <Alert color="red" role="alert">
              {saveProblem.message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('merchant.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={saveProblem?.fields.email} />
            <TextInput label={t('merchant.hotline')} type="tel" value={hotline} onChange={(e) => setHotline(e.currentTarget.value)} error={saveProblem?.fields.hotline} />
            <TextInput label={t('merchant.chat')} type="url" value={chat} onChange={(e) => setChat(e.currentTarget.value)} error={saveProblem?.fields.chat} />
            <TextInput label={t('profile.designatedMediator')} description={t('profile.designatedMediatorHint')} value={designatedMediatorId} onChange={(e) => setDesignatedMediatorId(e.currentTarget.value)} error={saveProblem?.fields.designatedMediatorId} />
          </SimpleGrid>
          <Textarea label={t('merchant.servicePoints')} description={t('profile.servicePointsHint')} autosize minRows={2} value={servicePoints} onChange={(e) => setServicePoints(e.currentTarget.value)} />
          <Button type="submit" loading={update.fetching} w="fit-content">
            {t('common.save')}
          </Button>
        </Stack>
      </Paper>
      {user?.merchantOwner && <AddAgent />}
      {user?.merchantId && <Scorecard merchantId={user.merchantId} />}
    </Stack>
  );
}

function AddAgent() {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, add] = useMutation(AddMerchantAgentMutation);
  const problem = describeError(result.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await add({ input: { displayName, email, password } });
    if (answer.data) {
      notifications.show({ color: 'teal', message: t('profile.agentAdded', { name: answer.data.addMerchantAgent.displayName }) });
      setDisplayName('');
      setEmail('');
      setPassword('');
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="agents-title">
      <Title order={2} size="h4" id="agents-title" mb="sm">
        {t('profile.addAgent')}
      </Title>
      <Text size="sm" mb="sm">
        {t('profile.addAgentLead')}
      </Text>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem.message}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('auth.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
          <TextInput label={t('auth.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label={t('auth.password')} required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        </SimpleGrid>
        <Button type="submit" loading={result.fetching} w="fit-content">
          {t('profile.addAgent')}
        </Button>
      </Stack>
    </Paper>
  );
}
