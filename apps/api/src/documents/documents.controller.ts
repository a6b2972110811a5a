import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { parisDateOf } from '@recours/consumer-law';
import { Clock } from '@recours/clock';
import { isUuid } from '@recours/event-store';
import { isLocale, type Locale } from '@recours/locale';
import { domainRule, notFound } from '../graphql/errors';
import { answerHttpError } from '../graphql/http-error';
import { requestLocale } from '../i18n/request-locale';
import { Authentication } from '../auth/authentication';
import type { Viewer } from '../auth/viewer';
import { AccountsService } from '../accounts/accounts.service';
import { DisputeReader } from '../disputes/dispute-reader.service';
import { actsForConsumer } from '../disputes/dispute-access';
import { DisputeAccessLog } from '../privacy/dispute-access-log';
import { assessDisputeRights } from '../rights';
import { DownloadLimits } from '../security/download-limits';
import { CaseFiles, type ReadableDispute } from './case-files';
import { caseFileBlocks } from './case-file.pdf';
import { formalNoticeLetter } from './formal-notice.letter';
import { withdrawalLetter, withdrawalPeriodOf, withdrawalRefusal } from './withdrawal.letter';
import { caseFileName } from './document-words';
import { renderPdf } from './pdf-document';
import { whileClientWaits } from './client-gone';
import { DocumentBuilds } from './document-builds';

/**
 * The documents a party downloads: the formal notice and the withdrawal letter (the consumer's
 * side only) and the case file, JSON or PDF. Same rule as dispute(id): anyone else, like a missing dispute, gets 404.
 * Each download asked for signed in counts against the account's hour budget (DownloadLimits,
 * 429); each document is built (and a PDF rendered) in its turn (DocumentBuilds: a few at once,
 * a bounded queue, 503 past it), a PDF in slices that leave the event loop to other requests
 * (renderPdf). The JSON takes its turn too: a long dispute's case file holds the loop about a
 * tenth of a second (test/measure/documents.measure.ts).
 */
@Controller('disputes')
export class DocumentsController {
  constructor(
    private readonly authentication: Authentication,
    private readonly disputes: DisputeReader,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
    private readonly accessLog: DisputeAccessLog,
    private readonly caseFiles: CaseFiles,
    private readonly downloadLimits: DownloadLimits,
    private readonly builds: DocumentBuilds,
  ) {}

  @Get(':id/formal-notice.pdf')
  async formalNotice(@Param('id') id: string, @Query('locale') locale: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.readable(id, req, res);
    // The letter is written in the consumer's name: hers and her mandated association's, not an adviser's.
    if (!found || !actsForConsumer(found.current.state, found.viewer)) return answerNotFound(req, res, found === undefined);
    await this.inTurn(found.viewer, req, res, async () => {
      const language = this.localeOf(locale, req);
      const state = found.current.state;
      const today = parisDateOf(this.clock.now().toISOString());
      const [[consumer], [merchant]] = await Promise.all([this.accounts.findAccounts([state.consumerId]), this.accounts.findMerchants([state.merchantId])]);
      const letter = formalNoticeLetter({
        dispute: state,
        consumerName: consumer?.displayName ?? '',
        merchantName: merchant?.name ?? '',
        rights: assessDisputeRights(state, today, {}, language),
        today,
        locale: language,
      });
      const pdf = await renderPdf({ ...letter, language });
      this.accessLog.download(state.disputeId, found.viewer.accountId, found.reader, 'FORMAL_NOTICE');
      send(res, pdf, 'application/pdf', language === 'fr' ? `mise-en-demeure-${today}.pdf` : `formal-notice-${today}.pdf`);
    });
  }

  /**
   * The withdrawal letter (the model form of R221-1 filled from the dispute), on the formal
   * notice's rule: the consumer and her mandated association. Only while the rights engine finds
   * the 14 days open for a distance or off-premises contract; otherwise refused (422, in the
   * reader's language) before it takes a turn.
   */
  @Get(':id/withdrawal.pdf')
  async withdrawal(@Param('id') id: string, @Query('locale') locale: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.readable(id, req, res);
    if (!found || !actsForConsumer(found.current.state, found.viewer)) return answerNotFound(req, res, found === undefined);
    const state = found.current.state;
    const today = parisDateOf(this.clock.now().toISOString());
    const language = this.localeOf(locale, req);
    let period: ReturnType<typeof withdrawalPeriodOf>;
    try {
      period = withdrawalPeriodOf(assessDisputeRights(state, today, {}, language));
    } catch (error) {
      return answerHttpError(req, res, error);
    }
    if (!period.open) return answerHttpError(req, res, domainRule(period.reason === 'CLOSED' ? 'WITHDRAWAL_PERIOD_ENDED' : 'NO_WITHDRAWAL_RIGHT', withdrawalRefusal(period)));
    await this.inTurn(found.viewer, req, res, async () => {
      const [[consumer], [merchant]] = await Promise.all([this.accounts.findAccounts([state.consumerId]), this.accounts.findMerchants([state.merchantId])]);
      const letter = withdrawalLetter({
        dispute: state,
        consumerName: consumer?.displayName ?? '',
        merchantName: merchant?.name ?? '',
        merchantEmail: merchant?.supportChannels?.email ?? null,
        period,
        today,
        locale: language,
      });
      const pdf = await renderPdf({ ...letter, language });
      this.accessLog.download(state.disputeId, found.viewer.accountId, found.reader, 'WITHDRAWAL_LETTER');
      send(res, pdf, 'application/pdf', language === 'fr' ? `retractation-${today}.pdf` : `withdrawal-${today}.pdf`);
    });
  }

