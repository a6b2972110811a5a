import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { NotificationPreferences, UnsubscribeTokens } from '@recours/notifications';
import type { Response } from 'express';
import { webDistDir } from '../../web/web-dist';

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
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string): Promise<{ unsubscribed: true }> {
    const accountId = this.tokens.verify(token);
    if (!accountId) throw new NotFoundException('This unsubscribe link is not valid');
    await this.preferences.update(accountId, { emailNotifications: false });
    return { unsubscribed: true };
  }
}
