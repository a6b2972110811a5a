import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiProblem, Placed } from '../../../api/errors';
import { ProblemAlert } from '../../../ui/ProblemAlert';

/** The frame of every command form: fields, the API's refusal if any (the fields it shows itself, `placed`, not again), one submit button. */
export function ActionForm({ submitLabel, onSubmit, fetching, problem, placed, children, color }: { submitLabel: string; onSubmit(): Promise<unknown>; fetching: boolean; problem: ApiProblem | null; placed?: Placed; children?: ReactNode; color?: string }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {children}
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
