import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../../session/SessionProvider';
import { Panel } from '../../../ui/Panel';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { MerchantTeamQuery } from '../../merchant/merchant.operations';
import { inputBounds } from '../../../graphql/field-bounds';
import { useDisputeCommand } from '../actions/useDisputeCommand';
import { DISPUTE_COMMAND_MUTATIONS } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';

/**
 * The merchant team's own business on a case (issue 18 item 2): who handles it, and the internal
 * notes, read by the merchant's agents only (the API answers nothing of it to anyone else).
 */
export function TeamPanel() {
  const { side, dispute, can, readOnly } = useDisputeScope();
  const { t } = useI18n();
  if (side !== 'MERCHANT') return null;
  return (
    <Panel title={t('team.case.title')} titleId="team-case-title" gap="sm">
      <Text size="sm" c="dimmed">
        {t('team.case.lead')}
      </Text>
      <Text size="sm" data-testid="assignee">
        {dispute.assignee ? t('team.case.handledBy', { name: dispute.assignee.displayName }) : t('inbox.unassigned')}
      </Text>
      {!readOnly && can('assignCase') && <AssignCase />}
      <InternalNotes />
    </Panel>
  );
}

function AssignCase() {
  const { dispute } = useDisputeScope();
  const { user } = useSession();
  const { t } = useI18n();
  const [team] = useQuery({ query: MerchantTeamQuery });
  const command = useDisputeCommand(DISPUTE_COMMAND_MUTATIONS.assignCase);
  const members = team.data?.merchantTeam ?? [];
  const me = members.find((m) => m.id === user?.id);
  const leads = me?.teamRole === 'OWNER' || me?.teamRole === 'SUPERVISOR';
  const [agentId, setAgentId] = useState('');
  if (!me) return null;
  if (!leads) {
    // An agent takes an unassigned case for herself.
    return dispute.assignee ? null : (
      <Button w="fit-content" loading={command.fetching} onClick={() => void command.run({ agentId: me.id })}>
        {t('team.case.take')}
      </Button>
    );
  }
  const choices = members.filter((m) => m.id !== dispute.assignee?.id);
  return (
    <Stack gap="xs">
      <ProblemAlert problem={command.problem} placed={['agentId']} />
      <Group align="flex-end">
        <NativeSelect
          label={t('team.case.assignTo')}
          value={agentId}
          onChange={(e) => setAgentId(e.currentTarget.value)}
          error={command.problem?.fields.agentId}
          data={[{ value: '', label: t('team.case.choose'), disabled: true }, ...choices.map((m) => ({ value: m.id, label: m.displayName }))]}
        />
        <Button loading={command.fetching} disabled={!agentId} onClick={() => void command.run({ agentId }).then((ok) => ok && setAgentId(''))}>
          {t('team.case.assign')}
        </Button>
      </Group>
    </Stack>
  );
}

function InternalNotes() {
  const { dispute, can, readOnly } = useDisputeScope();
  const { t, instant } = useI18n();
  const command = useDisputeCommand(DISPUTE_COMMAND_MUTATIONS.addInternalNote);
  const [body, setBody] = useState('');
  const notes = dispute.internalNotes ?? [];
  return (
    <Stack gap="xs" data-testid="internal-notes">
      <Text fw={600} size="sm">
        {t('team.notes.title')}
      </Text>
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('team.notes.none')}
        </Text>
      ) : (
        notes.map((note) => (
          <Text key={note.id} size="sm">
            {t('team.notes.entry', { name: note.author?.displayName ?? t('team.notes.gone'), at: instant(note.at), body: note.body })}
          </Text>
        ))
      )}
      {!readOnly && can('addInternalNote') && (
        <>
          <ProblemAlert problem={command.problem} placed={['body']} />
          <Textarea label={t('team.notes.add')} description={t('team.notes.hint')} autosize minRows={2} {...inputBounds('addInternalNote', 'body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={command.problem?.fields.body} />
          <Button w="fit-content" loading={command.fetching} disabled={body.trim() === ''} onClick={() => void command.run({ body }).then((ok) => ok && setBody(''))}>
            {t('team.notes.save')}
          </Button>
        </>
      )}
    </Stack>
  );
}
