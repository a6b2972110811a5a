import { Button, Group, Text } from '@mantine/core';
import { useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A file to choose, said in the page's language. The browser draws its own file input in the
 * browser's language ("Choose File · No file chosen" on a French page): the input stays, named by
 * `label` (what screen readers and tests find), drawn as nothing and out of the tab order; a
 * button of ours opens it, and what was chosen (`chosen`, when the form says it here) is written
 * beside it. The files are handed over as an array and the input emptied, so that choosing the
 * same file again after a form was sent is a choice again.
 */
export function FileChoice({
  id,
  label,
  accept,
  multiple = false,
  chosen,
  invalid,
  describedBy,
  onChange,
  children,
}: {
  id: string;
  label: ReactNode;
  accept?: string;
  multiple?: boolean;
  /** What is chosen, as the form says it; null for nothing yet; undefined when the form lists the files elsewhere. */
  chosen?: string | null;
  invalid?: boolean;
  describedBy?: string;
  onChange(files: File[]): void;
  /** Below the button: a hint, a problem. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const status = useId();
  return (
    <div>
      <Text component="label" htmlFor={id} id={`${id}-label`} size="sm" fw={500} display="block" mb={4}>
        {label}
      </Text>
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          onChange(files);
        }}
      />
      <Group gap="sm" wrap="wrap">
        <Button variant="default" size="xs" onClick={() => input.current?.click()} aria-describedby={[`${id}-label`, chosen !== undefined ? status : null, describedBy].filter(Boolean).join(' ') || undefined}>
          {t(multiple ? 'files.chooseMany' : 'files.choose')}
        </Button>
        {chosen !== undefined && (
          <Text id={status} size="sm" c={chosen ? undefined : 'dimmed'}>
            {chosen ?? t('files.noneChosen')}
          </Text>
        )}
      </Group>
      {children}
    </div>
  );
}
