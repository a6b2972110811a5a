/** How the letter went: registered mail with acknowledgement of receipt is what the guide advises. */
export const FORMAL_NOTICE_CHANNELS = ['REGISTERED_MAIL', 'POST', 'EMAIL', 'HAND_DELIVERED'] as const;
export type FormalNoticeChannel = (typeof FORMAL_NOTICE_CHANNELS)[number];
