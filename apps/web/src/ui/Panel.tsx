import { Box, Paper, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * A part of a page named by its heading, bordered unless `framed` is false: a section (a region
 * for screen readers), a form, or a plain block. `titleId` is the heading's id, which links and
 * tests know it by.
 */
export function Panel({
  title,
  titleId,
  as = 'section',
  onSubmit,
  gap = 'xs',
  framed = true,
  children,
}: {
  title: ReactNode;
  titleId: string;
  as?: 'section' | 'form' | 'div';
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** Space under the heading. */
  gap?: 'xs' | 'sm';
  framed?: boolean;
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} size="h4" id={titleId} mb={gap}>
      {title}
    </Title>
  );
  // One element type for Mantine's polymorphic typing; the element rendered is `as`.
  const Frame = framed ? Paper : Box;
  return (
    <Frame {...(framed && { withBorder: true, p: 'md' })} component={as as 'form'} onSubmit={onSubmit} aria-labelledby={titleId}>
      {heading}
      {children}
    </Frame>
  );
}
