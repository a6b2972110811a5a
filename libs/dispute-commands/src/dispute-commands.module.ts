import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { ACCOUNT_REFERENCES, type AccountReferences } from './account-references';
import { DisputeCommands } from './dispute-commands';
import { DisputeHistories } from './dispute-histories';
import { DisputeTurns } from './dispute-turns';
import { ErasureSignal } from './erasure-signal';

/** The command path, one per process (its turns are per process); needs EventStoreModule. */
@Module({
  providers: [
    { provide: DisputeTurns, useFactory: () => new DisputeTurns() },
    ErasureSignal,
    {
      provide: DisputeHistories,
      inject: [EVENT_STORE, ErasureSignal],
      useFactory: (store: EventStore, erasures: ErasureSignal) => {
        const histories = new DisputeHistories(store);
        erasures.onErasure(() => histories.forgetAll());
        return histories;
      },
    },
    {
      provide: DisputeCommands,
      // The application's check of named accounts, when it provides one (a global ACCOUNT_REFERENCES).
      inject: [EVENT_STORE, DisputeTurns, DisputeHistories, { token: ACCOUNT_REFERENCES, optional: true }],
      useFactory: (store: EventStore, turns: DisputeTurns, histories: DisputeHistories, references?: AccountReferences) => new DisputeCommands(store, turns, histories, references ?? undefined),
    },
  ],
  exports: [DisputeCommands, DisputeHistories, ErasureSignal],
})
export class DisputeCommandsModule {}
