import { z } from 'zod';
import { COMMAND_DESCRIPTIONS, DISPUTE_EVENT_TYPES, type FieldMeta } from '@recours/disputes';
import { en } from '../../apps/web/src/i18n/messages/en';

/**
 * The web app titles each event of the timeline (`event.<type>`), each action of the actions
 * panel (`action.<mutation>`), labels each field of a form built from a description
 * (`field.<name>`) and names each choice (`field.<name>.<VALUE>`). A key missing from the
 * catalogue shows the code itself (`FormalNoticeRecorded`), which no person should read, and
 * nothing else would say so: the web app builds these keys at run time. fr.ts is typed to hold
 * every key of en.ts, so checking en.ts checks both languages.
 */
const keys = new Set(Object.keys(en));

/** Titled where they are answered (the offer, the settlement), or a page of its own (fileClaim). */
const TITLED_ELSEWHERE = new Set(['fileClaim', 'acceptOffer', 'rejectOffer', 'acceptSettlement', 'rejectSettlement']);

describe("the web app's words, in French and English, for what the API offers", () => {
  it('a title for every event of the timeline', () => {
    expect(DISPUTE_EVENT_TYPES.map((type) => `event.${type}`).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('a title for every action, a label for each field a person fills in, a name for each choice', () => {
    const wanted = new Set<string>();
    for (const { payload, mutation } of Object.values(COMMAND_DESCRIPTIONS)) {
      if (!mutation || TITLED_ELSEWHERE.has(mutation.name)) continue;
      wanted.add(`action.${mutation.name}`);
      for (const [name, field] of Object.entries(payload.shape)) {
        const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
        if (mutation.assigned?.includes(name) || (inner.meta() as FieldMeta | undefined)?.assigned) continue;
        wanted.add(`field.${name}`);
        if (inner instanceof z.ZodEnum) for (const value of inner.options) wanted.add(`field.${name}.${String(value)}`);
      }
    }
    expect([...wanted].filter((key) => !keys.has(key))).toEqual([]);
  });
});
