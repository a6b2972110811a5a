import { Anchor, Button, Checkbox, Loader, MultiSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { Panel } from '../../ui/Panel';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useStoredRecordForm } from '../../ui/useStoredRecordForm';
import type { AssociationFieldsFragment } from '../../graphql/generated/graphql';
import { AssociationProfileQuery, UpdateAssociationProfileMutation } from './associations.operations';

const PLACED = (field: string) => /^(name|description|national|areas(\.\d+)?|email|phone|website)$/.test(field);

/** The association writes what consumers read of it in the directory before giving it a mandate. */
export function AssociationProfilePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [profile] = useQuery({ query: AssociationProfileQuery, variables: { id: user?.id ?? '' }, pause: !user });
  const association = profile.data?.association;

  return (
    <Stack maw={960}>
      <PageTitle>{t('associations.profileTitle')}</PageTitle>
      <Text>
        {t('associations.profileLead')}{' '}
        <Anchor component={Link} to="/associations">
          {t('associations.title')}
        </Anchor>
      </Text>
      <ApiErrorAlert error={profile.error} />
      {!association && profile.fetching && <Loader aria-label={t('common.loading')} />}
      {/* The form opens once the profile is read, with its values: what was typed before they
          arrived would otherwise be replaced by them (and every field is sent on saving). */}
      {association && <AssociationProfileForm key={association.id} association={association} areaChoices={profile.data?.associationAreas ?? []} />}
    </Stack>
  );
}

/** What the form shows of the profile as stored. */
const fieldsOf = (association: AssociationFieldsFragment) => ({
  name: association.name,
  description: association.description,
  national: association.national,
  areas: association.areas.map((a) => a.code),
  email: association.email ?? '',
  phone: association.phone ?? '',
  website: association.website ?? '',
});

function AssociationProfileForm({ association, areaChoices }: { association: AssociationFieldsFragment; areaChoices: ReadonlyArray<{ code: string; name: string }> }) {
  const { t } = useI18n();
  const { fields, set, saved } = useStoredRecordForm(association, fieldsOf);
  const [update, save] = useMutation(UpdateAssociationProfileMutation);
  const problem = describeError(update.error);
  const areaProblem = problem && Object.entries(problem.fields).find(([field]) => field.startsWith('areas'))?.[1];
  const { name, description, national, areas, email, phone, website } = fields;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Every field is sent: an emptied contact is cleared.
    const result = await save({ input: { name, description, national, areas, email: email.trim(), phone: phone.trim(), website: website.trim() } });
    if (result.data) saved(result.data.updateAssociationProfile);
  };

  return (
    <Panel title={t('associations.profilePanel')} titleId="association-profile-title" as="form" onSubmit={submit} gap="sm">
      <Stack>
        <ProblemAlert problem={problem} placed={PLACED} />
        <TextInput label={t('associations.name')} required data-max-length={200} value={name} onChange={(e) => set('name')(e.currentTarget.value)} error={problem?.fields.name} />
        <Textarea label={t('associations.description')} description={t('associations.descriptionHint')} autosize minRows={3} data-max-length={2000} value={description} onChange={(e) => set('description')(e.currentTarget.value)} error={problem?.fields.description} />
        <Checkbox label={t('associations.nationalLabel')} checked={national} onChange={(e) => set('national')(e.currentTarget.checked)} />
        <MultiSelect
          label={t('associations.areas')}
          description={t('associations.areasHint')}
          searchable
          clearable
          data={areaChoices.map((a) => ({ value: a.code, label: `${a.code} – ${a.name}` }))}
          value={areas}
          onChange={set('areas')}
          error={areaProblem}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('associations.email')} type="email" data-max-length={254} value={email} onChange={(e) => set('email')(e.currentTarget.value)} error={problem?.fields.email} />
          <TextInput label={t('associations.phone')} type="tel" data-max-length={40} value={phone} onChange={(e) => set('phone')(e.currentTarget.value)} error={problem?.fields.phone} />
          <TextInput label={t('associations.website')} type="url" data-max-length={300} placeholder="https://" value={website} onChange={(e) => set('website')(e.currentTarget.value)} error={problem?.fields.website} />
        </SimpleGrid>
        <Button type="submit" loading={update.fetching} w="fit-content">
          {t('common.save')}
        </Button>
      </Stack>
    </Panel>
  );
}
