import { Injectable } from '@nestjs/common';
import type { Phrase } from '@recours/locale';
import { rateLimited, unavailable } from '../graphql/errors';

/** When a refused download is worth trying again: a large case file renders in about half a second. */
export const BUILD_RETRY_AFTER_SECONDS = 5;

/** Places (building or waiting) one account holds at most: a consumer may fetch the letter and the case file at once, not fill the queue. */
export const PLACES_PER_ACCOUNT = 2;

const BUSY: Phrase = {
  en: 'recours is producing many documents right now; try again in a few seconds',
  fr: 'recours produit beaucoup de documents en ce moment ; réessayez dans quelques secondes',
};
const ALREADY: Phrase = {
  en: 'You are already downloading two documents; try again once they have arrived',
  fr: 'Vous téléchargez déjà deux documents ; réessayez quand ils seront arrivés',
};

export interface BuildLimits {
  /** Documents built at once by this process (DOCUMENT_BUILD_CONCURRENCY, or PDF_RENDER_CONCURRENCY). */
  concurrency: number;
  /** Downloads waiting for a turn (DOCUMENT_BUILD_QUEUE, or PDF_RENDER_QUEUE); the next one is refused UNAVAILABLE. */
  queue: number;
}

/**
 * DOCUMENT_BUILD_CONCURRENCY (1) and DOCUMENT_BUILD_QUEUE (8), or by their first names,
 * PDF_RENDER_CONCURRENCY and PDF_RENDER_QUEUE (when only PDFs took turns; deployments set them):
 * whole numbers, the same under both names if both are set, else the process does not start,
 * naming the variable.
 */
export function documentBuildLimits(env: NodeJS.ProcessEnv): BuildLimits {
  const read = (name: string, formerName: string, fallback: number, least: number) => {
    const given = (variable: string) => (env[variable] === undefined || env[variable] === '' ? undefined : env[variable]);
    const [raw, former] = [given(name), given(formerName)];
    if (raw !== undefined && former !== undefined && raw !== former) throw new Error(`${name} ("${raw}") and ${formerName} ("${former}") name the same limit: set one of them`);
    const [variable, text] = raw !== undefined ? [name, raw] : [formerName, former];
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < least || value > 1000) throw new Error(`${variable} must be a whole number from ${least} to 1000, not "${text}"`);
    return value;
  };
  return { concurrency: read('DOCUMENT_BUILD_CONCURRENCY', 'PDF_RENDER_CONCURRENCY', 1, 1), queue: read('DOCUMENT_BUILD_QUEUE', 'PDF_RENDER_QUEUE', 8, 0) };
}

/** How many accounts' last turns are remembered: one forgotten was served before every one remembered, so it ranks as never served, which keeps the order. */
const SERVED_REMEMBERED = 10_000;

interface Waiter {
  accountId: string;
  /** Order of arrival: between two accounts served as long ago (or never), the first to come. */
  arrival: number;
  /** The turns given when it came: one that has seen `queue` turns go to others since goes next (see passTurn). */
  queuedAtTurn: number;
  /** Its turn: a running place handed over to it. */
  turn: () => void;
}

/**
 * The turns of this process's costly documents: the formal notice and the case file (JSON or
 * PDF: reading the whole stream, building the file and its seal, rendering), and the personal
 * data archive (a case file per dispute). At most `concurrency` at once, `queue` more waiting,
 * and the next one refused at once, UNAVAILABLE (503 with Retry-After over HTTP, the same code
 * and retryAfterSeconds over GraphQL), before anything is read or built for it. A freed turn goes
 * to the account served least recently among those waiting (round-robin by account; within an
 * account, its first document first): accounts that keep coming back wait behind those that have
 * not had a turn. A waiter whose client has gone (its signal aborted) leaves the queue at once,
 * its place free for the next one. An account holds at most PLACES_PER_ACCOUNT places, the next
 * is refused RATE_LIMITED (429): one party cannot fill the queue and turn everyone else away.
 * How many downloads an account makes per hour is DownloadLimits' (security/download-limits.ts).
 */
