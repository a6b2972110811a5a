import { Group, Radio, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { LeaveFeedbackMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

/** A rating from 1 to 5 as plain radio buttons: every screen reader and keyboard knows them. */
export function LeaveFeedbackForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(LeaveFeedbackMutation);
  const [rating, setRating] = useState<string>('');
  const [comment, setComment] = useState('');
  return (
    <ActionForm submitLabel={t('action.leaveFeedback')} onSubmit={() => command.run({ rating: Number(rating), comment: comment || undefined })} {...command}>
      <Radio.Group label={t('feedback.rating')} required value={rating} onChange={setRating} error={command.problem?.fields.rating}>
        <Group gap="md" mt="xs">
          {[1, 2, 3, 4, 5].map((n) => (
            <Radio key={n} value={String(n)} label={t('feedback.stars', { n })} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea label={t('feedback.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
    </ActionForm>
  );
}
