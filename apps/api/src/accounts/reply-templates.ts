import { showsNothing } from '@recours/disputes';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { badUserInput, forbidden } from '../graphql/errors';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import { MerchantTeams } from './merchant-teams';

export interface ReplyTemplate {
  id: string;
  title: string;
  body: string;
  updatedAt: Date;
}

const BLANK = { en: 'must not be blank', fr: 'ne doit pas être vide' };
const UNKNOWN = { en: 'is not one of your team’s templates', fr: 'n’est pas un modèle de votre équipe' };

/** A merchant team's reply templates (issue 18 item 2): read by its agents, written by its owner and supervisors. */
@Injectable()
export class ReplyTemplates {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly teams: MerchantTeams,
  ) {}

  async list(merchantId: string): Promise<ReplyTemplate[]> {
    const rows: Array<{ id: string; title: string; body: string; updated_at: Date }> = await this.dataSource.query(
      `SELECT id, title, body, updated_at FROM accounts.reply_templates WHERE merchant_id = $1 ORDER BY title, id`,
      [merchantId],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, body: r.body, updatedAt: r.updated_at }));
  }

  async save(lead: { accountId: string; merchantId: string }, input: { id?: string; title: string; body: string }): Promise<ReplyTemplate> {
    await this.assertLead(lead.accountId);
    const title = input.title.trim();
    const body = input.body.trim();
    const problems = [...(showsNothing(title) ? [{ field: 'input.title', code: 'BLANK', message: BLANK }] : []), ...(showsNothing(body) ? [{ field: 'input.body', code: 'BLANK', message: BLANK }] : [])];
    if (problems.length > 0) throw badUserInput(problems);
    if (input.id) {
      const rows: Array<{ id: string; updated_at: Date }> = await this.dataSource.query(
        `UPDATE accounts.reply_templates SET title = $3, body = $4, updated_by = $5, updated_at = now() WHERE id = $1 AND merchant_id = $2 RETURNING id, updated_at`,
        [input.id, lead.merchantId, title, body, lead.accountId],
      );
      // TypeORM answers an UPDATE … RETURNING as [rows, count].
      const updated = (Array.isArray(rows[0]) ? rows[0] : rows) as Array<{ id: string; updated_at: Date }>;
      if (updated.length === 0) throw badUserInput([{ field: 'input.id', code: 'UNKNOWN_TEMPLATE', message: UNKNOWN }]);
      return { id: input.id, title, body, updatedAt: updated[0]!.updated_at };
    }
    const id = randomUUID();
    const [row]: Array<{ updated_at: Date }> = await this.dataSource.query(
      `INSERT INTO accounts.reply_templates (id, merchant_id, title, body, updated_by) VALUES ($1, $2, $3, $4, $5) RETURNING updated_at`,
      [id, lead.merchantId, title, body, lead.accountId],
    );
    return { id, title, body, updatedAt: row!.updated_at };
  }

  async remove(lead: { accountId: string; merchantId: string }, id: string): Promise<boolean> {
    await this.assertLead(lead.accountId);
    const found: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM accounts.reply_templates WHERE id = $1 AND merchant_id = $2`, [id, lead.merchantId]);
    if (found.length === 0) throw badUserInput([{ field: 'input.id', code: 'UNKNOWN_TEMPLATE', message: UNKNOWN }]);
    await this.dataSource.query(`DELETE FROM accounts.reply_templates WHERE id = $1 AND merchant_id = $2`, [id, lead.merchantId]);
    return true;
  }

  private async assertLead(accountId: string): Promise<void> {
    const role = await this.teams.roleOf(accountId);
    if (role !== 'OWNER' && role !== 'SUPERVISOR') {
      throw forbidden({ en: "Only the merchant's owner and supervisors keep the reply templates", fr: 'Seuls le propriétaire et les superviseurs du professionnel tiennent les modèles de réponse' });
    }
  }
}
