import { Card, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AssociationDetails } from '../../associations/AssociationCard';
import { AssociationDirectoryQuery } from '../../associations/associations.operations';
import { GrantRepresentationMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/** The consumer chooses the association from the directory (name, scope, areas): nobody types a reference. */
export function GrantRepresentationForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(GrantRepresentationMutation);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState('');
  const [{ data, fetching }] = useQuery({ query: AssociationDirectoryQuery, variables: { search: debounced || null, first: 20 } });
  const found = data?.associations ?? [];
  const submit = () => command.run({ associationId: chosen });

  return (
    <ActionForm submitLabel={t('action.grantRepresentation')} onSubmit={submit} placed={['associationId']} {...command}>
      <Text size="sm">{t('mandate.lead')}</Text>
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
    </ActionForm>
  );
}
