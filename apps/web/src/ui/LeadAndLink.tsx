import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A short line that ends in a link to another page of the app ("No account yet? Sign up"). */
export function LeadAndLink({ lead, to, children }: { lead: ReactNode; to: string; children: ReactNode }) {
  return (
    <Text size="sm">
      {lead}{' '}
      <Anchor component={Link} to={to}>
        {children}
      </Anchor>
    </Text>
  );
}
