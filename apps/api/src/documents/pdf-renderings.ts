import { Injectable } from '@nestjs/common';
import type { Phrase } from '@recours/locale';
import { rateLimited, unavailable } from '../graphql/errors';

/** When a refused download is worth trying again: a large case file renders in about half a second. */
export const RENDER_RETRY_AFTER_SECONDS = 5;

/** Places (rendering or waiting) one account holds at most: a consumer may fetch the letter and the case file at once, not fill the queue. */
export const PLACES_PER_ACCOUNT = 2;

const BUSY: Phrase = {
  en: 'recours is producing many documents right now; try again in a few seconds',
  fr: 'recours produit beaucoup de documents en ce moment ; réessayez dans quelques secondes',
};
const ALREADY: Phrase = {
  en: 'You are already downloading two documents; try again once they have arrived',
  fr: 'Vous téléchargez déjà deux documents ; réessayez quand ils seront arrivés',
};

export interface RenderingLimits {
  /** PDFs rendered at once by this process (PDF_RENDER_CONCURRENCY). */
  concurrency: number;
  /** Downloads waiting for a turn (PDF_RENDER_QUEUE); the next one is refused UNAVAILABLE. */
  queue: number;
}

/** PDF_RENDER_CONCURRENCY (1) and PDF_RENDER_QUEUE (8): whole numbers, else the process does not start, naming the variable. */
export function renderingLimits(env: NodeJS.ProcessEnv): RenderingLimits {
  const read = (name: string, fallback: number, least: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < least || value > 1000) throw new Error(`${name} must be a whole number from ${least} to 1000, not "${raw}"`);
    return value;
  };
  return { concurrency: read('PDF_RENDER_CONCURRENCY', 1, 1), queue: read('PDF_RENDER_QUEUE', 8, 0) };
}

/** How many accounts' last turns are remembered: one forgotten was served before every one remembered, so it ranks as never served, which keeps the order. */
const SERVED_REMEMBERED = 10_000;

interface Waiter {
  accountId: string;
  /** Order of arrival: between two accounts served as long ago (or never), the first to come. */
  arrival: number;
  /** Its turn: a running place handed over to it. */
  turn: () => void;
}

/**
 * The turns of this process's PDF renders (the formal notice, the case file): at most
 * `concurrency` at once, `queue` more waiting, and the next download refused at once,
 * UNAVAILABLE (503, Retry-After), before anything is read or built for it. A freed turn goes to
 * the account served least recently among those waiting (round-robin by account; within an
 * account, its first download first): accounts that keep coming back wait behind those that have
 * not had a turn. A waiter whose client has gone (its signal aborted) leaves the queue at once,
 * its place free for the next download. An account holds at most PLACES_PER_ACCOUNT places, the
 * next is refused RATE_LIMITED (429): one party cannot fill the queue and turn everyone else
 * away. How many downloads an account makes per hour is DownloadLimits'
 * (security/download-limits.ts).
 */
@Injectable()
export class PdfRenderings {
  private readonly limits = renderingLimits(process.env);
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly placesOf = new Map<string, number>();
  /** Each account's last turn (a growing number), oldest first (Map order: deleted and set again at each turn). */
  private readonly lastTurnOf = new Map<string, number>();
  private turns = 0;
  private arrivals = 0;

  /**
   * Runs `work` (building a document and rendering it) in its turn, for `accountId`. When `gone`
   * is aborted (the client has gone) while the download waits, it leaves the queue at once, and
   * if its turn comes first, the turn passes on without the work: undefined either way.
   */
  async run<T>(accountId: string, work: () => Promise<T>, gone?: AbortSignal): Promise<T | undefined> {
    if (gone?.aborted) return undefined;
    const held = this.placesOf.get(accountId) ?? 0;
    if (held >= PLACES_PER_ACCOUNT) throw rateLimited(ALREADY, RENDER_RETRY_AFTER_SECONDS);
    const free = this.running < this.limits.concurrency;
    if (!free && this.waiting.length >= this.limits.queue) throw unavailable(BUSY, RENDER_RETRY_AFTER_SECONDS);
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

  /** Renders running and downloads waiting (for tests and metrics). */
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
        turn: () => {
          gone?.removeEventListener('abort', leave);
          resolve(true);
        },
      };
      this.waiting.push(waiter);
      gone?.addEventListener('abort', leave, { once: true });
    });
  }

  /** A render ended: its running place goes to the waiter whose account was served least recently, else it is free. */
  private passTurn(): void {
    let next: Waiter | undefined;
    let nextRank = 0;
    for (const waiter of this.waiting) {
      const rank = this.lastTurnOf.get(waiter.accountId) ?? -1;
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
