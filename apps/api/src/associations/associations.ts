import { Inject, Injectable } from '@nestjs/common';
import { fieldProblem, showsNothing } from '@recours/disputes';
import { isUuid } from '@recours/event-store';
import { renameAssociation } from '@recours/notifications';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';
import { badUserInput, problemAt, type FieldProblem } from '../graphql/errors';
import { phoneNumberProblem } from '../graphql/phone-number';
import { webAddressProblem } from '../graphql/web-address';
import { AssociationProfileEntity } from './association-profile.entity';
import { departementName, fold } from './departements';

/** Digits, spaces, dots, dashes, brackets and a leading +: a number as people write it, 6 to 20 digits. */
const PHONE = /^\+?[0-9 .()-]+$/;

/** An association as the directory shows it: its profile, else its account's name alone. */
export interface AssociationEntry {
  id: string;
  name: string;
  description: string;
  national: boolean;
  areas: string[];
  email: string | null;
  phone: string | null;
  website: string | null;
}

/** What an association changes in its profile: a field left out stays as it is; '' clears a contact. */
export interface ProfileChanges {
  name?: string;
  description?: string;
  national?: boolean;
  areas?: string[];
  email?: string;
  phone?: string;
  website?: string;
}

/** A member of an association: a consumer who gave it a mandate still running on at least one dispute. */
export interface AssociationMember {
  consumerId: string;
  displayName: string;
  since: Date;
  disputes: Array<{ disputeId: string; productName: string; merchantName: string | null; status: string; mandateGrantedAt: Date }>;
}

type Row = { id: string; display_name: string; name: string | null; description: string | null; national: boolean | null; areas: string[] | null; email: string | null; phone: string | null; website: string | null };

const toEntry = (r: Row): AssociationEntry => ({
  id: r.id,
  name: r.name ?? r.display_name,
  description: r.description ?? '',
  national: r.national ?? false,
  areas: r.areas ?? [],
  email: r.email,
  phone: r.phone,
  website: r.website,
});

const SELECT = `SELECT a.id, a.display_name, p.name, p.description, p.national, p.areas, p.email, p.phone, p.website
  FROM accounts.accounts a LEFT JOIN accounts.association_profiles p ON p.account_id = a.id
 WHERE a.role = 'ASSOCIATION'`;

