import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ACCOUNT_ROLES, type AccountRole } from '../accounts/account-role';
import type { AccountEntity } from '../accounts/account.entity';
import { unauthenticated } from '../graphql/errors';
import type { Viewer } from './viewer';

interface TokenClaims {
  sub: string;
  role: AccountRole;
  mid?: string;
}

/** Verified tokens kept in memory: verifying costs more than the rest of a small query. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Bearer tokens: HS256 only (a token signed with another algorithm, or none, is refused). */
@Injectable()
export class TokenService {
  private readonly verified = new Map<string, { viewer: Viewer; expiresAt: number }>();

  constructor(private readonly jwt: JwtService) {}

  issue(account: AccountEntity): string {
    const claims: TokenClaims = { sub: account.id, role: account.role, ...(account.merchantId ? { mid: account.merchantId } : {}) };
    return this.jwt.sign(claims);
  }

  /** The viewer a bearer token stands for; UNAUTHENTICATED when it is forged, expired or malformed. */
  read(authorization: string | undefined): Viewer | null {
    if (!authorization) return null;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const known = this.verified.get(match[1]);
    if (known && known.expiresAt > Date.now()) return known.viewer;
    let claims: TokenClaims & { exp?: number };
    try {
      claims = this.jwt.verify<TokenClaims>(match[1], { algorithms: ['HS256'] });
    } catch (error) {
      throw unauthenticated((error as Error).name === 'TokenExpiredError' ? 'Your session has expired; sign in again' : 'Invalid token');
    }
    if (typeof claims.sub !== 'string' || !ACCOUNT_ROLES.includes(claims.role)) throw unauthenticated('Invalid token');
    const viewer: Viewer = { accountId: claims.sub, role: claims.role, merchantId: claims.mid ?? null };
    // Only a token that verified is remembered, and only until it expires.
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(match[1], { viewer, expiresAt: (claims.exp ?? 0) * 1000 });
    return viewer;
  }
}
