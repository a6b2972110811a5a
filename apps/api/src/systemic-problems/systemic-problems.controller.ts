import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { Clock } from '@recours/clock';
import { parisDateOf } from '@recours/consumer-law';
import { AccountsService } from '../accounts/accounts.service';
import { Authentication } from '../auth/authentication';
import { requireViewer } from '../auth/current-viewer.decorator';
import { withErasedWords } from '@recours/locale';
import { answerHttpError } from '../graphql/http-error';
import { requestLocale } from '../i18n/request-locale';
import { SystemicProblemsService, validMinMembers } from './systemic-problems.service';

/** One row per group and month (long format: a spreadsheet pivots it); the group's totals repeated. Documented in docs/read-models.md. */
const COLUMNS = ['group_id', 'merchant_id', 'merchant_name', 'category', 'defect', 'members', 'claims', 'merchant_members', 'first_filed_at', 'last_filed_at', 'month', 'month_claims', 'month_members'] as const;

/**
 * The systemic problems as CSV, for the association only, with its bearer token: a server
 * route rather than a GraphQL field, so that a spreadsheet or `curl` gets a file with its type
 * and name, and the page downloads the very same thing. Same query, same rules as
 * `systemicProblems`: what the association holds a live mandate for, decided in the SQL.
 */
@Controller('association')
export class SystemicProblemsController {
  constructor(
    private readonly authentication: Authentication,
    private readonly service: SystemicProblemsService,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
  ) {}

  @Get('systemic-problems.csv')
  async csv(@Query('minMembers') minMembers: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.answer(minMembers, req, res);
    } catch (error) {
      // Refusals and faults as the GraphQL API words them, in the reader's language, with their status.
      answerHttpError(req, res, error);
    }
  }

  private async answer(minMembers: string | undefined, req: Request, res: Response): Promise<void> {
    // The rule of the GraphQL field (requireViewer): UNAUTHENTICATED, or FORBIDDEN for another role.
    const viewer = requireViewer((await this.authentication.authenticate(req.headers.authorization))?.viewer ?? null, 'ASSOCIATION');
    const least = validMinMembers(minMembers === undefined ? undefined : /^\d{1,4}$/.test(minMembers) ? Number(minMembers) : Number.NaN, 'minMembers');
    const { problems } = await this.service.forAssociation(viewer.accountId, least);
    const merchants = await this.accounts.findMerchants([...new Set(problems.map((p) => p.merchantId))]);
    const names = new Map(merchants.map((m) => [m.id, m.name]));
    const rows = problems.flatMap((p) =>
      p.months.map((m) => ({
        group_id: p.groupId,
        merchant_id: p.merchantId,
        merchant_name: names.get(p.merchantId) ?? '',
        category: p.category,
        defect: p.defect,
        members: p.members,
        claims: p.claims,
        merchant_members: p.merchantMembers,
        first_filed_at: p.firstFiledAt,
        last_filed_at: p.lastFiledAt,
        month: m.month,
        month_claims: m.claims,
        month_members: m.members,
      })),
    );
    const body = Buffer.from(stringify(withErasedWords(rows, requestLocale({ req })), { header: true, columns: [...COLUMNS], escape_formulas: true }));
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Length': String(body.length),
        // Named after the day in Paris, as every date of the product (the UTC day is yesterday until 01:00 or 02:00 there).
        'Content-Disposition': contentDisposition(`systemic-problems-${parisDateOf(this.clock.now())}.csv`),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      })
      .end(body);
  }
}
