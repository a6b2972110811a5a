import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ApiProblem } from '../../../api/errors';
import { useI18n } from '../../../i18n/I18nProvider';
import { ProblemAlert } from '../../../ui/ProblemAlert';

interface Command<Input> {
  run: (input: Input) => Promise<boolean>;
  fetching: boolean;
  problem: ApiProblem | null;
}

/** Accept a proposal (an offer, a settlement) or reject it with a reason: one form for both. */
export function AnswerProposal<Accept, Reject>(props: {
  mayAccept: boolean;
  mayReject: boolean;
  accept: Command<Accept>;
  reject: Command<Reject>;
  acceptInput: Accept;
  rejectInput: (reason: string) => Reject;
  labels: { accept: string; reject: string; rejectReason: string; confirmReject: string };
  /** The reason's bounds, from the reject command's description. */
  reasonBounds: { minLength?: number; maxLength?: number };
}) {
  const { t } = useI18n();
  const { accept, reject, labels } = props;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {props.mayAccept && (
          <Button size="sm" color="teal" loading={accept.fetching} onClick={() => void accept.run(props.acceptInput)}>
            {labels.accept}
          </Button>
        )}
        {props.mayReject && !rejecting && (
          <Button size="sm" variant="default" onClick={() => setRejecting(true)}>
            {labels.reject}
          </Button>
        )}
      </Group>
      {rejecting && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await reject.run(props.rejectInput(reason))) setRejecting(false);
          }}
        >
          <Stack gap="xs">
            <Textarea label={labels.rejectReason} required {...props.reasonBounds} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reject.problem?.fields.reason} />
            <Group gap="xs">
              <Button type="submit" size="sm" color="red" loading={reject.fetching}>
                {labels.confirmReject}
              </Button>
              <Button size="sm" variant="default" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ProblemAlert problem={accept.problem ?? reject.problem} placed={['reason']} />
    </Stack>
  );
}
