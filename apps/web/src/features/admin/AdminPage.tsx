import { Alert, Button, NativeSelect, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import type { StaffRole } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { DisputeSearchBox } from '../../ui/DisputeSearchBox';
import { PageTitle } from '../../ui/PageTitle';
import { MediationBodiesAdmin } from '../mediation-bodies/MediationBodiesAdmin';
import { EraseDataSubject } from './EraseDataSubject';
import { RatingClusters } from './RatingClusters';
import { UndeliveredNotifications } from './UndeliveredNotifications';
import { CreateAccountMutation } from './admin.operations';
import { Panel } from '../../ui/Panel';
import { ProblemAlert } from '../../ui/ProblemAlert';

/** The platform admin: creates mediator, association and admin accounts and sets up the mediation bodies; mediation requests are assigned from the intake queue, disputes found by search (never by typing an id). */
export function AdminPage() {
  const { t, label } = useI18n();
  const [role, setRole] = useState<StaffRole>('MEDIATOR');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
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
      <DisputeSearchBox />
      <Panel title={t('admin.createAccount')} titleId="create-account-title" as="form" onSubmit={submit} gap="sm">
        <Stack>
          <ProblemAlert problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('admin.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)} data={(['MEDIATOR', 'ASSOCIATION', 'ADMIN'] as const).map((value) => ({ value, label: label('role', value) }))} />
            <TextInput label={t('admin.accountName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
            <TextInput label={t('auth.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('auth.password')} required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          </SimpleGrid>
          <Button type="submit" loading={result.fetching} w="fit-content">
            {t('admin.create')}
          </Button>
          {created && (
            <Alert color="teal" data-testid="created-account" title={t('admin.created', { name: created.displayName, role: label('role', created.role) })}>
              <Text size="sm">{t('admin.createdLead')}</Text>
            </Alert>
          )}
        </Stack>
      </Panel>
      <MediationBodiesAdmin />
      <EraseDataSubject />
      <Panel title={t('admin.mediationRequests')} titleId="mediation-requests-title" gap="sm">
        <Text size="sm">{t('admin.mediationRequestsLead')}</Text>
        <Button component={Link} to="/intake" variant="light" w="fit-content">
          {t('admin.openIntake')}
        </Button>
      </Panel>
      <UndeliveredNotifications />
      <RatingClusters />
    </Stack>
  );
}
