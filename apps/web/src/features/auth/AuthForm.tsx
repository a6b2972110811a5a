import { Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import type { ApiProblem, Placed } from '../../api/errors';
import { PageTitle } from '../../ui/PageTitle';
import { ProblemAlert } from '../../ui/ProblemAlert';

/**
 * The frame of the account pages' forms: a narrow card, its title, what the API refused (once:
 * the fields the form shows next to their inputs, `placed`, are not repeated), then the fields.
 * Submitting never reloads the page.
 */
export function AuthForm({
  title,
  problem,
  placed,
  width = 420,
  onSubmit,
  children,
}: {
  title: string;
  problem: ApiProblem | null;
  placed?: Placed;
  width?: number;
  onSubmit(): unknown;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <Paper maw={width} mx="auto" p="lg" withBorder>
      <PageTitle>{title}</PageTitle>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert problem={problem} placed={placed} />
          {children}
        </Stack>
      </form>
    </Paper>
  );
}
