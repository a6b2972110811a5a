import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { Mailer } from '@recours/mail';
import { simpleParser, type AddressObject } from 'mailparser';

export interface DevMailSummary {
  id: string;
  to: string;
  subject: string;
  date: string;
}

const addresses = (to: AddressObject | AddressObject[] | undefined): string => (to ? [to].flat().map((a) => a.text).join(', ') : '');

/**
 * The e-mails recours would have sent, for a newcomer without SMTP_URL: the .eml files under
 * DATA_DIR/mail, listed for the web app's /dev/mail page. With SMTP_URL, or in production,
 * there is no such mailbox and nothing is answered.
 */
@Controller('dev-mail')
export class DevMailController {
  constructor(private readonly mailer: Mailer) {}

  @Get('messages')
  async list(): Promise<DevMailSummary[]> {
    const directory = this.directory();
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
  async read(@Param('id') id: string): Promise<DevMailSummary & { text: string; html: string; headers: Record<string, string> }> {
    if (!/^[\w.-]+\.eml$/.test(id)) throw new NotFoundException();
    const raw = await readFile(join(this.directory(), id)).catch(() => null);
    if (!raw) throw new NotFoundException();
    const mail = await simpleParser(raw);
    const headers = Object.fromEntries(mail.headerLines.map((line) => [line.key, line.line.slice(line.line.indexOf(':') + 1).trim()]));
    return { id, to: addresses(mail.to), subject: mail.subject ?? '', date: (mail.date ?? new Date(0)).toISOString(), text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', headers };
  }

  private directory(): string {
    const destination = this.mailer.config.destination;
    if (destination.kind !== 'files') throw new NotFoundException('e-mails are sent over SMTP here: there is no local mailbox');
    return destination.directory;
  }
}
