import { Alert, Button, Code, NativeSelect, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import type { StaffRole } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { PageTitle } from '../../ui/PageTitle';
import { CreateAccountMutation } from './admin.operations';

/** The platform admin: creates mediator, association and admin accounts, and opens a dispute to assign its mediator. */
export function AdminPage() {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [role, setRole] = useState<StaffRole>('MEDIATOR');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [disputeId, setDisputeId] = useState('');
  const [result, create] = useMutation(CreateAccountMutation);
  const problem = describeError(result.error);
  const created = result.data?.createAccount;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await create({ input: { role, displayName, email, password } });
  };

  return (
    <Stack maw={960}>
      <PageTitle>{t('admin.title')}</PageTitle>
      <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="create-account-title">
        <Title order={2} size="h4" id="create-account-title" mb="sm">
          {t('admin.createAccount')}
        </Title>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem.message}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('admin.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)} data={(['MEDIATOR', 'ASSOCIATION', 'ADMIN'] as const).map((value) => ({ value, label: label('role', value) }))} />
            <TextInput label={t('auth.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
            <TextInput label={t('auth.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('auth.password')} required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          </SimpleGrid>
          <Button type="submit" loading={result.fetching} w="fit-content">
            {t('admin.create')}
          </Button>
          {created && (
            <Alert color="teal" title={t('admin.created', { name: created.displayName, role: label('role', created.role) })}>
              <Text size="sm">
                {t('admin.accountId')} <Code data-testid="created-account-id">{created.id}</Code>
              </Text>
            </Alert>
          )}
        </Stack>
      </Paper>
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="open-dispute-title"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (disputeId.trim()) navigate(`/disputes/${disputeId.trim()}`);
        }}
      >
        <Title order={2} size="h4" id="open-dispute-title" mb="sm">
          {t('admin.openDispute')}
        </Title>
        <Text size="sm" mb="sm">
          {t('admin.openDisputeLead')}
        </Text>
        <Stack>
          <TextInput label={t('admin.disputeId')} required value={disputeId} onChange={(e) => setDisputeId(e.currentTarget.value)} />
          <Button type="submit" w="fit-content">
            {t('admin.open')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
