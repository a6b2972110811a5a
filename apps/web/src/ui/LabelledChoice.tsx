import { SegmentedControl, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A choice among a few values, shown side by side under a visible label that names it for screen readers too. */
export function LabelledChoice<Value extends string>({
  label,
  value,
  onChange,
  data,
  fullWidth,
  disabled,
  children,
}: {
  label: ReactNode;
  value: Value;
  onChange(value: Value): void;
  data: ReadonlyArray<{ value: Value; label: ReactNode }>;
  fullWidth?: boolean;
  disabled?: boolean;
  /** Said under the choice (what it means, when it applies). */
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <div>
      <Text size="sm" fw={500} id={id} mb={4}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} fullWidth={fullWidth} disabled={disabled} value={value} onChange={(next) => onChange(next as Value)} data={[...data]} />
      {children}
    </div>
  );
}
