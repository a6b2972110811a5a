import { Radio, Stack } from '@mantine/core';

/** A question the form asks first, answered yes or no, each answer in words (the admissibility, whether a remedy was delivered). */
export function YesNoQuestion({ label, yes, no, value, onChange }: { label: string; yes: string; no: string; value: boolean; onChange(value: boolean): void }) {
  return (
    <Radio.Group label={label} value={value ? 'yes' : 'no'} onChange={(answer) => onChange(answer === 'yes')}>
      <Stack gap="xs" mt="xs">
        <Radio value="yes" label={yes} />
        <Radio value="no" label={no} />
      </Stack>
    </Radio.Group>
  );
}
