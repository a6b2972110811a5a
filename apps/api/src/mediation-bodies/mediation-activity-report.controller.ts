import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { Authentication } from '../auth/authentication';
import { answerHttpError } from '../graphql/http-error';
import { requestLocale } from '../i18n/request-locale';
import { activityReportCsv } from './activity-report.csv';
import { MediationActivityReports } from './mediation-activity-reports';

/**
 * A mediation body's annual activity report as CSV, with a bearer token: the very figures of
 * `mediationBodyActivityReport`, read by the same rule (MediationActivityReports.reportFor), so
 * that a spreadsheet or `curl` gets a file with its type and name.
 */
@Controller('mediation-bodies')
export class MediationActivityReportController {
  constructor(
    private readonly authentication: Authentication,
    private readonly reports: MediationActivityReports,
  ) {}

  @Get(':bodyId/activity-report.csv')
  async csv(@Param('bodyId') bodyId: string, @Query('year') year: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = (await this.authentication.authenticate(req.headers.authorization))?.viewer ?? null;
      const report = await this.reports.reportFor(viewer, bodyId, year !== undefined && /^\d{1,4}$/.test(year) ? Number(year) : Number.NaN, { bodyId: 'bodyId', year: 'year' });
      const locale = requestLocale({ req });
      const body = Buffer.from(activityReportCsv(report, locale));
      res
        .status(200)
        .set({
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Length': String(body.length),
          'Content-Disposition': contentDisposition(`${locale === 'fr' ? 'rapport-activite' : 'activity-report'}-${report.year}.csv`),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        })
        .end(body);
    } catch (error) {
      // Refusals and faults as the GraphQL API words them, in the reader's language, with their status.
      answerHttpError(req, res, error);
    }
  }
}
