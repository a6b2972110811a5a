import { NativeSelect } from '@mantine/core';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { ReplyTemplatesQuery } from './merchant.operations';
import { withTemplate } from './template-text';

/**
 * Prefills a text from the merchant team's reply templates (issue 18 item 2); nothing when the team
 * keeps none. The template goes after what is already typed, never over it (withTemplate).
 */
export function TemplatePicker({ text, onChange }: { text: string; onChange(text: string): void }) {
  const { t } = useI18n();
  const [templates] = useQuery({ query: ReplyTemplatesQuery });
  const list = templates.data?.replyTemplates ?? [];
  if (list.length === 0) return null;
  return (
    <NativeSelect
      label={t('templates.use')}
      description={text.trim() ? t('templates.appends') : undefined}
      value=""
      onChange={(e) => {
        const picked = list.find((template) => template.id === e.currentTarget.value);
        if (picked) onChange(withTemplate(text, picked.body));
      }}
      data={[{ value: '', label: t('templates.choose'), disabled: true }, ...list.map((template) => ({ value: template.id, label: template.title }))]}
    />
  );
}
