import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { LabelledChoice } from '../../ui/LabelledChoice';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { InviteMerchantMutation } from './claim.operations';

/** The fields whose refusal shows under the field itself. */
const SHOWN = ['name', 'email', 'siren'];

export interface InvitedMerchant {
  id: string;
  name: string;
  verified: boolean;
  onRecours: boolean;
}

/**
 * The company she bought from is not on recours: she names it, gives an address where it reads
 * its mail and, when she knows it, its SIREN. The API answers the merchant (the one already known
 * for that company, or a new one it invites by e-mail), which her claim then names.
 */
export function InviteMerchantForm({ initialName, onInvited, onCancel }: { initialName: string; onInvited(merchant: InvitedMerchant): void; onCancel(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(initialName);
  const [email, setEmail] = useState('');
  const [siren, setSiren] = useState('');
  const [locale, setLocale] = useState<'fr' | 'en'>('fr');
  const [{ fetching, error }, invite] = useMutation(InviteMerchantMutation);
  const problem = describeError(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite({ input: { name, email, siren: siren.trim() === '' ? null : siren, locale } });
    if (result.data) onInvited(result.data.inviteMerchant);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="invite-merchant-title">
      <Stack>
        <h3 id="invite-merchant-title" className="step-title">
          {t('claim.invite.title')}
        </h3>
        <Text size="sm">{t('claim.invite.lead')}</Text>
        <ProblemAlert problem={problem} placed={SHOWN} />
        <TextInput label={t('claim.invite.name')} autoComplete="organization" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem?.fields.name} />
        <TextInput
          label={t('claim.invite.email')}
          description={t('claim.invite.emailHint')}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={problem?.fields.email}
        />
        <TextInput label={t('claim.invite.siren')} description={t('claim.invite.sirenHint')} inputMode="numeric" value={siren} onChange={(e) => setSiren(e.currentTarget.value)} error={problem?.fields.siren} />
        <LabelledChoice<'fr' | 'en'>
          label={t('claim.invite.language')}
          value={locale}
          onChange={setLocale}
          data={[
            { value: 'fr', label: <span lang="fr">Français</span> },
            { value: 'en', label: <span lang="en">English</span> },
          ]}
        />
        <Group>
          <Button type="submit" loading={fetching}>
            {t('claim.invite.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
