import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module';
import { configureApp } from '../configure-app';
import { DEMO_ADMIN } from './demo-accounts';
import { GraphQLCaller } from './graphql-caller';
import { DATABASE_POOL } from '@recours/database';
import { Mailer } from '@recours/mail';
import type { Pool } from 'pg';
import { lastMailedLink, linkTokenInMailFile } from './mailed-link';
import { seedDemo, type DemoMailbox } from './seed-demo';

/**
 * `npm run seed`: starts recours in this process (on DATABASE_URL, or the embedded database
 * `npm start` uses), fills it with the demo through its GraphQL API, and prints who can log in.
 */
async function main(): Promise<void> {
  // The demo admin, unless the operator configured one.
  process.env.ADMIN_EMAIL ??= DEMO_ADMIN.email;
  process.env.ADMIN_PASSWORD ??= DEMO_ADMIN.password;
  if (process.env.ADMIN_EMAIL !== DEMO_ADMIN.email) throw new Error(`npm run seed creates the demo admin ${DEMO_ADMIN.email}; unset ADMIN_EMAIL to seed`);
  process.env.LOG_LEVEL ??= 'warn';
  // The demo's e-mails wait in the outbox (sent when recours next starts with its notifier), so
  // that the seed reads its consumers' address confirmation links there (outboxMailbox).
  process.env.NOTIFIER ??= 'external';
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: new ConsoleLogger({ json: true, logLevels: ['error', 'warn'] }) });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  try {
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const report = await seedDemo(new GraphQLCaller(url), (line) => process.stdout.write(`  ${line}\n`), outboxMailbox(app.get<Pool>(DATABASE_POOL), app.get(Mailer)));
    process.stdout.write(`\nrecours demo ready: ${report.disputes.length} disputes, one in each status.\nLog in with any of these accounts (npm start, then open the printed address):\n\n`);
    const width = Math.max(...report.accounts.map((a) => a.email.length));
    for (const account of report.accounts) process.stdout.write(`  ${account.role.padEnd(12)} ${account.email.padEnd(width)}  ${account.password}   ${account.name}\n`);
    process.stdout.write('\n');
  } finally {
    await app.close();
  }
}

/**
 * The confirmation link's token as queued for an address (this process's notifier is external);
 * if a notifier running elsewhere on this database (npm start) sent it meanwhile, from the .eml
 * it wrote (no SMTP_URL). Null when it went out over SMTP: the seed then says so.
 */
function outboxMailbox(pool: Pool, mailer: Mailer): DemoMailbox {
  return async (address) => {
    const link = await lastMailedLink(pool, address, 'VERIFY_EMAIL');
    if (!link || link.token) return link?.token ?? null;
    const destination = mailer.config.destination;
    return destination.kind === 'files' ? linkTokenInMailFile(destination.directory, link.outboxId) : null;
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'seed failed', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
