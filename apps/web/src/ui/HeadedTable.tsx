import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table under one row of column headers; its rows are the children. Its caption names it for
 * screen readers (`captionHidden` where the page's title already says it to the eye). Given
 * `minWidth` (pixels), a narrower screen scrolls it sideways rather than squeezing its columns.
 */
export function HeadedTable({
  headers,
  caption,
  captionHidden,
  minWidth,
  children,
  ...table
}: TableProps & { headers: ReactNode[]; caption?: ReactNode; captionHidden?: boolean; minWidth?: number; children: ReactNode }) {
  const content = (
    <Table {...table}>
      {caption !== undefined && <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>}
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
  return minWidth === undefined ? content : <Table.ScrollContainer minWidth={minWidth}>{content}</Table.ScrollContainer>;
}
