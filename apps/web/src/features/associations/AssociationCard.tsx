import { Anchor, Stack, Text } from '@mantine/core';
import type { AssociationFieldsFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';

/** Where an association works, as a person reads it: "National", or its départements by name. */
export function useAreasText() {
  const { t } = useI18n();
  return (association: Pick<AssociationFieldsFragment, 'national' | 'areas'>) => {
    const areas = association.areas.map((a) => `${a.name} (${a.code})`);
    if (association.national) return [t('associations.national'), ...areas].join(', ');
    return areas.length > 0 ? areas.join(', ') : t('associations.noAreas');
  };
}

/** An association's scope, areas and contacts, as the directory shows them. */
export function AssociationDetails({ association, contacts = true }: { association: AssociationFieldsFragment; contacts?: boolean }) {
  const { t } = useI18n();
  const areas = useAreasText();
  return (
    <Stack gap={2}>
      {association.description && <Text size="sm">{association.description}</Text>}
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          {t('associations.areas')}
          {t('common.colon')}
        </Text>{' '}
        {areas(association)}
      </Text>
      {contacts && association.email && (
        <Text size="sm">
          {t('associations.email')}
          {t('common.colon')} <Anchor href={`mailto:${association.email}`}>{association.email}</Anchor>
        </Text>
      )}
      {contacts && association.phone && (
        <Text size="sm">
          {t('associations.phone')}
          {t('common.colon')} <Anchor href={`tel:${association.phone.replace(/[^+\d]/g, '')}`}>{association.phone}</Anchor>
        </Text>
      )}
      {contacts && association.website && (
        <Text size="sm">
          {t('associations.website')}
          {t('common.colon')}{' '}
          <Anchor href={association.website} target="_blank" rel="noopener noreferrer">
            {association.website.replace(/^https?:\/\//, '')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
