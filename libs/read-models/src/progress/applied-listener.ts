import { Client } from 'pg';
import { PROJECTIONS_APPLIED_CHANNEL, parseAnnouncement, type AppliedAnnouncement } from './applied-announcement';

/** Pause before listening again after the listening connection is lost. */
const RELISTEN_PAUSE_MS = 500;

/**
 * Hears what projectors of other processes announce at each batch's commit
 * (`PROJECTIONS_APPLIED_CHANNEL`), on one connection of its own, opened at the first `listen()`.
 * A process that runs every projection itself never opens it.
 */
export class AppliedListener {
  private readonly listeners = new Set<(announcement: AppliedAnnouncement) => void>();
  private client: Client | undefined;
  private listening: Promise<void> | undefined;
  private lastHeardAt = 0;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  onApplied(listener: (announcement: AppliedAnnouncement) => void): void {
    this.listeners.add(listener);
  }

  /** Starts listening, once; resolves when listening (or failed to: it tries again after a pause). */
  listen(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.listening ??= this.connect();
    return this.listening;
  }

  /** Listening, and an announcement was heard in the last `ms`: announcements come, polling can slow down. */
  heardWithin(ms: number): boolean {
    return this.client !== undefined && Date.now() - this.lastHeardAt <= ms;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: 'recours-projections-applied' });
    client.on('notification', (message) => {
      if (message.channel !== PROJECTIONS_APPLIED_CHANNEL) return;
      const announcement = parseAnnouncement(message.payload);
      if (!announcement) return;
      this.lastHeardAt = Date.now();
      for (const listener of this.listeners) listener(announcement);
    });
    let gone = false;
    const relisten = () => {
      if (gone) return; // 'error' and 'end' may both come
      gone = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.closed) return;
      // Whatever was announced meanwhile is found by the waiters' poll.
      setTimeout(() => {
        this.listening = undefined;
        void this.listen();
      }, RELISTEN_PAUSE_MS).unref();
    };
    client.on('error', relisten);
    try {
      await client.connect();
      await client.query(`LISTEN ${PROJECTIONS_APPLIED_CHANNEL}`);
      if (this.closed) return void (await client.end().catch(() => undefined));
      this.client = client;
      client.on('end', relisten);
    } catch {
      relisten();
    }
  }
}
