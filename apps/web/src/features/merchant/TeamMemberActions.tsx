import { Alert, Button, Group, List } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { RemoveMerchantAgentMutation, TransferMerchantOwnershipMutation } from './merchant.operations';

/** Every sentence of a refusal: a removal refused names each case the agent still handles. */
function reasonsOf(error: CombinedError | undefined): string[] {
  const fields = (error?.graphQLErrors[0]?.extensions?.fields ?? []) as Array<{ message: string }>;
  return fields.map((f) => f.message);
}

/**
 * What the owner does with another member of the team (issue 18 item 2): hand the merchant to
 * her, or remove her from the team. Each asks once more before it acts.
 */
export function TeamMemberActions({ agentId, name, onChanged }: { agentId: string; name: string; onChanged: () => void }) {
  const { t } = useI18n();
  const { token, user, signIn } = useSession();
  const [asked, setAsked] = useState<'REMOVE' | 'TRANSFER' | null>(null);
  const [removal, remove] = useMutation(RemoveMerchantAgentMutation);
  const [transfer, hand] = useMutation(TransferMerchantOwnershipMutation);
  const error = removal.error ?? transfer.error;
  const reasons = reasonsOf(error);
  const act = async () => {
    const answer = asked === 'REMOVE' ? await remove({ input: { agentId } }) : await hand({ input: { agentId } });
    if (answer.error) return;
    // The merchant is hers now: this page stops offering the owner's acts.
    if (asked === 'TRANSFER' && token && user) signIn(token, { ...user, merchantOwner: false });
    notifications.show({ color: 'teal', message: asked === 'REMOVE' ? t('team.removed', { name }) : t('team.transferred', { name }) });
    setAsked(null);
    onChanged();
  };
  return (
    <>
      {asked ? (
        <Group gap="xs">
          <Button size="xs" color={asked === 'REMOVE' ? 'red' : 'blue'} loading={removal.fetching || transfer.fetching} onClick={() => void act()}>
            {asked === 'REMOVE' ? t('team.remove.confirm', { name }) : t('team.transfer.confirm', { name })}
          </Button>
          <Button size="xs" variant="default" onClick={() => setAsked(null)}>
            {t('team.cancel')}
          </Button>
        </Group>
      ) : (
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={() => setAsked('TRANSFER')} aria-label={t('team.transfer.one', { name })}>
            {t('team.transfer')}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setAsked('REMOVE')} aria-label={t('team.remove.one', { name })}>
            {t('team.remove')}
          </Button>
        </Group>
      )}
      {reasons.length > 1 ? (
        <Alert color="red" title={t('team.remove.refused', { name })}>
          <List size="sm">
            {reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <ProblemAlert problem={describeError(error)} />
      )}
    </>
  );
}