  @Get(':id/case-file.json')
  async caseFileJson(@Param('id') id: string, @Query('locale') locale: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.readable(id, req, res);
    if (!found) return answerNotFound(req, res, found === undefined);
    await this.inTurn(found.viewer, req, res, async () => {
      const made = await this.caseFile(found, locale, req);
      send(res, Buffer.from(JSON.stringify(made.file, null, 2)), 'application/json', made.name('json'));
    });
  }

  @Get(':id/case-file.pdf')
  async caseFilePdf(@Param('id') id: string, @Query('locale') locale: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.readable(id, req, res);
    if (!found) return answerNotFound(req, res, found === undefined);
    await this.inTurn(found.viewer, req, res, async () => {
      const made = await this.caseFile(found, locale, req);
      const json = Buffer.from(JSON.stringify(made.file, null, 2));
      const readable = caseFileBlocks(made.file, made.view, made.rights, made.locale, made.parties);
      const description = made.locale === 'fr' ? 'Le dossier en JSON, avec la chaîne d’empreintes : à vérifier sur /verify' : 'The case file as JSON, with the hash chain: check it on /verify';
      const pdf = await renderPdf({ ...readable, language: made.locale, attachment: { name: made.name('json'), type: 'application/json', content: json, description } });
      send(res, pdf, 'application/pdf', made.name('pdf'));
    });
  }

  /**
   * A document built (and rendered) in its turn (DocumentBuilds): refused at once, before anything
   * is built or logged, when the queue is full (503) or the account holds its places (429), each
   * with Retry-After, in the reader's language. A download whose client has gone while it waited
   * leaves the queue at once and is not built.
   */
  private async inTurn(viewer: Viewer, req: Request, res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await whileClientWaits(req, res, (gone) => this.builds.run(viewer.accountId, work, gone));
    } catch (error) {
      if (!res.headersSent) answerHttpError(req, res, error);
      else throw error;
    }
  }

  private async caseFile(found: ReadableDispute, locale: string | undefined, req: Request) {
    const language = this.localeOf(locale, req);
    const { file, view, rights, now, parties } = await this.caseFiles.make(found, language);
    this.accessLog.download(found.current.state.disputeId, found.viewer.accountId, found.reader, 'CASE_FILE');
    return { file, view, rights, parties, locale: language, name: (ext: string) => caseFileName(language, now, ext) };
  }

  private async readable(id: string, req: Request, res: Response) {
    let viewer: Viewer | null;
    try {
      viewer = (await this.authentication.authenticate(req.headers.authorization))?.viewer ?? null;
      // Every download asked for signed in counts, before the dispute is read.
      if (viewer) await this.downloadLimits.download(viewer.accountId);
    } catch (error) {
      answerHttpError(req, res, error);
      return undefined;
    }
    if (!isUuid(id)) return null;
    try {
      return await this.disputes.readable(id.toLowerCase(), viewer);
    } catch {
      return null;
    }
  }

  private localeOf(asked: string | undefined, req: Request): Locale {
    return isLocale(asked) ? asked : requestLocale({ req });
  }
}

/** Anyone the dispute is not shown to, like a missing dispute: 404 in the reader's language (unless a 401 was answered). */
function answerNotFound(req: Request, res: Response, alreadyAnswered: boolean): undefined {
  if (!alreadyAnswered) answerHttpError(req, res, notFound({ en: 'Dispute', fr: 'Litige' }));
  return undefined;
}

function send(res: Response, body: Buffer, type: string, name: string): void {
  res
    .status(200)
    .set({ 'Content-Type': type, 'Content-Length': String(body.length), 'Content-Disposition': contentDisposition(name), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' })
    .end(body);
}
