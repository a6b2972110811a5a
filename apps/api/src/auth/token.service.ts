import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ACCOUNT_ROLES, type AccountRole } from '../accounts/account-role';
import type { AccountEntity } from '../accounts/account.entity';
import { unauthenticated } from '../graphql/errors';
import type { Viewer } from './viewer';

export const SESSION_EXPIRED = { en: 'Your session has expired; sign in again', fr: 'Votre session a expiré ; reconnectez-vous' };
const INVALID_TOKEN = { en: 'This sign-in token is not valid or has expired; sign in again', fr: 'Ce jeton de connexion n’est pas valide ou a expiré ; reconnectez-vous' };
const NOT_BEARER = { en: 'The Authorization header must be “Bearer <token>”', fr: 'L’en-tête Authorization doit être « Bearer <jeton> »' };

interface TokenClaims {
  sub: string;
  role: AccountRole;
  mid?: string;
  /** The account's token version when issued (absent on tokens issued before versions: 0). */
  tv?: number;
  /** The session the token belongs to (accounts.sessions); absent on tokens issued before sessions. */
  sid?: string;
  /** Good for enrolling in two-factor authentication only (a sign-in that must enrol first). */
  enrol?: boolean;
}

/** How long a token that may only enrol in two-factor authentication lasts. */
const ENROLMENT_TTL = '15m';

/** A token just signed, and when it ends. */
export interface IssuedToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** What a token that verified says: who, until when, and at which of the account's token versions. */
export interface VerifiedToken {
  viewer: Viewer;
  tokenVersion: number;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  /** Its session, to list and end it; null for a token issued before sessions existed. */
  sessionId: string | null;
  /** Good for enrolling in two-factor authentication only: every other operation sees nobody. */
  enrolmentOnly: boolean;
}

/** Verified tokens kept in memory: verifying costs more than the rest of a small query. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Bearer tokens: HS256 only (a token signed with another algorithm, or none, is refused). */
@Injectable()
export class TokenService {
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(private readonly jwt: JwtService) {}

  /** A token of the session `sessionId` (see Sessions.open, which records the session). */
  issue(account: AccountEntity, sessionId: string, options: { enrolmentOnly?: boolean } = {}): IssuedToken {
    const claims: TokenClaims = {
      sub: account.id,
      role: account.role,
      ...(account.merchantId ? { mid: account.merchantId } : {}),
      tv: account.tokenVersion ?? 0,
      sid: sessionId,
      ...(options.enrolmentOnly ? { enrol: true } : {}),
    };
    const token = options.enrolmentOnly ? this.jwt.sign(claims, { expiresIn: ENROLMENT_TTL }) : this.jwt.sign(claims);
    return { token, expiresAt: ((this.jwt.decode<{ exp?: number }>(token)?.exp ?? 0) as number) * 1000 };
  }

  /**
   * What a bearer token says, once its signature and expiry are checked; UNAUTHENTICATED when it
   * is forged, expired or malformed. Whether its version is still the account's is checked by
   * Authentication, on every way in.
   */
  read(authorization: string | undefined): VerifiedToken | null {
    if (!authorization) return null;
    // The scheme's name is case-insensitive (RFC 9110 §11.1): `bearer <token>` is the same header.
    const bearer = /^Bearer(?: (.*))?$/is.exec(authorization.trim());
    if (!bearer) throw unauthenticated(NOT_BEARER);
    // The header is right, its token is not one of ours (garbage, cut short, an old one): the
    // person is told to sign in again, as for a forged or expired token, not how to write a header.
    const match = /^([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec((bearer[1] ?? '').trim());
    if (!match) throw unauthenticated(INVALID_TOKEN);
    const known = this.verified.get(match[1]);
    if (known && known.expiresAt > Date.now()) return known;
    let claims: TokenClaims & { exp?: number };
    try {
      claims = this.jwt.verify<TokenClaims>(match[1], { algorithms: ['HS256'] });
    } catch (error) {
      throw unauthenticated((error as Error).name === 'TokenExpiredError' ? SESSION_EXPIRED : INVALID_TOKEN);
    }
    if (typeof claims.sub !== 'string' || !ACCOUNT_ROLES.includes(claims.role)) throw unauthenticated(INVALID_TOKEN);
    if (claims.tv !== undefined && !Number.isSafeInteger(claims.tv)) throw unauthenticated(INVALID_TOKEN);
    if (claims.sid !== undefined && typeof claims.sid !== 'string') throw unauthenticated(INVALID_TOKEN);
    const token: VerifiedToken = {
      viewer: { accountId: claims.sub, role: claims.role, merchantId: claims.mid ?? null },
      tokenVersion: claims.tv ?? 0,
      expiresAt: (claims.exp ?? 0) * 1000,
      sessionId: claims.sid ?? null,
      enrolmentOnly: claims.enrol === true,
    };
    // Only a token that verified is remembered, and only until it expires.
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(match[1], token);
    return token;
  }
}
