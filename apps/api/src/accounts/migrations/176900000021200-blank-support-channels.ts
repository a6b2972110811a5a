import { showsNothingOf20261205 as showsNothing } from './frozen/shows-nothing-2026-12-05';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CONTACTS = ['hotline', 'chat', 'email'] as const;

/**
 * A merchant's hotline, chat or e-mail emptied before updateMerchantProfile cleared a blank one
 * (2026-12-05) was stored as it was typed, "" or spaces, and read back so: the directory showed an
 * empty contact where it now shows none. Each of them that shows nothing (showsNothing, the test
 * of blank text at every way in) becomes null, as the profile stores a cleared one now, and a
 * service point that shows nothing (accepted before each had to show something) is dropped from
 * the list, which would show it as an empty line.
 */
export class BlankSupportChannels176900000021200 implements MigrationInterface {
  readonly name = 'BlankSupportChannels176900000021200';

  async up(runner: QueryRunner): Promise<void> {
    // Narrowed in SQL to values without an ASCII letter or digit, which every blank one is; the
    // decision is showsNothing's, in TypeScript.
    const suspect = (value: string) => `${value} !~ '[0-9A-Za-z]'`;
    const rows: Array<{ id: string; support_channels: Record<string, unknown> }> = await runner.query(
      `SELECT id, support_channels FROM accounts.merchants
        WHERE ${CONTACTS.map((key) => `(jsonb_typeof(support_channels->'${key}') = 'string' AND ${suspect(`support_channels->>'${key}'`)})`).join(' OR ')}
           OR (jsonb_typeof(support_channels->'servicePoints') = 'array'
               AND EXISTS (SELECT 1 FROM jsonb_array_elements(support_channels->'servicePoints') AS point(value)
                            WHERE jsonb_typeof(point.value) = 'string' AND ${suspect('point.value #>> \'{}\'')}))
        FOR UPDATE`,
    );
    for (const { id, support_channels: channels } of rows) {
      const blank = (value: unknown) => typeof value === 'string' && showsNothing(value);
      const changed: Record<string, unknown> = { ...channels };
      for (const key of CONTACTS) if (blank(changed[key])) changed[key] = null;
      if (Array.isArray(changed.servicePoints)) changed.servicePoints = changed.servicePoints.filter((point) => !blank(point));
      if (JSON.stringify(changed) === JSON.stringify(channels)) continue;
      await runner.query(`UPDATE accounts.merchants SET support_channels = $2::jsonb WHERE id = $1`, [id, JSON.stringify(changed)]);
    }
  }

  async down(): Promise<void> {
    // The blanks are not kept: the code before reads a null contact, and a shorter list, as it reads none.
  }
}
