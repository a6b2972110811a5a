import { NativeSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ReplyTemplatesQuery } from './merchant.operations';

/** Prefills a text from the merchant team's reply templates (issue 18 item 2); nothing when the team keeps none. */
export function TemplatePicker({ onPick }: { onPick(body: string): void }) {
  const { t } = useI18n();
  const [templates] = useQuery({ query: ReplyTemplatesQuery });
  const list = templates.data?.replyTemplates ?? [];
  if (list.length === 0) return null;
  return (
    <NativeSelect
      label={t('templates.use')}
      value=""
      onChange={(e) => {
        const picked = list.find((template) => template.id === e.currentTarget.value);
        if (picked) onPick(picked.body);
      }}
      data={[{ value: '', label: t('templates.choose'), disabled: true }, ...list.map((template) => ({ value: template.id, label: template.title }))]}
    />
  );
}
