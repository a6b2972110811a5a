import type { Request } from 'express';

/** The client's address as Express sees it: behind a proxy only with TRUST_PROXY (configure-app.ts). */
export const clientAddress = (req: Request | undefined): string => req?.ip ?? req?.socket?.remoteAddress ?? 'unknown';
