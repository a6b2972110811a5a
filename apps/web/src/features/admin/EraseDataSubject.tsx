import { Alert, Button, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { describeError, type ApiProblem } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { LOOKUP_FAILED, lookedUp } from '../../api/outcomes';
import { Panel } from '../../ui/Panel';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { AccountByEmailQuery, EraseDataSubjectMutation } from './admin.operations';

interface Found {
  id: string;
  displayName: string;
  role: string;
}

/** The admin erases a person's data on her request: found by her address, erased with the reason (never her name). */
export function EraseDataSubject() {
  const { t, label } = useI18n();
  const client = useClient();
  const [email, setEmail] = useState('');
  const [found, setFound] = useState<Found | null | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [erased, setErased] = useState(false);
  const [lookupProblem, setLookupProblem] = useState<ApiProblem | null>(null);
  const [result, erase] = useMutation(EraseDataSubjectMutation);
  const problem = describeError(result.error);

  const find = async (event: FormEvent) => {
    event.preventDefault();
    setErased(false);
    const answer = await client.query(AccountByEmailQuery, { email }, { requestPolicy: 'network-only' }).toPromise();
    // A failed lookup is not "no account has this address": it is said as what it is.
    const outcome = lookedUp(answer.data?.accountByEmail, answer.error);
    setLookupProblem(outcome === LOOKUP_FAILED ? describeError(answer.error) : null);
    setFound(outcome === LOOKUP_FAILED ? undefined : outcome);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!found) return;
    const answer = await erase({ input: { accountId: found.id, reason } });
    if (answer.data?.eraseDataSubject) {
      setErased(true);
      setFound(undefined);
      setEmail('');
      setReason('');
    }
  };

  return (
    <Panel title={t('admin.erase.title')} titleId="erase-subject-title" gap="sm">
      <Text size="sm">{t('admin.erase.lead')}</Text>
      <form onSubmit={find} noValidate>
        <Stack maw={480}>
          <TextInput label={t('auth.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <Button type="submit" variant="light" w="fit-content">
            {t('admin.erase.find')}
          </Button>
        </Stack>
      </form>
      <ProblemAlert problem={lookupProblem} />
      {found === null && <Text size="sm">{t('admin.erase.none')}</Text>}
      {found && (
        <form onSubmit={submit} noValidate>
          <Stack maw={480}>
            <Text size="sm" fw={600}>
              {t('admin.erase.found', { name: found.displayName, role: label('role', found.role) })}
            </Text>
            <ProblemAlert problem={problem} />
            <Textarea label={t('admin.erase.reason')} description={t('admin.erase.reasonHint')} required autosize minRows={2} value={reason} error={problem?.fields.reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button type="submit" color="red" loading={result.fetching} w="fit-content">
              {t('admin.erase.submit')}
            </Button>
          </Stack>
        </form>
      )}
      {erased && (
        <Alert color="teal" role="status">
          {t('admin.erase.done')}
        </Alert>
      )}
    </Panel>
  );
}
