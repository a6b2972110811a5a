import { Anchor, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { HeadedTable } from '../../ui/HeadedTable';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CaseList } from '../../ui/CaseList';
import { DueDate } from '../../ui/DueDate';
import { PageTitle } from '../../ui/PageTitle';
import { Panel } from '../../ui/Panel';
import { useCaseColumns } from '../../ui/useCaseColumns';
import { useCaseList } from '../../ui/useCaseList';
import { AssignMediatorMutation } from '../disputes/dispute-commands.operations';
import { MediationBodiesQuery, MediationIntakeQuery, TakeCaseMutation } from './mediation-bodies.operations';
import { MyAbsences } from './MyAbsences';
import { ProblemText } from '../../ui/ProblemAlert';

type Body = { id: string; name: string; mediators?: Array<{ id: string; displayName: string; openCases: number; overdueCases: number; nextDueAt?: string | null; absentUntil?: string | null }> | null };

/**
 * A mediation body's intake: the requests whose admissibility is still to be decided (three
 * weeks, L612-2), unassigned first, and each mediator's caseload. A mediator takes a request
 * nobody has; the admin gives one to a mediator of its body, chosen from the list.
 */
export function MediationIntakePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const admin = user?.role === 'ADMIN';
  const columns = useCaseColumns();
  const [unassignedOnly, setUnassignedOnly] = useState(false);
  const list = useCaseList(MediationIntakeQuery, (data) => data.mediationIntake, { variables: { unassignedOnly }, filters: String(unassignedOnly) });
  const [bodies, refetchBodies] = useQuery({ query: MediationBodiesQuery, variables: { mine: !admin } });
  const bodyOf = new Map((bodies.data?.mediationBodies ?? []).map((b) => [b.id, b as Body]));
  return (
    <Stack maw={1100}>
      <PageTitle>{t('intake.title')}</PageTitle>
      <Text size="sm">{t('intake.lead')}</Text>
      <Group>
        <NativeSelect
          label={t('intake.show')}
          value={unassignedOnly ? 'unassigned' : 'all'}
          onChange={(e) => setUnassignedOnly(e.currentTarget.value === 'unassigned')}
          data={[
            { value: 'all', label: t('intake.showAll') },
            { value: 'unassigned', label: t('intake.showUnassigned') },
          ]}
        />
      </Group>
      <CaseList
        list={list}
        page="intake"
        columns={[
          columns.product,
          { header: t('intake.merchant'), cell: (row) => row.merchant?.name ?? '—' },
          { header: t('mediation.admissibilityClock'), cell: (row) => <DueDate dueAt={row.admissibilityDueAt} overdue={row.admissibilityOverdue} /> },
          {
            header: t('intake.mediator'),
            cell: (row) =>
              row.mediator ? row.mediator.displayName : admin ? <AssignFromList disputeId={row.id} body={bodyOf.get(row.bodyId)} onDone={list.restart} /> : <TakeCase disputeId={row.id} />,
          },
        ]}
      />
      {!admin && <MyAbsences onChange={() => refetchBodies({ requestPolicy: 'network-only' })} />}
      <ApiErrorAlert error={bodies.error} />
      {(bodies.data?.mediationBodies ?? []).map((body) => (
        <BodyCaseload key={body.id} body={body} />
      ))}
    </Stack>
  );
}

/** The mediator takes the request: it is hers from now on, and the dispute opens. */
function TakeCase({ disputeId }: { disputeId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [result, take] = useMutation(TakeCaseMutation);
  const problem = describeError(result.error);
  return (
    <Stack gap={4}>
      <Text size="sm">{t('intake.unassigned')}</Text>
      <Button
        size="xs"
        w="fit-content"
        loading={result.fetching}
        onClick={async () => {
          const answer = await take({ input: { disputeId } });
          if (answer.data) navigate(`/disputes/${answer.data.takeCase.id}`);
        }}
      >
        {t('intake.take')}
      </Button>
      <ProblemText problem={problem} />
    </Stack>
  );
}

/** The admin gives the request to one of the body's mediators, the least loaded first. */
function AssignFromList({ disputeId, body, onDone }: { disputeId: string; body: Body | undefined; onDone: () => void }) {
  const { t } = useI18n();
  const mediators = body?.mediators ?? [];
  const [mediatorId, setMediatorId] = useState('');
  const [result, assign] = useMutation(AssignMediatorMutation);
  const problem = describeError(result.error);
  if (mediators.length === 0) return <Text size="sm">{t('intake.noMediator')}</Text>;
  const chosen = mediatorId || mediators[0]!.id;
  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      <NativeSelect
        size="xs"
        aria-label={t('intake.chooseMediator')}
        value={chosen}
        onChange={(e) => setMediatorId(e.currentTarget.value)}
        data={mediators.map((m) => ({ value: m.id, label: t('intake.mediatorWithLoad', { name: m.displayName, n: m.openCases }) }))}
      />
      <Button
        size="xs"
        loading={result.fetching}
        onClick={async () => {
          const answer = await assign({ input: { disputeId, mediatorId: chosen } });
          if (answer.data) {
            notifications.show({ color: 'teal', message: t('intake.assigned') });
            onDone();
          }
        }}
      >
        {t('intake.assign')}
      </Button>
      <ProblemText problem={problem} />
    </Group>
  );
}

/** Each mediator of the body and her load: what the body shares the work by. */
function BodyCaseload({ body }: { body: Body }) {
  const { t, lastDayBefore, day, number } = useI18n();
  if (!body.mediators) return null;
  return (
    <Panel title={t('bodies.caseloadOf', { name: body.name })} titleId={`body-${body.id}`} gap="sm">
      <Anchor component={Link} to={`/mediation-bodies/${body.id}/report`} size="sm">
        {t('report.link')}
      </Anchor>
      {body.mediators.length === 0 ? (
        <Text size="sm">{t('bodies.noMediator')}</Text>
      ) : (
        // Five columns do not fit a phone: the table scrolls inside its panel, not the page sideways.
        <HeadedTable headers={[t('intake.mediator'), t('bodies.openCases'), t('bodies.overdueCases'), t('bodies.nextDue'), t('bodies.absentUntil')]} caption={t('bodies.caseloadTable')} captionHidden minWidth={560}>
          {body.mediators.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.displayName}</Table.Td>
              <Table.Td>{number(m.openCases, 0)}</Table.Td>
              <Table.Td>{number(m.overdueCases, 0)}</Table.Td>
              <Table.Td>{m.nextDueAt ? t('deadline.by', { date: lastDayBefore(m.nextDueAt) }) : '—'}</Table.Td>
              <Table.Td>{m.absentUntil ? day(m.absentUntil) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </HeadedTable>
      )}
    </Panel>
  );
}
