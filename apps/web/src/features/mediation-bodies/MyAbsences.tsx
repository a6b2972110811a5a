import { Button, Group, List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { parisToday } from '../../i18n/format';
import { DayInput } from '../../ui/DayInput';
import { Panel } from '../../ui/Panel';
import { DeclareMediatorAbsenceMutation, EndMediatorAbsenceMutation, MediatorAbsencesQuery } from './mediation-bodies.operations';
import { ProblemText } from '../../ui/ProblemAlert';

/**
 * A mediator's own absences: those planned, a form to declare one, and "I am back". While she is
 * away the intake gives her nothing and her mediations under way go to another mediator.
 */
export function MyAbsences({ onChange }: { onChange: () => void }) {
  const { t, day } = useI18n();
  const [absences, refetch] = useQuery({ query: MediatorAbsencesQuery });
  // Absences are Paris days (declareAbsence refuses a last day before today in Paris): pre-filled with
  // that day, which the API takes wherever she is (her own today may be yesterday in Paris's eyes).
  const [firstDay, setFirstDay] = useState(parisToday());
  const [lastDay, setLastDay] = useState(parisToday());
  const [declared, declare] = useMutation(DeclareMediatorAbsenceMutation);
  const [ended, end] = useMutation(EndMediatorAbsenceMutation);
  const problem = describeError(declared.error ?? ended.error);
  const changed = (message: string) => {
    notifications.show({ color: 'teal', message });
    refetch({ requestPolicy: 'network-only' });
    onChange();
  };
  const planned = absences.data?.mediatorAbsences ?? [];
  return (
    <Panel title={t('absence.title')} titleId="my-absences" gap="sm">
      <Text size="sm">{t('absence.lead')}</Text>
      {planned.length === 0 ? (
        <Text size="sm">{t('absence.none')}</Text>
      ) : (
        <List size="sm">
          {planned.map((a) => (
            <List.Item key={a.id}>{t('absence.period', { first: day(a.firstDay), last: day(a.lastDay) })}</List.Item>
          ))}
        </List>
      )}
      <Group align="flex-end">
        <DayInput label={t('absence.firstDay')} value={firstDay} onChange={setFirstDay} latest={null} error={problem?.fields.firstDay} />
        <DayInput label={t('absence.lastDay')} value={lastDay} onChange={setLastDay} latest={null} error={problem?.fields.lastDay} />
        <Button
          loading={declared.fetching}
          onClick={async () => {
            const answer = await declare({ input: { firstDay, lastDay } });
            if (answer.data) changed(t('absence.declared'));
          }}
        >
          {t('absence.declare')}
        </Button>
        {planned.length > 0 && (
          <Button
            variant="light"
            loading={ended.fetching}
            onClick={async () => {
              const answer = await end({ input: {} });
              if (answer.data) changed(t('absence.backDone'));
            }}
          >
            {t('absence.back')}
          </Button>
        )}
      </Group>
      {problem && Object.keys(problem.fields).length === 0 && <ProblemText problem={problem} size="sm" />}
    </Panel>
  );
}
