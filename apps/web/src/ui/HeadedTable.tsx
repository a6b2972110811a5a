import { Table, type TableProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { scrollBoxProps } from './scroll-box';

/**
 * A table under one row of column headers; its rows are the children. Its caption names it for
 * screen readers (`captionHidden` where the page's title already says it to the eye). Given
 * `minWidth` (pixels), a narrower screen scrolls it sideways rather than squeezing its columns:
 * the scrolling box is then a stop of the keyboard (its arrows scroll it), named by the caption,
 * or a table of figures and nothing to focus in it could not be scrolled without a mouse (WCAG 2.1.1).
 * A table that scrolls must have a caption: a keyboard stop with no name is no help.
 */
export function HeadedTable({
  headers,
  caption,
  captionHidden,
  minWidth,
  children,
  ...table
}: TableProps & { headers: ReactNode[]; captionHidden?: boolean; children: ReactNode } & ({ caption?: ReactNode; minWidth?: undefined } | { caption: ReactNode; minWidth: number })) {
  const captionId = useId();
  const content = (
    <Table {...table}>
      {caption !== undefined && (
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
      )}
      <Table.Thead>
        <Table.Tr>
          {headers.map((header, i) => (
            <Table.Th key={i} scope="col">
              {header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  if (minWidth === undefined) return content;
  const scrollBox = scrollBoxProps(caption !== undefined ? captionId : null);
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: scrollBox }}>
      {content}
    </Table.ScrollContainer>
  );
}
