import type { ReactNode } from 'react';

/** Terms and their values as a description list, laid out by the `facts` style (cards, claim facts). */
export function Facts({ rows }: { rows: ReadonlyArray<readonly [term: string, value: ReactNode]> }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
