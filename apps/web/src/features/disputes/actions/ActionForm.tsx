import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiProblem } from '../../../api/errors';
import { ProblemAlert } from './ProblemAlert';

/** The frame of every command form: fields, the API's refusal if any, one submit button. */
export function ActionForm({ submitLabel, onSubmit, fetching, problem, children, color }: { submitLabel: string; onSubmit(): Promise<unknown>; fetching: boolean; problem: ApiProblem | null; children?: ReactNode; color?: string }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {children}
        <ProblemAlert problem={problem} />
        <Group>
          <Button type="submit" loading={fetching} color={color}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
