import { Card, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { AssociationDetails } from './AssociationCard';
import { AssociationAreasQuery, AssociationDirectoryQuery } from './associations.operations';

/** The public directory of consumer associations: whom a consumer may ask for help, and give a mandate to. */
export function AssociationDirectoryPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [area, setArea] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data, fetching, error }] = useQuery({ query: AssociationDirectoryQuery, variables: { search: debounced || null, area: area || null, first: 100 } });
  const [areas] = useQuery({ query: AssociationAreasQuery });

  return (
    <Stack maw={960}>
      <PageTitle>{t('associations.title')}</PageTitle>
      <Text>{t('associations.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="search" label={t('associations.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <NativeSelect
          label={t('associations.area')}
          value={area}
          onChange={(e) => setArea(e.currentTarget.value)}
          data={[{ value: '', label: t('associations.anyArea') }, ...(areas.data?.associationAreas ?? []).map((a) => ({ value: a.code, label: `${a.code} – ${a.name}` }))]}
        />
      </SimpleGrid>
      <ApiErrorAlert error={error} />
      {fetching && !data && <Loader aria-label={t('common.loading')} />}
      {data && data.associations.length === 0 && <Text>{t('associations.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {data?.associations.map((association) => (
          <Card key={association.id} withBorder component="article" aria-label={association.name}>
            <Title order={2} size="h4" mb={4}>
              {association.name}
            </Title>
            <AssociationDetails association={association} />
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
