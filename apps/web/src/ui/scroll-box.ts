/**
 * What the box a wide table scrolls in is given: a stop of the keyboard (its arrows scroll it) with
 * the role and name of a region, named by the table's caption. Without a caption, nothing: a stop
 * with no name would be read as an unnamed group (HeadedTable requires a caption with `minWidth`).
 */
export function scrollBoxProps(captionId: string | null): { tabIndex?: number; role?: 'region'; 'aria-labelledby'?: string } {
  return captionId ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {};
}