@Injectable()
export class DocumentBuilds {
  private readonly limits = documentBuildLimits(process.env);
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly placesOf = new Map<string, number>();
  /** Each account's last turn (a growing number), oldest first (Map order: deleted and set again at each turn). */
  private readonly lastTurnOf = new Map<string, number>();
  private turns = 0;
  private arrivals = 0;

  /**
   * Runs `work` (building a document, rendering it) in its turn, for `accountId`. When `gone`
   * is aborted (the client has gone) while the download waits, it leaves the queue at once, and
   * if its turn comes first, the turn passes on without the work: undefined either way.
   * `admitted`: a later part of a document already let in (an archive's next case file) waits
   * for its turn even when the queue is full, rather than failing half-built.
   */
  async run<T>(accountId: string, work: () => Promise<T>, gone?: AbortSignal, { admitted = false }: { admitted?: boolean } = {}): Promise<T | undefined> {
    if (gone?.aborted) return undefined;
    const held = this.placesOf.get(accountId) ?? 0;
    // A part of a document already let in is not a new download: it is not refused half-way.
    if (held >= PLACES_PER_ACCOUNT && !admitted) throw rateLimited(ALREADY, BUILD_RETRY_AFTER_SECONDS);
    const free = this.running < this.limits.concurrency;
    if (!free && !admitted && this.waiting.length >= this.limits.queue) throw unavailable(BUSY, BUILD_RETRY_AFTER_SECONDS);
    this.placesOf.set(accountId, held + 1);
    try {
      if (free) {
        this.running++;
        this.served(accountId);
      } else if (!(await this.turnOf(accountId, gone))) {
        return undefined;
      }
      try {
        return gone?.aborted ? undefined : await work();
      } finally {
        this.passTurn();
      }
    } finally {
      const left = (this.placesOf.get(accountId) ?? 1) - 1;
      if (left > 0) this.placesOf.set(accountId, left);
      else this.placesOf.delete(accountId);
    }
  }

  /** Documents being built and downloads waiting (for tests and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Waits in the queue: true at its turn, false as soon as `gone` is aborted before it (out of the queue, nothing handed over). */
  private turnOf(accountId: string, gone: AbortSignal | undefined): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const leave = () => {
        const at = this.waiting.indexOf(waiter);
        if (at < 0) return; // Its turn was already handed over: run() passes it on.
        this.waiting.splice(at, 1);
        resolve(false);
      };
      const waiter: Waiter = {
        accountId,
        arrival: this.arrivals++,
        queuedAtTurn: this.turns,
        turn: () => {
          gone?.removeEventListener('abort', leave);
          resolve(true);
        },
      };
      this.waiting.push(waiter);
      gone?.addEventListener('abort', leave, { once: true });
    });
  }

  /**
   * A build ended: its running place goes to the waiter whose account was served least recently,
   * else it is free. But a waiter that has seen as many turns go to others as the queue holds
   * goes first (the longest waiting of them): accounts never served rank first, so without this
   * a steady stream of newcomers would starve an account served once (an archive's next case file).
   */
  private passTurn(): void {
    let next: Waiter | undefined;
    let nextRank = 0;
    const patience = Math.max(1, this.limits.queue);
    for (const waiter of this.waiting) {
      const overdue = this.turns - waiter.queuedAtTurn >= patience;
      // Overdue waiters rank before any other, among themselves by arrival.
      const rank = overdue ? Number.NEGATIVE_INFINITY : (this.lastTurnOf.get(waiter.accountId) ?? -1);
      if (!next || rank < nextRank || (rank === nextRank && waiter.arrival < next.arrival)) [next, nextRank] = [waiter, rank];
    }
    if (!next) {
      this.running--;
      return;
    }
    this.waiting.splice(this.waiting.indexOf(next), 1);
    this.served(next.accountId);
    next.turn();
  }

  private served(accountId: string): void {
    this.lastTurnOf.delete(accountId);
    this.lastTurnOf.set(accountId, this.turns++);
    if (this.lastTurnOf.size > SERVED_REMEMBERED) this.lastTurnOf.delete(this.lastTurnOf.keys().next().value!);
  }
}
