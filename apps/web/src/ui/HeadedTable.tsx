import { Table, type TableProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A table under one row of column headers; its rows are the children. Its caption names it for
 * screen readers (`captionHidden` where the page's title already says it to the eye). Given
 * `minWidth` (pixels), a narrower screen scrolls it sideways rather than squeezing its columns:
 * the scrolling box is then a stop of the keyboard (its arrows scroll it), named by the caption,
 * or a table of figures and nothing to focus in it could not be scrolled without a mouse (WCAG 2.1.1).
 */
export function HeadedTable({
  headers,
  caption,
  captionHidden,
  minWidth,
  children,
  ...table
}: TableProps & { headers: ReactNode[]; caption?: ReactNode; captionHidden?: boolean; minWidth?: number; children: ReactNode }) {
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
  const scrollBox = { tabIndex: 0, ...(caption !== undefined ? { role: 'region', 'aria-labelledby': captionId } : {}) };
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: scrollBox }}>
      {content}
    </Table.ScrollContainer>
  );
}
