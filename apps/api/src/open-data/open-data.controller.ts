import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { monthlyMerchantStatistics, READ_MODELS_DATA_SOURCE, type MonthlyMerchantStatistics } from '@recours/read-models';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';

/** A published row: the merchant named, its figures by month of filing (Paris time). */
type OpenDataRow = { merchant_id: string; merchant_name: string } & Record<string, string | number | null>;

/** The columns, in order: machine names, documented in docs/read-models.md ("Open data"). */
const COLUMNS = [
  'merchant_id',
  'merchant_name',
  'month',
  'claims_received',
  'answered_in_time_share',
  'answered_in_time_basis',
  'median_first_response_hours',
  'first_response_basis',
  'resolution_rate',
  'resolution_basis',
  'mediation_share',
  'average_rating',
  'ratings',
  'ratings_full_weight',
  'ratings_limited_weight',
  'ratings_set_aside',
] as const;

/**
 * The merchants' public statistics as open data, CSV and JSON, for anyone (no account): the
 * figures the scorecards show, by month, each recomputable from the log (`npm run stats:verify`).
 */
@Controller('open-data')
export class OpenDataController {
  constructor(
    @Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
  ) {}

  @Get('merchant-statistics.json')
  async json(@Res() res: Response): Promise<void> {
    const rows = await this.rows();
    res.set('Cache-Control', 'public, max-age=300').json({ generatedAt: this.clock.now().toISOString(), timeZone: 'Europe/Paris', columns: COLUMNS, rows });
  }

  @Get('merchant-statistics.csv')
  async csv(@Res() res: Response): Promise<void> {
    const rows = await this.rows();
    res
      .set('Content-Type', 'text/csv; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="merchant-statistics.csv"')
      .set('Cache-Control', 'public, max-age=300')
      .send(stringify(rows, { header: true, columns: [...COLUMNS] }));
  }

  private async rows(): Promise<OpenDataRow[]> {
    const statistics = await monthlyMerchantStatistics((sql, values) => this.dataSource.query(sql, values), { now: this.clock.now() });
    const merchants = await this.accounts.findMerchants([...new Set(statistics.map((s) => s.merchantId))]);
    const names = new Map(merchants.map((m) => [m.id, m.name]));
    return statistics.map((s) => openDataRow(s, names.get(s.merchantId) ?? ''));
  }
}

function openDataRow(s: MonthlyMerchantStatistics, merchantName: string): OpenDataRow {
  return {
    merchant_id: s.merchantId,
    merchant_name: merchantName,
    month: s.month,
    claims_received: s.claimsReceived,
    answered_in_time_share: s.answeredInTimeShare,
    answered_in_time_basis: s.answeredInTimeBasis,
    median_first_response_hours: s.medianFirstResponseSeconds === null ? null : Math.round((s.medianFirstResponseSeconds / 3600) * 10) / 10,
    first_response_basis: s.firstResponseBasis,
    resolution_rate: s.resolutionRate,
    resolution_basis: s.resolutionBasis,
    mediation_share: s.mediationShare,
    average_rating: s.averageRating,
    ratings: s.ratings,
    ratings_full_weight: s.ratingsFullWeight,
    ratings_limited_weight: s.ratingsLimitedWeight,
    ratings_set_aside: s.ratingsSetAside,
  };
}
