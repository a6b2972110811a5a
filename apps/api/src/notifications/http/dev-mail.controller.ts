import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { Controller, Get, NotFoundException, Param, Req } from '@nestjs/common';
import { Mailer } from '@recours/mail';
import { simpleParser, type AddressObject } from 'mailparser';

export interface DevMailSummary {
  id: string;
  to: string;
  subject: string;
  date: string;
}

/**
 * A request from this very machine, not relayed: the mailbox holds every link recours mailed
 * (password resets, invitations), so a server reachable from elsewhere without SMTP_URL (a demo or
 * staging host that forgot NODE_ENV=production) must not hand them to anyone who asks. A proxy on
 * the same machine says so with its forwarding headers.
 */
export function isFromThisMachine(request: Pick<IncomingMessage, 'socket' | 'headers'>, env: NodeJS.ProcessEnv = process.env): boolean {
  // Behind a proxy (TRUST_PROXY), every request comes from it: none is this machine's own.
  if (env.TRUST_PROXY) return false;
  if (request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined || request.headers['x-real-ip'] !== undefined) return false;
  // Named as this machine: a page of another site whose name was made to point here (DNS
  // rebinding) or a tunnel's request carries another name.
  if (!LOCAL_HOST.test(request.headers.host ?? '')) return false;
  const address = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

const LOCAL_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

const addresses = (to: AddressObject | AddressObject[] | undefined): string => (to ? [to].flat().map((a) => a.text).join(', ') : '');

/**
 * The e-mails recours would have sent, for a newcomer without SMTP_URL: the .eml files under
 * DATA_DIR/mail, listed for the web app's /dev/mail page, to a browser on this machine only.
 * With SMTP_URL, or in production, there is no such mailbox and nothing is answered.
 */
@Controller('dev-mail')
export class DevMailController {
  constructor(private readonly mailer: Mailer) {}

  @Get('messages')
  async list(@Req() request: IncomingMessage): Promise<DevMailSummary[]> {
    const directory = this.directory(request);
    const files = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
    const dated = await Promise.all(files.map(async (name) => ({ name, at: (await stat(join(directory, name))).mtimeMs })));
    const newest = dated.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name)).slice(0, 200);
    return Promise.all(
      newest.map(async ({ name }) => {
        const mail = await simpleParser(await readFile(join(directory, name)));
        return { id: name, to: addresses(mail.to), subject: mail.subject ?? '', date: (mail.date ?? new Date(0)).toISOString() };
      }),
    );
  }

  @Get('messages/:id')
  async read(@Req() request: IncomingMessage, @Param('id') id: string): Promise<DevMailSummary & { text: string; html: string; headers: Record<string, string> }> {
    if (!/^[\w.-]+\.eml$/.test(id)) throw new NotFoundException();
    const raw = await readFile(join(this.directory(request), id)).catch(() => null);
    if (!raw) throw new NotFoundException();
    const mail = await simpleParser(raw);
    const headers = Object.fromEntries(mail.headerLines.map((line) => [line.key, line.line.slice(line.line.indexOf(':') + 1).trim()]));
    return { id, to: addresses(mail.to), subject: mail.subject ?? '', date: (mail.date ?? new Date(0)).toISOString(), text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', headers };
  }

  private directory(request: IncomingMessage): string {
    if (!isFromThisMachine(request)) throw new NotFoundException();
    const destination = this.mailer.config.destination;
    if (destination.kind !== 'files') throw new NotFoundException('e-mails are sent over SMTP here: there is no local mailbox');
    return destination.directory;
  }
}
