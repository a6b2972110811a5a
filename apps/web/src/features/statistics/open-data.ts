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

/** One row of GET /open-data/category-statistics.json: a product category's figures for a month, all merchants together. */
export type CategoryMonth = Omit<MerchantMonth, 'merchant_id' | 'merchant_name'> & { category: string };

/** One row of GET /open-data/overall-statistics.json: every claim of a month. */
export type OverallMonth = Omit<MerchantMonth, 'merchant_id' | 'merchant_name'>;

export const OPEN_DATA_JSON = '/open-data/merchant-statistics.json';
export const OPEN_DATA_CSV = '/open-data/merchant-statistics.csv';
export const CATEGORY_DATA_JSON = '/open-data/category-statistics.json';
export const CATEGORY_DATA_CSV = '/open-data/category-statistics.csv';
export const OVERALL_DATA_JSON = '/open-data/overall-statistics.json';
export const OVERALL_DATA_CSV = '/open-data/overall-statistics.csv';

/** What an open-data JSON file holds besides its rows (the category file: the threshold its categories passed). */
export interface OpenDataFile<Row> {
  rows: Row[];
  minConsumersPerCategory?: number;
}

/** The open data, fetched once per page view (the server caches it for five minutes). */
export function useOpenData<Row = MerchantMonth>(path = OPEN_DATA_JSON): { rows: Row[] | null; file: OpenDataFile<Row> | null; failed: boolean } {
  const [file, setFile] = useState<OpenDataFile<Row> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(path)
      .then((answer) => (answer.ok ? (answer.json() as Promise<OpenDataFile<Row>>) : Promise.reject(new Error(String(answer.status)))))
      .then((body) => live && setFile(body))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [path]);
  return { rows: file?.rows ?? null, file, failed };
}

/**
 * Months in order, from rows the server already computed over the whole group (a category, or
 * every claim): its figures as published, the average rating weighted as on the scorecards.
 */
export function publishedFigures(rows: readonly OverallMonth[]): MonthFigures[] {
  return [...rows]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((r) => ({ month: r.month, claims: r.claims_received, answeredInTime: r.answered_in_time_share, resolved: r.resolution_rate, mediated: r.mediation_share, averageRating: r.average_rating }));
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
