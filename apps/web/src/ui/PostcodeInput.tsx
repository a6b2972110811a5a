import { TextInput } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';

export interface PostcodeInputProps {
  /** Why it is asked, where it is asked (the claim form, the rights checker). */
  description: string;
  value: string | undefined;
  onChange(value: string): void;
  error?: string;
}

/** Her French postcode, optional: her deadlines are then counted in her place's days (the rights engine's calendar). */
export function PostcodeInput({ description, value, onChange, error }: PostcodeInputProps) {
  const { t } = useI18n();
  return (
    <TextInput
      label={t('field.consumerPostcode')}
      description={description}
      inputMode="numeric"
      autoComplete="postal-code"
      maxLength={16}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}
