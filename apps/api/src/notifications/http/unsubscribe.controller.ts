import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { NotificationPreferences, UnsubscribeTokens } from '@recours/notifications';
import type { Request, Response } from 'express';
import { notFound } from '../../graphql/errors';
import { answerHttpError } from '../../graphql/http-error';
import { webDistDir } from '../../web/web-dist';

const UNSUBSCRIBE_LINK = { en: 'Unsubscribe link', fr: 'Lien de désinscription' };

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs to the List-Unsubscribe link, and the
 * account it was signed for gets no more notification e-mails (in-app notifications go on). A
 * GET of the same link answers the web app, whose page asks before POSTing: link checkers that
 * follow links must not unsubscribe anyone.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: NotificationPreferences,
  ) {}

  @Get(':token')
  page(@Res() res: Response): void {
    const index = join(webDistDir(), 'index.html');
    if (!existsSync(index)) throw new NotFoundException('the web app is not built (npm run build:web)');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  }

  @Post(':token')
  async unsubscribe(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const accountId = this.tokens.verify(token);
    // A forged or altered link, or an erased person's (nobody is e-mailed there any more, and
    // nothing is stored for her): 404 as every server route answers it (answerHttpError), in the reader's language.
    if (!accountId || !(await this.preferences.update(accountId, { emailNotifications: false }))) return answerHttpError(req, res, notFound(UNSUBSCRIBE_LINK));
    res.status(200).json({ unsubscribed: true });
  }
}
