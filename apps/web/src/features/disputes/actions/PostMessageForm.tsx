import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { MessageVisibility } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { PostMessageMutation } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';
import { inputBounds } from '../../../graphql/field-bounds';
import { TemplatePicker } from '../../merchant/TemplatePicker';

/** Who may read a message, by the writer's side: in mediation a side can write to the mediator alone. */
const VISIBILITIES: Record<string, MessageVisibility[]> = {
  CONSUMER: ['ALL', 'CONSUMER_AND_MEDIATOR'],
  MERCHANT: ['ALL', 'MERCHANT_AND_MEDIATOR'],
  MEDIATOR: ['ALL', 'CONSUMER_AND_MEDIATOR', 'MERCHANT_AND_MEDIATOR', 'MEDIATOR_ONLY'],
  ADMIN: ['ALL'],
};

export function PostMessageForm() {
  const { t, label } = useI18n();
  const { dispute, side } = useDisputeScope();
  const command = useDisputeCommand(PostMessageMutation);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<MessageVisibility>('ALL');
  const choices = dispute.mediation?.mediatorId ? VISIBILITIES[side] : ['ALL'];
  const submit = async () => {
    if (await command.run({ body, visibility })) setBody('');
  };
  return (
    <ActionForm submitLabel={t('action.postMessage')} onSubmit={submit} placed={['body']} {...command}>
      {side === 'MERCHANT' && <TemplatePicker text={body} onChange={setBody} />}
      <Textarea label={t('message.body')} required {...inputBounds('postMessage', 'body')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={command.problem?.fields.body} />
      {choices.length > 1 && <NativeSelect label={t('message.visibility')} value={visibility} onChange={(e) => setVisibility(e.currentTarget.value as MessageVisibility)} data={choices.map((value) => ({ value, label: label('visibility', value) }))} />}
    </ActionForm>
  );
}