/** A LIKE pattern matching the text anywhere, its wildcards taken literally. */
const containing = (text: string) => `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The consumer associations: their public directory, each one's profile (written by itself) and
 * its members (from the association cases read model).
 */
@Injectable()
export class Associations {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The directory: by words of the name, scope or areas' names (accents and case ignored), or serving a département (national ones too). */
  async search(options: { search?: string; area?: string; first: number }): Promise<AssociationEntry[]> {
    const params: unknown[] = [];
    let where = '';
    // Each word somewhere in its name, scope or areas ("garantie rhone"); without a profile, in
    // the account's name (lower-cased; its accents compared as typed).
    for (const word of fold(options.search ?? '').split(' ').filter(Boolean).slice(0, 10)) {
      params.push(containing(word));
      where += ` AND coalesce(p.search_text, lower(a.display_name)) LIKE $${params.length}`;
    }
    if (options.area) {
      params.push(options.area);
      where += ` AND (p.national OR $${params.length} = ANY (p.areas))`;
    }
    params.push(options.first);
    const rows = await this.dataSource.query<Row[]>(`${SELECT}${where} ORDER BY lower(coalesce(p.name, a.display_name)), a.id LIMIT $${params.length}`, params);
    return rows.map(toEntry);
  }

  async find(id: string): Promise<AssociationEntry | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query<Row[]>(`${SELECT} AND a.id = $1`, [id]);
    return row ? toEntry(row) : null;
  }

  async findMany(ids: readonly string[]): Promise<AssociationEntry[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (valid.length === 0) return [];
    return (await this.dataSource.query<Row[]>(`${SELECT} AND a.id = ANY ($1::uuid[])`, [valid])).map(toEntry);
  }

  /** The association changes its profile; each field at fault is named, and nothing is stored then. */
  async update(associationId: string, changes: ProfileChanges): Promise<AssociationEntry> {
    const problems = problemsOf(changes);
    if (problems.length > 0) throw badUserInput(problems);
    // Read, changed and written under the lock of its account (a rename of its account takes it too):
    // two changes at once each start from the other's, and the notices follow the name kept.
    return this.dataSource.transaction(async (manager) => {
      // Locked first, read after: a statement that waited on the lock reads the other tables as they were when it began.
      await manager.query(`SELECT 1 FROM accounts.accounts WHERE id = $1 FOR UPDATE`, [associationId]);
      const [row] = await manager.query<Row[]>(`${SELECT} AND a.id = $1`, [associationId]);
      if (!row) throw new Error(`account ${associationId} is not an association`);
      const current = toEntry(row);
      const next: AssociationEntry = {
        ...current,
        ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
        ...(changes.description !== undefined ? { description: changes.description.trim() } : {}),
        ...(changes.national !== undefined ? { national: changes.national } : {}),
        ...(changes.areas !== undefined ? { areas: [...new Set(changes.areas.map((a) => a.trim().toUpperCase()))] } : {}),
        ...(changes.email !== undefined ? { email: changes.email.trim() || null } : {}),
        ...(changes.phone !== undefined ? { phone: changes.phone.trim() || null } : {}),
        ...(changes.website !== undefined ? { website: changes.website.trim() || null } : {}),
      };
      const searchText = fold([next.name, next.description, ...next.areas.map((code) => departementName(code) ?? code), next.national ? 'national nationale france' : ''].join(' '));
      await manager.getRepository(AssociationProfileEntity).upsert(
        { accountId: associationId, name: next.name, description: next.description, national: next.national, areas: next.areas, email: next.email, phone: next.phone, website: next.website, searchText, updatedAt: new Date() },
        ['accountId'],
      );
      // The notices that name it (the end of a mandate) name it as the directory now does.
      if (next.name !== current.name) await renameAssociation(manager, associationId, next.name);
      return next;
    });
  }

  /**
   * The consumers with a mandate running to the association, each with the disputes it covers
   * and since when (the first of them), most recent members first. From the association cases
   * read model: a mandate shows once the projection has caught up.
   */
  async members(associationId: string, first: number): Promise<AssociationMember[]> {
    const rows = await this.dataSource.query<Array<{ consumer_id: string; display_name: string | null; dispute_id: string; product_name: string; merchant_name: string | null; status: string; mandate_granted_at: Date }>>(
      `SELECT c.consumer_id, a.display_name, c.dispute_id, c.product_name, m.name AS merchant_name, c.status, c.mandate_granted_at
         FROM read_models.association_cases c
         LEFT JOIN accounts.accounts a ON a.id::text = c.consumer_id
         LEFT JOIN accounts.merchants m ON m.id::text = c.merchant_id
        WHERE c.association_id = $1
        ORDER BY c.mandate_granted_at, c.dispute_id`,
      [associationId],
    );
    const members = new Map<string, AssociationMember>();
    for (const r of rows) {
      const member = members.get(r.consumer_id) ?? { consumerId: r.consumer_id, displayName: r.display_name ?? '—', since: r.mandate_granted_at, disputes: [] };
      member.disputes.push({ disputeId: r.dispute_id, productName: r.product_name, merchantName: r.merchant_name, status: r.status, mandateGrantedAt: r.mandate_granted_at });
      members.set(r.consumer_id, member);
    }
    return [...members.values()].sort((a, b) => b.since.getTime() - a.since.getTime() || a.consumerId.localeCompare(b.consumerId)).slice(0, first);
  }
}

/** What class-validator cannot say in the reader's words: blank names, unknown areas, malformed phone numbers and web addresses. */
export function problemsOf(changes: ProfileChanges): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (changes.name !== undefined && showsNothing(changes.name)) problems.push(problemAt('input.name', fieldProblem('BLANK')));
  changes.areas?.forEach((area, i) => {
    if (!departementName(area.trim().toUpperCase()))
      problems.push({ field: `input.areas.${i}`, code: 'UNKNOWN_AREA', params: { area }, message: { en: 'is not the number of a French département (such as 69, 2A or 974)', fr: 'n’est pas le numéro d’un département français (comme 69, 2A ou 974)' } });
  });
  const phone = phoneNumberProblem('input.phone', changes.phone);
  if (phone) problems.push(phone);
  const website = webAddressProblem('input.website', changes.website);
  if (website) problems.push(website);
  return problems;
}
