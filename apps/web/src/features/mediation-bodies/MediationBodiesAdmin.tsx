import { Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { describeError, type ApiProblem } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { LOOKUP_FAILED, lookedUp } from '../../api/outcomes';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { Panel } from '../../ui/Panel';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { AccountByEmailQuery } from '../admin/admin.operations';
import { AddBodyMediatorMutation, AdminMediationBodiesQuery, CreateMediationBodyMutation, SetDefaultMediationBodyMutation } from './mediation-bodies.operations';

interface Body {
  id: string;
  name: string;
  sectors: string[];
  isDefault: boolean;
  mediators?: Array<{ id: string; displayName: string }> | null;
  merchants: Array<{ id: string; name: string }>;
}

/** The trades typed as one line, separated by commas or semicolons. */
const sectorsOf = (line: string): string[] =>
  line
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The admin sets up the consumer mediation bodies (L612-1): creates one, adds its mediators (found
 * by their e-mail address, never by an id), and names the default body, which hears the requests
 * of merchants that designated none.
 */
export function MediationBodiesAdmin() {
  const { t } = useI18n();
  const [bodies, refetch] = useQuery({ query: AdminMediationBodiesQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const list = (bodies.data?.mediationBodies ?? []) as Body[];
  return (
    <Panel title={t('bodies.admin.title')} titleId="mediation-bodies-title" gap="sm">
      <Stack>
        <Text size="sm">{t('bodies.admin.lead')}</Text>
        <ApiErrorAlert error={bodies.error} />
        {bodies.data && list.length === 0 && <Text size="sm">{t('bodies.admin.none')}</Text>}
        {list.map((body) => (
          <BodyCard key={body.id} body={body} onChange={reload} />
        ))}
        <CreateBody onCreated={reload} />
      </Stack>
    </Panel>
  );
}

function CreateBody({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [sectors, setSectors] = useState('');
  const [isDefault, setIsDefault] = useState(false);
  const [result, create] = useMutation(CreateMediationBodyMutation);
  const problem = describeError(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { name, sectors: sectorsOf(sectors), isDefault } });
    if (answer.data) {
      setName('');
      setSectors('');
      setIsDefault(false);
      onCreated();
    }
  };

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-labelledby="create-body-title">
      <Stack gap="sm" maw={560}>
        <Title order={3} size="h5" id="create-body-title">
          {t('bodies.admin.create')}
        </Title>
        <ProblemAlert problem={problem} placed={(field) => field === 'name' || field.startsWith('sectors')} />
        <TextInput label={t('bodies.admin.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem?.fields.name} />
        <TextInput
          label={t('bodies.admin.sectors')}
          description={t('bodies.admin.sectorsHint')}
          value={sectors}
          onChange={(e) => setSectors(e.currentTarget.value)}
          error={Object.entries(problem?.fields ?? {}).find(([field]) => field.startsWith('sectors'))?.[1]}
        />
        <Checkbox label={t('bodies.admin.makeDefault')} checked={isDefault} onChange={(e) => setIsDefault(e.currentTarget.checked)} />
        <Button type="submit" loading={result.fetching} w="fit-content">
          {t('bodies.admin.createSubmit')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** One body: its trades, its mediators, the merchants that designated it; add a mediator, make it the default. */
function BodyCard({ body, onChange }: { body: Body; onChange: () => void }) {
  const { t } = useI18n();
  const titleId = `body-${body.id}`;
  const [defaultResult, setDefault] = useMutation(SetDefaultMediationBodyMutation);
  const defaultProblem = describeError(defaultResult.error);
  const mediators = body.mediators ?? [];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {body.name}
          </Title>
          {body.isDefault && (
            <Badge color="teal" variant="light">
              {t('bodies.admin.default')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('bodies.admin.sectorsOf')}
          {t('common.colon')} {body.sectors.length > 0 ? body.sectors.join(', ') : t('bodies.admin.noSector')}
        </Text>
        <Text size="sm">
          {t('bodies.admin.mediators')}
          {t('common.colon')} {mediators.length > 0 ? mediators.map((m) => m.displayName).join(', ') : t('bodies.noMediator')}
        </Text>
        <Text size="sm">
          {t('bodies.admin.merchants')}
          {t('common.colon')} {body.merchants.length > 0 ? body.merchants.map((m) => m.name).join(', ') : t('bodies.admin.noMerchant')}
        </Text>
        <AddMediator bodyId={body.id} bodyName={body.name} onAdded={onChange} />
        {!body.isDefault && (
          <Stack gap={4}>
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              loading={defaultResult.fetching}
              aria-label={t('bodies.admin.makeDefaultOf', { name: body.name })}
              onClick={async () => {
                const answer = await setDefault({ input: { bodyId: body.id } });
                if (answer.data) onChange();
              }}
            >
              {t('bodies.admin.setDefault')}
            </Button>
            <ProblemAlert problem={defaultProblem} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The admin names the mediator by her e-mail address: the account is looked up, and must be a mediator's. */
function AddMediator({ bodyId, bodyName, onAdded }: { bodyId: string; bodyName: string; onAdded: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const [email, setEmail] = useState('');
  const [notMediator, setNotMediator] = useState(false);
  const [lookupProblem, setLookupProblem] = useState<ApiProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [result, add] = useMutation(AddBodyMediatorMutation);
  const problem = describeError(result.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const answer = await client.query(AccountByEmailQuery, { email: email.trim() }, { requestPolicy: 'network-only' }).toPromise();
    // A failed lookup is not "no mediator has this address": it is said as what it is.
    const outcome = lookedUp(answer.data?.accountByEmail, answer.error);
    setLookupProblem(outcome === LOOKUP_FAILED ? describeError(answer.error) : null);
    if (outcome === LOOKUP_FAILED) return setNotMediator(false);
    const account = outcome;
    setNotMediator(account?.role !== 'MEDIATOR');
    if (account?.role !== 'MEDIATOR') return;
    const done = await add({ input: { bodyId, mediatorId: account.id } });
    if (done.data) {
      setEmail('');
      setAdded(account.displayName);
      onAdded();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('bodies.admin.addMediatorTo', { name: bodyName })}>
      <Stack gap={4} maw={480}>
        <ProblemAlert problem={problem ?? lookupProblem} placed={['mediatorId']} />
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t('bodies.admin.mediatorEmail')}
            type="email"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
              setNotMediator(false);
            }}
            error={notMediator ? t('bodies.admin.noSuchMediator') : problem?.fields.mediatorId}
          />
          <Button type="submit" variant="light" loading={result.fetching}>
            {t('bodies.admin.addMediator')}
          </Button>
        </Group>
        {added && (
          <Text size="sm" c="teal" role="status">
            {t('bodies.admin.added', { name: added })}
          </Text>
        )}
      </Stack>
    </form>
  );
}
