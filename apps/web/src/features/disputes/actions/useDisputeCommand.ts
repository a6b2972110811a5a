import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import { useMutation, type TypedDocumentNode } from 'urql';
import { newCommandId } from '../../../api/command-id';
import { describeError, type ApiProblem } from '../../../api/errors';
import type { DisputeViewFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useDisputeScope } from '../DisputeContext';
import { useActionDone } from './action-done';

type Envelope = 'disputeId' | 'expectedVersion' | 'commandId';

/** The dispute a command answered: its one root field. */
function answered(data: object): DisputeViewFragment | null {
  const value = Object.values(data).find((v): v is DisputeViewFragment => typeof v === 'object' && v !== null && 'version' in v);
  return value ?? null;
}

/**
 * Sends a command on the dispute in view, with the version the viewer saw (a stale view is
 * refused as CONFLICT rather than acting on a dispute that moved in a way that changes what the
 * command decides; one that moved otherwise, a message meanwhile, is acted on and its answer shows
 * what came since) and an idempotency key kept
 * until it succeeds, so a retry after a lost answer is not applied twice.
 */
export function useDisputeCommand<TData extends object, TInput extends { disputeId: string }>(document: TypedDocumentNode<TData, { input: TInput }>) {
  const { dispute, onUpdated, refresh } = useDisputeScope();
  const { t, label } = useI18n();
  const [{ fetching }, mutate] = useMutation(document);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const commandId = useRef(newCommandId());
  const done = useActionDone();

  const run = useCallback(
    async (input: Omit<TInput, Envelope>): Promise<boolean> => {
      const variables = { input: { ...input, disputeId: dispute.id, expectedVersion: dispute.version, commandId: commandId.current } as unknown as TInput };
      const result = await mutate(variables);
      const next = result.data ? answered(result.data) : null;
      if (next) {
        commandId.current = newCommandId();
        setProblem(null);
        onUpdated(next);
        done();
        notifications.show({ color: 'teal', message: t('dispute.saved') });
        return true;
      }
      const refused = describeError(result.error);
      setProblem(refused);
      if (refused?.code === 'CONFLICT') {
        commandId.current = newCommandId();
        refresh();
        notifications.show({ color: 'yellow', title: label('error.code', 'CONFLICT'), message: t('dispute.conflict') });
      }
      return false;
    },
    [dispute.id, dispute.version, mutate, onUpdated, refresh, t, label, done],
  );

  return { run, fetching, problem };
}
