import { Box, Paper, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useFormChecks } from './FormChecks';

/**
 * A part of a page named by its heading, bordered unless `framed` is false: a section (a region
 * for screen readers), a form, or a plain block. `titleId` is the heading's id, which links and
 * tests know it by. A form is `noValidate`: its required fields and lengths are checked by the
 * app (useFormChecks) before `onSubmit` is called, and said in the page's language.
 */
export function Panel({
  title,
  titleId,
  as = 'section',
  onSubmit,
  gap = 'xs',
  framed = true,
  titleFocusable = false,
  children,
}: {
  title: ReactNode;
  titleId: string;
  as?: 'section' | 'form' | 'div';
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** Space under the heading. */
  gap?: 'xs' | 'sm';
  framed?: boolean;
  /** The title takes the focus from a script (tabIndex -1), where an act ends: not a keyboard stop. */
  titleFocusable?: boolean;
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} size="h4" id={titleId} mb={gap} tabIndex={titleFocusable ? -1 : undefined}>
      {title}
    </Title>
  );
  const checks = useFormChecks();
  // A form is checked by the app, in the page's language, not by the browser's bubbles.
  const submit =
    as === 'form'
      ? (event: FormEvent<HTMLFormElement>) => {
          if (checks.check(event)) return onSubmit?.(event);
          event.preventDefault();
        }
      : onSubmit;
  // One element type for Mantine's polymorphic typing; the element rendered is `as`.
  const Frame = framed ? Paper : Box;
  return (
    <Frame {...(framed && { withBorder: true, p: 'md' })} component={as as 'form'} onSubmit={submit} noValidate={as === 'form' || undefined} aria-labelledby={titleId}>
      {heading}
      {children}
      {as === 'form' && checks.alert}
    </Frame>
  );
}
