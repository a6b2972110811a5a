import { useEffect, useState } from 'react';

/** One row of GET /open-data/merchant-statistics.json: a merchant's figures for a month of filing. */
export interface MerchantMonth {
  merchant_id: string;
  merchant_name: string;
  month: string;
  claims_received: number;
  answered_in_time_share: number | null;
  answered_in_time_basis: number;
  resolution_rate: number | null;
  resolution_basis: number;
  mediation_share: number | null;
  average_rating: number | null;
  ratings: number;
}

/** A month's figures, for one merchant or all of them together. */
export interface MonthFigures {
  month: string;
  claims: number;
  answeredInTime: number | null;
  resolved: number | null;
  mediated: number | null;
  /** Per merchant only: a mean over several merchants would need each rating's weight. */
  averageRating: number | null;
}

export const OPEN_DATA_JSON = '/open-data/merchant-statistics.json';
export const OPEN_DATA_CSV = '/open-data/merchant-statistics.csv';

/** The open data, fetched once per page view (the server caches it for five minutes). */
export function useOpenData(): { rows: MerchantMonth[] | null; failed: boolean } {
  const [rows, setRows] = useState<MerchantMonth[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(OPEN_DATA_JSON)
      .then((answer) => (answer.ok ? (answer.json() as Promise<{ rows: MerchantMonth[] }>) : Promise.reject(new Error(String(answer.status)))))
      .then((body) => live && setRows(body.rows))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return { rows, failed };
}

/**
 * Months in order with their figures; several merchants' months are added up, each share
 * weighted by the claims it is taken over (the basis published beside it).
 */
export function monthlyFigures(rows: readonly MerchantMonth[], merchantId: string | null): MonthFigures[] {
  const chosen = merchantId ? rows.filter((r) => r.merchant_id === merchantId) : rows;
  const months = new Map<string, MerchantMonth[]>();
  for (const row of chosen) months.set(row.month, [...(months.get(row.month) ?? []), row]);
  const weighted = (list: MerchantMonth[], share: (r: MerchantMonth) => number | null, basis: (r: MerchantMonth) => number) => {
    const total = list.reduce((sum, r) => sum + (share(r) === null ? 0 : basis(r)), 0);
    return total === 0 ? null : list.reduce((sum, r) => sum + (share(r) ?? 0) * basis(r), 0) / total;
  };
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => ({
      month,
      claims: list.reduce((sum, r) => sum + r.claims_received, 0),
      answeredInTime: weighted(list, (r) => r.answered_in_time_share, (r) => r.answered_in_time_basis),
      resolved: weighted(list, (r) => r.resolution_rate, (r) => r.resolution_basis),
      mediated: weighted(list, (r) => r.mediation_share, (r) => r.claims_received),
      averageRating: merchantId && list.length === 1 ? list[0].average_rating : null,
    }));
}
