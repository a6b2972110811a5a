import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../api/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { useFormChecks } from '../../ui/FormChecks';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { DeleteReplyTemplateMutation, ReplyTemplatesQuery, SaveReplyTemplateMutation } from './merchant.operations';

interface Template {
  id: string;
  title: string;
  body: string;
}

/**
 * The team's reply templates: every agent reads them; the owner and supervisors (`leads`) add,
 * change and delete them. Changing one fills the form with it; saving keeps its id.
 */
export function ReplyTemplatesPanel({ leads }: { leads: boolean }) {
  const { t } = useI18n();
  const [templates, refresh] = useQuery({ query: ReplyTemplatesQuery });
  const [saved, save] = useMutation(SaveReplyTemplateMutation);
  const [removed, remove] = useMutation(DeleteReplyTemplateMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const problem = describeError(saved.error ?? removed.error);
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const fill = (template: Template | null) => {
    setEditing(template?.id ?? null);
    setTitle(template?.title ?? '');
    setBody(template?.body ?? '');
  };
  const checks = useFormChecks();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!checks.check(event)) return;
    const answer = await save({ input: { ...(editing ? { id: editing } : {}), title, body } });
    if (answer.data) {
      fill(null);
      reload();
    }
  };
  const drop = async (id: string) => {
    const answer = await remove({ input: { id } });
    if (!answer.data) return;
    if (editing === id) fill(null);
    reload();
  };
  const list = templates.data?.replyTemplates ?? [];
  return (
    <Panel title={t('templates.title')} titleId="templates-title" gap="sm">
      <Text size="sm">{t('templates.lead')}</Text>
      <ProblemAlert problem={problem} placed={['title', 'body']} />
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('templates.none')}
        </Text>
      ) : (
        list.map((template) => (
          <Group key={template.id} justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{t('templates.entry', { title: template.title, body: template.body })}</Text>
            {leads && (
              <Group gap={4} wrap="nowrap">
                <Button size="xs" variant="subtle" onClick={() => fill(template)} aria-label={t('templates.editOne', { title: template.title })}>
                  {t('templates.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => void drop(template.id)}>
                  {t('templates.delete')}
                </Button>
              </Group>
            )}
          </Group>
        ))
      )}
      {leads && (
        <form noValidate onSubmit={submit} aria-label={editing ? t('templates.editing') : t('templates.add')}>
          <Stack gap="xs">
            <TextInput label={t('templates.name')} required data-max-length={120} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={problem?.fields.title} />
            <Textarea label={t('templates.body')} required data-max-length={5000} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={problem?.fields.body} />
            {checks.alert}
            <Group gap="xs">
              <Button type="submit" loading={saved.fetching} w="fit-content">
                {editing ? t('templates.save') : t('templates.add')}
              </Button>
              {editing && (
                <Button variant="default" onClick={() => fill(null)}>
                  {t('templates.cancel')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Panel>
  );
}
