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

/**
 * The turns of this process's PDF renders (the formal notice, the case file): at most
 * `concurrency` at once, `queue` more waiting in their order of arrival, and the next download
 * refused at once, UNAVAILABLE (503, Retry-After), before anything is read or built for it.
 * An account holds at most PLACES_PER_ACCOUNT places, the next is refused RATE_LIMITED (429):
 * one party cannot fill the queue and turn everyone else away. How many downloads an account
 * makes per hour is DownloadLimits' (security/download-limits.ts).
 */
@Injectable()
export class PdfRenderings {
  private readonly limits = renderingLimits(process.env);
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly placesOf = new Map<string, number>();

  /**
   * Runs `work` (building a document and rendering it) in its turn, for `accountId`. When the turn
   * comes and `wanted()` says nobody waits for the document any more (the client has gone), the
   * turn passes on without the work: undefined.
   */
  async run<T>(accountId: string, work: () => Promise<T>, wanted: () => boolean = () => true): Promise<T | undefined> {
    const held = this.placesOf.get(accountId) ?? 0;
    if (held >= PLACES_PER_ACCOUNT) throw rateLimited(ALREADY, RENDER_RETRY_AFTER_SECONDS);
    const free = this.running < this.limits.concurrency;
    if (!free && this.waiting.length >= this.limits.queue) throw unavailable(BUSY, RENDER_RETRY_AFTER_SECONDS);
    this.placesOf.set(accountId, held + 1);
    try {
      if (free) this.running++;
      else await new Promise<void>((resolve) => this.waiting.push(resolve));
      try {
        return wanted() ? await work() : undefined;
      } finally {
        // The turn goes to the next download waiting, else the place is free.
        const next = this.waiting.shift();
        if (next) next();
        else this.running--;
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
}
