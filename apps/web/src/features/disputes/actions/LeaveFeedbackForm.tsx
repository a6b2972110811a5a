import { Rating, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { LeaveFeedbackMutation } from '../dispute-commands.operations';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export function LeaveFeedbackForm() {
  const { t } = useI18n();
  const command = useDisputeCommand(LeaveFeedbackMutation);
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <ActionForm submitLabel={t('action.leaveFeedback')} onSubmit={() => command.run({ rating, comment: comment || undefined })} {...command}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="feedback-rating">
          {t('feedback.rating')}
        </Text>
        <Rating value={rating} onChange={setRating} aria-labelledby="feedback-rating" getSymbolLabel={(value) => t('feedback.stars', { n: value })} />
      </Stack>
      <Textarea label={t('feedback.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
    </ActionForm>
  );
}
