import { COMMAND_DESCRIPTIONS, DISPUTE_EVENT_TYPES } from '@recours/disputes';
import { en } from '../../libs/locale/src/catalogue/en';

/**
 * The web app titles each event of the timeline (`event.<type>`) and each action of the actions
 * panel (`action.<mutation>`) with keys it builds at run time: a key missing from the catalogue
 * shows the code itself (`FormalNoticeRecorded`), which no person should read, and nothing else
 * would say so. fr.ts is typed to hold every key of en.ts, so checking en.ts checks both
 * languages. (Field labels are not checked here: the forms laid out by hand word their own.)
 */
const keys = new Set(Object.keys(en));

/** Titled where they are answered (the offer, the settlement), or a page of its own (fileClaim). */
const TITLED_ELSEWHERE = new Set(['fileClaim', 'acceptOffer', 'rejectOffer', 'acceptSettlement', 'rejectSettlement']);

describe("the web app's words, in French and English, for what the API offers", () => {
  it('a title for every event of the timeline', () => {
    expect(DISPUTE_EVENT_TYPES.map((type) => `event.${type}`).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('a title for every action', () => {
    const mutations = Object.values(COMMAND_DESCRIPTIONS).flatMap(({ mutation }) => (mutation && !TITLED_ELSEWHERE.has(mutation.name) ? [mutation.name] : []));
    expect(mutations).toContain('leaveFeedback');
    expect(mutations.map((name) => `action.${name}`).filter((key) => !keys.has(key))).toEqual([]);
  });
});
