import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** The case's name in a list, linking to its page. */
export function CaseLink({ id, children }: { id: string; children: string }) {
  return (
    <Anchor component={Link} to={`/disputes/${id}`} fw={600} onClick={(e) => e.stopPropagation()}>
      {children}
    </Anchor>
  );
}
