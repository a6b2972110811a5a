import { Checkbox, Group, NativeSelect, Radio, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { TypedDocumentNode } from 'urql';
import { DISPUTE_COMMANDS, type CommandField } from '../../../graphql/generated/dispute-commands';
import { DayInput } from '../../../ui/DayInput';
import { today } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages/en';
import { labelKeyInForm } from '../../../../../../libs/locale/src/labelled-in-form';
import { DISPUTE_COMMAND_MUTATIONS } from '../dispute-commands.operations';
import { useDisputeScope } from '../DisputeContext';
import { ActionForm } from './ActionForm';
import { useDisputeCommand } from './useDisputeCommand';

export type DescribedAction = keyof typeof DISPUTE_COMMAND_MUTATIONS;

/** What the description cannot say about a form: a lead sentence, a colour, a value filled in. */
export interface FormPresentation {
  color?: string;
  lead?(scope: ReturnType<typeof useDisputeScope>, t: ReturnType<typeof useI18n>): ReactNode;
  initial?(scope: ReturnType<typeof useDisputeScope>): Record<string, string>;
}

type Document = TypedDocumentNode<object, { input: { disputeId: string } & Record<string, unknown> }>;
const RANGE_AS_RADIOS = 10;

/** The field's first value: the reader's today for a date, never after Paris's (the API's today: `today` in i18n/format), the first choice, the lowest of a small range left for the person to choose. */
function initialOf(field: CommandField): string {
  if (field.kind === 'date') return today();
  if (field.kind === 'choice' && field.required) return field.values![0]!;
  if (field.kind === 'boolean') return 'false';
  return '';
}

/** What the form holds, as the API reads it: an empty optional field is left out. */
function valueOf(field: CommandField, raw: string): unknown {
  if (raw === '' && !field.required) return undefined;
  if (field.kind === 'integer') return Number(raw);
  if (field.kind === 'boolean') return raw === 'true';
  if (field.kind === 'id') return raw.trim();
  return raw;
}

/**
 * A command's form built from its description (generated from libs/disputes): one input per
 * field, labelled `field.<name>` in the reader's language (or as LABELLED_IN_FORM labels it in this form), with the bounds the API applies, and
 * each refusal shown under its field.
 */
export function CommandForm({ action, presentation = {} }: { action: DescribedAction; presentation?: FormPresentation }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const scope = useDisputeScope();
  const fields = Object.entries(DISPUTE_COMMANDS[action].fields) as Array<[string, CommandField]>;
  const command = useDisputeCommand(DISPUTE_COMMAND_MUTATIONS[action] as unknown as Document);
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...Object.fromEntries(fields.map(([name, field]) => [name, initialOf(field)])), ...presentation.initial?.(scope) }));
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const submit = () => command.run(Object.fromEntries(fields.map(([name, field]) => [name, valueOf(field, values[name] ?? '')]).filter(([, value]) => value !== undefined)));

  const lead = presentation.lead?.(scope, i18n);

  const input = (name: string, field: CommandField) => {
    // The form's own label where it has one (the remedy report's day), the same the API's refusals name it by.
    const named = t(labelKeyInForm(action, name) ?? (`field.${name}` as MessageKey));
    const common = { label: field.required ? named : t('form.optional', { label: named }), required: field.required, error: command.problem?.fields[name] };
    const value = values[name] ?? '';
    switch (field.kind) {
      case 'choice':
        return <NativeSelect key={name} {...common} value={value} onChange={(e) => set(name)(e.currentTarget.value)} data={[...(field.required ? [] : [{ value: '', label: '—' }]), ...field.values!.map((v) => ({ value: v, label: label(`field.${name}`, v) }))]} />;
      case 'date':
        // JJ/MM/AAAA in French, with a calendar in the reader's language: never the browser's mm/dd/yyyy.
        return <DayInput key={name} {...common} value={value} onChange={set(name)} />;
      case 'boolean':
        return <Checkbox key={name} label={common.label} checked={value === 'true'} onChange={(e) => set(name)(String(e.currentTarget.checked))} error={common.error} />;
      case 'integer':
        if (field.max! - field.min! < RANGE_AS_RADIOS) {
          // A small range as plain radio buttons: every screen reader and keyboard knows them.
          return (
            <Radio.Group key={name} {...common} value={value} onChange={set(name)}>
              <Group gap="md" mt="xs">
                {Array.from({ length: field.max! - field.min! + 1 }, (_, i) => field.min! + i).map((n) => (
                  <Radio key={n} value={String(n)} label={t('form.outOf', { n, max: field.max! })} />
                ))}
              </Group>
            </Radio.Group>
          );
        }
        return <TextInput key={name} type="number" min={field.min} max={field.max} {...common} value={value} onChange={(e) => set(name)(e.currentTarget.value)} />;
      case 'id':
        return <TextInput key={name} {...common} value={value} onChange={(e) => set(name)(e.currentTarget.value)} />;
      default:
        return (field.maxLength ?? 0) > 200 ? (
          <Textarea key={name} {...common} minLength={field.minLength} data-max-length={field.maxLength} value={value} onChange={(e) => set(name)(e.currentTarget.value)} />
        ) : (
          <TextInput key={name} {...common} minLength={field.minLength} data-max-length={field.maxLength} value={value} onChange={(e) => set(name)(e.currentTarget.value)} />
        );
    }
  };

  return (
    <ActionForm submitLabel={t(`action.${action}` as MessageKey)} color={presentation.color} onSubmit={submit} placed={fields.map(([name]) => name)} {...command}>
      {lead && <Text size="sm">{lead}</Text>}
      {fields.map(([name, field]) => input(name, field))}
    </ActionForm>
  );
}
