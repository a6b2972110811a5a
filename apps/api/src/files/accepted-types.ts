/**
 * What evidence may be: the types a consumer's invoice, photos, videos and correspondence come
 * in, each recognised by its content (never by its name), with the extensions a name may have.
 */
export const ACCEPTED_TYPES = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  'video/mp4': ['mp4', 'm4v'],
  'text/plain': ['txt', 'text', 'log', 'csv', 'md'],
  'message/rfc822': ['eml'],
} as const satisfies Record<string, readonly string[]>;

export type AcceptedType = keyof typeof ACCEPTED_TYPES;

export const isAcceptedType = (value: unknown): value is AcceptedType => typeof value === 'string' && Object.hasOwn(ACCEPTED_TYPES, value);

/** The types a browser may show in a preview (as an image, a video or a PDF drawn by pdf.js). */
export const PREVIEWABLE_TYPES: readonly AcceptedType[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'text/plain'];
