import { Injectable } from '@nestjs/common';
import { Sessions } from '../accounts/sessions';
import { TokenVersions } from '../accounts/token-versions';
import { unauthenticated } from '../graphql/errors';
import { SESSION_EXPIRED, TokenService, type VerifiedToken } from './token.service';

/**
 * Who is calling, the one definition every way in uses (HTTP requests, WebSocket connections and
 * each subscription on them): a bearer token whose signature, expiry, token version and session
 * all hold.
 */
@Injectable()
export class Authentication {
  constructor(
    private readonly tokens: TokenService,
    private readonly versions: TokenVersions,
    private readonly sessions: Sessions,
  ) {}

  /**
   * The caller: null when anonymous; UNAUTHENTICATED when the token is forged, expired or revoked.
   * A token good for two-factor enrolment only is refused unless `enrolment` (the GraphQL context,
   * which lets it reach the enrolment mutations and nothing else).
   */
  async authenticate(authorization: string | undefined, options: { enrolment?: boolean } = {}): Promise<VerifiedToken | null> {
    const token = this.tokens.read(authorization);
    if (!token) return null;
    if (token.enrolmentOnly && !options.enrolment) throw unauthenticated({ en: 'Set up two-step verification first, then sign in again', fr: 'Mettez d’abord en place la vérification en deux étapes, puis reconnectez-vous' });
    await this.assertCurrent(token);
    this.sessions.seen(token.sessionId);
    return token;
  }

  /** UNAUTHENTICATED once the token has expired, or was revoked, or its session ended, or its account is gone. */
  async assertCurrent(token: VerifiedToken, now = Date.now()): Promise<void> {
    if (token.expiresAt <= now) throw unauthenticated(SESSION_EXPIRED);
    const current = await this.versions.current(token.viewer.accountId);
    if (!current || current.version !== token.tokenVersion || (token.sessionId !== null && current.ended.has(token.sessionId))) {
      throw unauthenticated({ en: 'Your session has ended; sign in again', fr: 'Votre session a pris fin ; reconnectez-vous' });
    }
  }
}
