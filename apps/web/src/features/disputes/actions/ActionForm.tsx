import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiProblem, Placed } from '../../../api/errors';
import { useFormChecks } from '../../../ui/FormChecks';
import { ProblemAlert } from '../../../ui/ProblemAlert';

/** The frame of every command form: fields, the API's refusal if any (the fields it shows itself, `placed`, not again), one submit button. */
export function ActionForm({ submitLabel, onSubmit, fetching, problem, placed, children, color }: { submitLabel: string; onSubmit(): Promise<unknown>; fetching: boolean; problem: ApiProblem | null; placed?: Placed; children?: ReactNode; color?: string }) {
  const checks = useFormChecks();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checks.check(event)) void onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {children}
        {checks.alert}
        <ProblemAlert problem={problem} placed={placed} />
        <Group>
          <Button type="submit" loading={fetching} color={color}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
