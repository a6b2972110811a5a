import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ApiProblem } from '../../../api/errors';
import { inputBounds } from '../../../graphql/field-bounds';
import type { DISPUTE_COMMANDS } from '../../../graphql/generated/dispute-commands';
import { useI18n } from '../../../i18n/I18nProvider';
import { useFormChecks } from '../../../ui/FormChecks';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDisputeScope } from '../DisputeContext';

interface Command<Input> {
  run: (input: Input) => Promise<boolean>;
  fetching: boolean;
  problem: ApiProblem | null;
}

/** The actions that answer each kind of proposal; its sentences are `<proposal>.accept`, `.reject`, `.rejectReason`, `.confirmReject`. */
const ANSWERS = {
  offer: { accept: 'acceptOffer', reject: 'rejectOffer' },
  settlement: { accept: 'acceptSettlement', reject: 'rejectSettlement' },
} as const satisfies Record<string, { accept: keyof typeof DISPUTE_COMMANDS; reject: keyof typeof DISPUTE_COMMANDS }>;

/** Accept a proposal (an offer, a settlement) or reject it with a reason: one form for both. */
export function AnswerProposal<Accept, Reject>(props: {
  proposal: keyof typeof ANSWERS;
  accept: Command<Accept>;
  reject: Command<Reject>;
  acceptInput: Accept;
  rejectInput: (reason: string) => Reject;
}) {
  const { t } = useI18n();
  const { can } = useDisputeScope();
  const { proposal, accept, reject } = props;
  const actions = ANSWERS[proposal];
  const [rejecting, setRejecting] = useState(false);
  const checks = useFormChecks();
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {can(actions.accept) && (
          <Button size="sm" color="teal" loading={accept.fetching} onClick={() => void accept.run(props.acceptInput)}>
            {t(`${proposal}.accept`)}
          </Button>
        )}
        {can(actions.reject) && !rejecting && (
          <Button size="sm" variant="default" onClick={() => setRejecting(true)}>
            {t(`${proposal}.reject`)}
          </Button>
        )}
      </Group>
      {rejecting && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!checks.check(e)) return;
            if (await reject.run(props.rejectInput(reason))) setRejecting(false);
          }}
        >
          <Stack gap="xs">
            <Textarea label={t(`${proposal}.rejectReason`)} required {...inputBounds(actions.reject, 'reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reject.problem?.fields.reason} />
            {checks.alert}
            <Group gap="xs">
              <Button type="submit" size="sm" color="red" loading={reject.fetching}>
                {t(`${proposal}.confirmReject`)}
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
