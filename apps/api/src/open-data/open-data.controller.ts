import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { CATEGORY_MIN_CONSUMERS, monthlyCategoryStatistics, monthlyMerchantStatistics, monthlyOverallStatistics, READ_MODELS_DATA_SOURCE, type PublishedFigures } from '@recours/read-models';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';

/** A published row: the merchant named, its figures by month of filing (Paris time). */
type OpenDataRow = { merchant_id: string; merchant_name: string } & Record<string, string | number | null>;

/** The figures' columns, in order: machine names, documented in docs/read-models.md ("Open data"). */
const FIGURES = [
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
  // Always empty: a split of the ratings by weight would tell a merchant whether a consumer it
  // knows confirmed her address (docs/privacy.md, "Public figures"). The columns stay, so that a
  // reader of the files who counts columns keeps reading them.
  'ratings_full_weight',
  'ratings_limited_weight',
  'ratings_set_aside',
] as const;

/** Per merchant, per product category (all merchants together), and overall: the same figures by month. */
const COLUMNS = ['merchant_id', 'merchant_name', 'month', ...FIGURES] as const;
const CATEGORY_COLUMNS = ['category', 'month', ...FIGURES] as const;
const OVERALL_COLUMNS = ['month', ...FIGURES] as const;

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
    this.sendJson(res, COLUMNS, await this.rows());
  }

  @Get('merchant-statistics.csv')
  async csv(@Res() res: Response): Promise<void> {
    sendCsv(res, 'merchant-statistics.csv', COLUMNS, await this.rows());
  }

  @Get('category-statistics.json')
  async categoryJson(@Res() res: Response): Promise<void> {
    // The threshold a category passed to be published (CATEGORY_MIN_CONSUMERS), for whoever reads the file.
    this.sendJson(res, CATEGORY_COLUMNS, await this.categoryRows(), { minConsumersPerCategory: CATEGORY_MIN_CONSUMERS });
  }

  @Get('category-statistics.csv')
  async categoryCsv(@Res() res: Response): Promise<void> {
    sendCsv(res, 'category-statistics.csv', CATEGORY_COLUMNS, await this.categoryRows());
  }

  @Get('overall-statistics.json')
  async overallJson(@Res() res: Response): Promise<void> {
    this.sendJson(res, OVERALL_COLUMNS, await this.overallRows());
  }

  @Get('overall-statistics.csv')
  async overallCsv(@Res() res: Response): Promise<void> {
    sendCsv(res, 'overall-statistics.csv', OVERALL_COLUMNS, await this.overallRows());
  }

  private sendJson(res: Response, columns: readonly string[], rows: object[], about: Record<string, unknown> = {}): void {
    res.set('Cache-Control', 'public, max-age=300').json({ generatedAt: this.clock.now().toISOString(), timeZone: 'Europe/Paris', ...about, columns, rows });
  }

  private run = (sql: string, values: unknown[]) => this.dataSource.query(sql, values);

  private async rows(): Promise<OpenDataRow[]> {
    const statistics = await monthlyMerchantStatistics(this.run, { now: this.clock.now() });
    const merchants = await this.accounts.findMerchants([...new Set(statistics.map((s) => s.merchantId))]);
    const names = new Map(merchants.map((m) => [m.id, m.name]));
    return statistics.map((s) => ({ merchant_id: s.merchantId, merchant_name: names.get(s.merchantId) ?? '', month: s.month, ...figureColumns(s) }));
  }

  private async categoryRows(): Promise<Array<Record<string, string | number | null>>> {
    return (await monthlyCategoryStatistics(this.run, { now: this.clock.now() })).map((s) => ({ category: s.category, month: s.month, ...figureColumns(s) }));
  }

  private async overallRows(): Promise<Array<Record<string, string | number | null>>> {
    return (await monthlyOverallStatistics(this.run, { now: this.clock.now() })).map((s) => ({ month: s.month, ...figureColumns(s) }));
  }
}

function sendCsv(res: Response, name: string, columns: readonly string[], rows: object[]): void {
  res
    .set('Content-Type', 'text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${name}"`)
    .set('Cache-Control', 'public, max-age=300')
    .send(stringify(rows, { header: true, columns: [...columns], escape_formulas: true }));
}

/** The figures as published, the same for a merchant, a category or the whole platform. */
function figureColumns(s: PublishedFigures): Record<(typeof FIGURES)[number], number | null> {
  return {
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
    ratings_full_weight: null,
    ratings_limited_weight: null,
    ratings_set_aside: s.ratingsSetAside,
  };
}
