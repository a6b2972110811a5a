import { Card, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { FileChoice } from '../../../ui/FileChoice';
import type { MessageKey } from '../../../i18n/messages/en';
import { AssociationDetails } from '../../associations/AssociationCard';
import { AssociationDirectoryQuery } from '../../associations/associations.operations';
import { GrantRepresentationMutation, ShareDisputeForAdviceMutation, StopSharingDisputeForAdviceMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { useSession } from '../../../session/SessionProvider';
import { failureText, uploadFile } from '../../files/upload-file';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

const CHOOSING = {
  grantRepresentation: { mutation: GrantRepresentationMutation, lead: 'mandate.lead' },
  shareDisputeForAdvice: { mutation: ShareDisputeForAdviceMutation, lead: 'advice.lead' },
} as const satisfies Record<string, { mutation: unknown; lead: MessageKey }>;

/** The consumer chooses the association from the directory (name, scope, areas): nobody types a reference. */
function ChooseAssociationForm({ action }: { action: keyof typeof CHOOSING }) {
  const { t, locale } = useI18n();
  // Both take { disputeId, associationId } and answer the dispute; the mandate also a signed document.
  const command = useDisputeCommand(CHOOSING[action].mutation as unknown as TypedDocumentNode<object, { input: { disputeId: string; associationId: string; fileId?: string } }>);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState('');
  const [{ data, fetching }] = useQuery({ query: AssociationDirectoryQuery, variables: { search: debounced || null, first: 20 } });
  const found = data?.associations ?? [];
  const { token } = useSession();
  const [signed, setSigned] = useState<File | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The signed mandate, when she gives one, is uploaded first and named by the grant (fileId).
  const submit = async () => {
    setFailure(null);
    if (!signed || !token) return command.run({ associationId: chosen });
    try {
      const uploaded = await uploadFile(signed, token, locale, () => undefined);
      return await command.run({ associationId: chosen, fileId: uploaded.id });
    } catch (error) {
      setFailure(failureText(error, t));
      return false;
    }
  };

  return (
    <ActionForm submitLabel={t(`action.${action}`)} onSubmit={submit} placed={['associationId']} {...command}>
      <Text size="sm">{t(CHOOSING[action].lead)}</Text>
      <TextInput type="search" label={t('mandate.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      {fetching && !data && <Loader size="sm" aria-label={t('common.loading')} />}
      {data && found.length === 0 && <Text size="sm">{t('associations.none')}</Text>}
      {found.length > 0 && (
        <Radio.Group label={t('field.associationId')} required value={chosen} onChange={setChosen} error={command.problem?.fields.associationId}>
          <Stack gap="xs" mt="xs">
            {found.map((association) => (
              <Card key={association.id} withBorder padding="xs">
                <Radio value={association.id} label={<Text span fw={600}>{association.name}</Text>} />
                <Stack pl={32} mt={4}>
                  <AssociationDetails association={association} contacts={false} />
                </Stack>
              </Card>
            ))}
          </Stack>
        </Radio.Group>
      )}
      {action === 'grantRepresentation' && (
        <FileChoice id="signed-mandate-file" label={t('mandate.document')} accept=".pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,application/pdf,image/*" chosen={signed?.name ?? null} onChange={(files) => setSigned(files[0] ?? null)}>
          <Text size="xs" c="dimmed" mt={4}>
            {t('mandate.documentHint')}
          </Text>
        </FileChoice>
      )}
      {failure && (
        <Text c="red.9" role="alert">
          {failure}
        </Text>
      )}
    </ActionForm>
  );
}

export const GrantRepresentationForm = () => <ChooseAssociationForm action="grantRepresentation" />;
export const ShareForAdviceForm = () => <ChooseAssociationForm action="shareDisputeForAdvice" />;

/** The consumer stops sharing with one of the associations advising her, chosen by name. */
export function StopSharingForAdviceForm() {
  const { t, day } = useI18n();
  const { dispute } = useDisputeScope();
  const command = useDisputeCommand(StopSharingDisputeForAdviceMutation);
  const advisers = dispute.advisers ?? [];
  const [chosen, setChosen] = useState(advisers.length === 1 ? advisers[0]!.association.id : '');
  return (
    <ActionForm submitLabel={t('action.stopSharingDisputeForAdvice')} color="red" onSubmit={() => command.run({ associationId: chosen })} placed={['associationId']} {...command}>
      <Text size="sm">{t('advice.stopLead')}</Text>
      <Radio.Group label={t('field.associationId')} required value={chosen} onChange={setChosen} error={command.problem?.fields.associationId}>
        <Stack gap="xs" mt="xs">
          {advisers.map((adviser) => (
            <Radio key={adviser.association.id} value={adviser.association.id} label={t('advice.sharedWith', { name: adviser.association.name, at: day(adviser.sharedAt) })} />
          ))}
        </Stack>
      </Radio.Group>
    </ActionForm>
  );
}
