import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { Clock } from '@recours/clock';
import { parisDateOf } from '@recours/consumer-law';
import { AccountsService } from '../accounts/accounts.service';
import { Authentication } from '../auth/authentication';
import { requireViewer } from '../auth/current-viewer.decorator';
import { answerHttpError } from '../graphql/http-error';
import { requestLocale } from '../i18n/request-locale';
import { systemicProblemsCsv } from './systemic-problems.csv';
import { SystemicProblemsService, validMinMembers } from './systemic-problems.service';

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
    const body = Buffer.from(systemicProblemsCsv(problems, new Map(merchants.map((m) => [m.id, m.name])), requestLocale({ req })));
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
