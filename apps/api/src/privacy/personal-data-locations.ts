/**
 * Every place recours keeps data, classified: which columns hold (or point at) a person's data,
 * what her erasure does to them, and where her archive (`myData`) holds them. A person's data is
 * hers to take back, so each piece must be known by where it lives. docs/privacy.md says the same
 * for the operator, in prose; `test/e2e/personal-data-locations.e2e.spec.ts` reads the database
 * a migrated instance really has and fails on a table or column missing here (or listed here and
 * gone), on a table with personal columns that docs/privacy.md does not name, and on a file
 * recours writes under DATA_DIR that is not listed in PERSONAL_DATA_IN_FILES. A new column is
 * therefore a question its author answers here: whose is it, is it erased, is it in the archive.
 *
 * Account ids count as personal (pseudonyms); a merchant's, a dispute's or an event's id does not.
 */
export interface PersonalDataLocation {
  /** Columns that hold a person's data or name a person (an account id). */
  personal: readonly string[];
  /** Every other column: about no one. */
  other: readonly string[];
  /** What her erasure (eraseMyAccount, eraseDataSubject: AccountErasure and the read models' `erase`) does here, or why it keeps it. */
  erasure: string;
  /** Where `myData` (PersonalDataArchive) holds her part, or why it does not. */
  archive: string;
}

const NOTHING = { personal: [], erasure: 'nothing about a person', archive: 'nothing about a person' } as const;
/** A read model's copy of the events: her words read erased once her key is gone, and PersonalDataErased has each read model write her disputes again. */
const READ_MODEL = {
  erasure: 'written again from the events, which read erased (Projection.erase); ids stay as pseudonyms',
  archive: 'the disputes: each as its case file, from the events (a merchant’s owner or agent: her own acts, agentWork; a mediator: hers, mediationWork)',
} as const;

/** `schema.table` → its classification. */
export const PERSONAL_DATA_IN_TABLES: Record<string, PersonalDataLocation> = {
  // ── accounts ──
  'accounts.accounts': {
    personal: ['id', 'email', 'password_hash', 'display_name', 'role', 'merchant_id', 'merchant_owner', 'created_at', 'token_version', 'email_verified_at', 'locale', 'team_role', 'erased_at'],
    other: [],
    erasure: 'a tombstone: address, name, password, language and team gone, token version raised',
    archive: 'account (never the password hash)',
  },
  'accounts.previous_names': {
    personal: ['account_id', 'display_name', 'replaced_at'],
    other: [],
    erasure: 'deleted, once the copies of e-mails naming her by any of these names are (Mailer.forgetCopiesNaming)',
    archive: 'account.previousNames',
  },
  'accounts.previous_emails': {
    personal: ['account_id', 'email', 'replaced_at'],
    other: [],
    erasure: 'deleted, once what is found by these addresses is (outbox e-mails, links, sign-in counters, copies of e-mails: Mailer.forgetCopiesNaming); of an address another account holds now, only what predates her giving it up, never its counters or copies',
    archive: 'account.previousEmails',
  },
  'accounts.erasures': {
    personal: ['account_id', 'requested_by', 'reason', 'requested_at', 'completed_at'],
    other: [],
    erasure: 'kept: the record of the request (GDPR art. 5(2)); the reason is the admin’s words',
    archive: 'none: written when her account goes',
  },
  'accounts.sessions': {
    personal: ['id', 'account_id', 'user_agent', 'created_at', 'last_seen_at', 'expires_at', 'ended_at'],
    other: [],
    erasure: 'deleted',
    archive: 'sessions, ended ones too (never a token)',
  },
  'accounts.two_factor': {
    personal: ['account_id', 'secret', 'confirmed_at', 'last_used_step', 'created_at'],
    other: [],
    erasure: 'deleted',
    archive: 'account.twoFactor: on or off (never the secret)',
  },
  'accounts.recovery_codes': { personal: ['account_id', 'code_hash', 'used_at'], other: [], erasure: 'deleted', archive: 'none: hashes only, shown once when made' },
  'accounts.email_confirmations': {
    personal: ['email', 'account_id', 'display_name', 'team_role', 'created_at', 'used_at', 'expires_at'],
    other: ['id', 'token_hash', 'purpose', 'merchant_id'],
    erasure: 'deleted: made for her account or sent to her address while it was hers (LINKS_OF_PERSON); one made for no account, or for a new address the account never took, goes an hour after it lapsed (LapsedLinks)',
    archive: 'emailLinks (LINKS_OF_PERSON; never the hash)',
  },
  'accounts.attempt_counters': {
    personal: ['key'],
    other: ['count', 'window_ends_at'],
    erasure: 'those keyed by her address alone deleted (found by hashing it); those with a client’s IP end with their window',
    archive: 'none: a keyed hash that cannot be read back',
  },
  'accounts.access_log': {
    personal: ['account_id', 'role', 'at', 'kind', 'file_id'],
    other: ['id', 'dispute_id'],
    erasure: 'kept: the accountability of reads (art. 5(2)); shows the role once the reader is a tombstone. An entry goes once ACCESS_LOG_KEPT_DAYS old and its dispute ended that long ago, unless held (LogRetention)',
    archive: 'accessLog: her own accesses and those to her disputes',
  },
  'accounts.merchants': {
    personal: ['name', 'search_name', 'verified_name_key', 'support_channels', 'siren', 'designated_mediator_id'],
    other: ['id', 'created_at', 'verified_at', 'verified_domain', 'mediation_body_id', 'contact_domain', 'invited_at', 'taken_over_at'],
    erasure: 'kept: the company’s (a sole trader’s name and SIREN name her); an agent’s erasure leaves it',
    archive: 'account.merchant (its name) for its agents',
  },
  'accounts.merchant_invitations': {
    personal: ['invited_by', 'email', 'locale', 'created_at'],
    other: ['id', 'merchant_id', 'confirmation_id'],
    erasure: 'deleted (the rows she made; the merchant stays); her address where another typed it blanked (null)',
    archive: 'merchantInvitations',
  },
  'accounts.mediation_bodies': { ...NOTHING, other: ['id', 'name', 'sectors', 'is_default', 'created_at'] },
  'accounts.mediation_body_mediators': { personal: ['mediator_id', 'joined_at'], other: ['body_id'], erasure: 'deleted', archive: 'mediator.bodies' },
  'accounts.mediator_conflicts': { personal: ['mediator_id', 'declared_at'], other: ['merchant_id'], erasure: 'deleted', archive: 'mediator.conflictsOfInterest' },
  'accounts.mediator_absences': {
    personal: ['mediator_id', 'first_day', 'last_day', 'declared_by', 'declared_at'],
    other: ['id'],
    erasure: 'deleted (hers); one an erased admin declared for another keeps her id, a pseudonym',
    archive: 'mediator.absences',
  },
  'accounts.association_profiles': {
    personal: ['account_id', 'name', 'description', 'national', 'areas', 'email', 'phone', 'website', 'search_text', 'updated_at'],
    other: [],
    erasure: 'deleted',
    archive: 'associationProfile (search_text is the same words folded)',
  },
  'accounts.reply_templates': {
    personal: ['title', 'body', 'updated_by', 'updated_at'],
    other: ['id', 'merchant_id'],
    erasure: 'kept: the merchant’s texts; who last changed one stays as a pseudonym',
    archive: 'none: the merchant’s texts, not an agent’s own record',
  },
  'accounts.retention_failures': { ...NOTHING, other: ['dispute_id', 'failures', 'first_failed_at', 'last_failed_at'] },
  'public.accounts_migrations': { ...NOTHING, other: ['id', 'timestamp', 'name'] },

  // ── the record ──
  'event_store.events': {
    personal: ['data', 'metadata', 'personal', 'stream_id'],
    other: ['global_position', 'id', 'stream_version', 'type', 'command_id', 'recorded_at', 'hash'],
    erasure: 'append-only: her key destroyed, her fields read erased (commitments stay, the chain verifies)',
    archive: 'the disputes: each as its case file (a merchant’s owner or agent: her own acts in those she worked on, agentWork; a mediator: her own acts in those she mediates, mediationWork)',
  },
  'event_store.checkpoints': { ...NOTHING, other: ['subscription_id', 'position', 'updated_at'] },
  'event_store.schema_migrations': { ...NOTHING, other: ['id', 'applied_at'] },
  'keys.subject_keys': {
    personal: ['subject', 'data_subject', 'wrapped', 'created_at', 'destroyed_at'],
    other: ['master_key_id', 'scope'],
    erasure: 'her keys destroyed: the row stays without key, barring a new one',
    archive: 'none: a key, never shown',
  },
  'keys.schema_migrations': { ...NOTHING, other: ['id', 'applied_at'] },

  // ── evidence files ──
  'evidence.uploads': {
    personal: ['owner_id', 'name', 'sha256', 'size', 'content_type', 'created_at', 'attached_at'],
    other: ['id', 'state', 'dispute_id'],
    erasure: 'deleted with the file (hers, and an association’s on her disputes)',
    archive: 'uploads (the bytes from each dispute)',
  },
  'files.blobs': { personal: ['size', 'stored_at'], other: ['file_id', 'chunks'], erasure: 'deleted', archive: 'none: downloaded from each dispute' },
  'files.chunks': { personal: ['bytes', 'written_at'], other: ['file_id', 'seq'], erasure: 'deleted (sealed with her key, unreadable once it is gone)', archive: 'none: downloaded from each dispute' },

  // ── notifications ──
  'notifications.notifications': {
    personal: ['recipient_id', 'params', 'created_at', 'read_at', 'occurred_at'],
    other: ['id', 'event_id', 'dispute_id', 'kind'],
    erasure: 'hers deleted; the others’ sentences written again from the events; her name taken out of the notice to an agent she removed from her team (TEAM_ACCESS_ENDED)',
    archive: 'notifications',
  },
  'notifications.preferences': { personal: ['account_id', 'email_notifications', 'digest', 'updated_at'], other: [], erasure: 'deleted', archive: 'preferences' },
  'notifications.outbox': {
    personal: ['recipient', 'payload', 'last_error', 'created_at', 'sent_at', 'first_attempt_at', 'last_attempt_at'],
    other: ['id', 'seq', 'channel', 'dedupe_key', 'event_id', 'dispute_id', 'state', 'attempts', 'next_attempt_at', 'claimed_until', 'last_status', 'digest_id'],
    erasure: 'her e-mails and those naming her address deleted; others’ sentences, digests and webhook bodies written again from the events (her name taken out of a TEAM_ACCESS_ENDED e-mail or digest to an agent she removed). A delivery ended OUTBOX_KEPT_DAYS ago keeps its key and kind only (LogRetention), an e-mail’s without its recipient (null: it names no one, so neither erasure nor the archive finds it); its event key stops a replay sending it again',
    archive: 'emails: kind, purpose, state, dates (never a link); not the tombstones, which name no one',
  },
  'notifications.delivery_attempts': {
    personal: ['error', 'attempted_at'],
    other: ['id', 'outbox_id', 'status', 'duration_ms'],
    erasure: 'deleted with their outbox row, or when it becomes a tombstone (LogRetention)',
    archive: 'none: delivery errors, for the admin',
  },
  'notifications.webhooks': {
    personal: ['url', 'created_by', 'created_at'],
    other: ['id', 'merchant_id', 'events', 'secret', 'deleted_at'],
    erasure: 'kept: the merchant’s; who registered one stays as a pseudonym',
    archive: 'none: the merchant’s',
  },
  'notifications.projection_checkpoints': { ...NOTHING, other: ['projection', 'position', 'epoch', 'updated_at', 'version'] },
  'public.notifications_migrations': { ...NOTHING, other: ['id', 'timestamp', 'name'] },

  // ── read models (derived from the events, rebuildable) ──
  'read_models.dispute_summaries': {
    ...READ_MODEL,
    personal: ['consumer_id', 'mediator_id', 'association_id', 'advisers', 'product', 'price_amount', 'price_currency', 'state', 'filed_at', 'last_activity_at', 'consumer_version', 'reader_versions', 'assignee_id', 'authors'],
    other: ['dispute_id', 'merchant_id', 'status', 'turn', 'requested_remedy', 'offer_id', 'offer_side', 'offer_remedy', 'offer_amount', 'offer_currency', 'offer_expires_at', 'agreed_remedy', 'agreed_amount', 'agreed_currency', 'remedy_due_at', 'next_deadline_kind', 'next_deadline_at', 'version', 'last_position', 'retention_from'],
  },
  'read_models.dispute_search': {
    ...READ_MODEL,
    personal: ['consumer_id', 'mediator_id', 'association_id', 'product_name', 'product_details', 'order_reference', 'serial_number', 'description', 'document', 'filed_at', 'last_activity_at'],
    other: ['dispute_id', 'merchant_id', 'status'],
  },
  'read_models.dispute_timeline': {
    ...READ_MODEL,
    personal: ['actor_id', 'on_behalf_of', 'summary', 'occurred_at', 'association_alone'],
    other: ['dispute_id', 'stream_version', 'event_id', 'global_position', 'event_type', 'actor_kind', 'visible_to'],
  },
  'read_models.merchant_inbox': {
    ...READ_MODEL,
    personal: ['consumer_id', 'product_name', 'assignee_id', 'last_activity_at'],
    other: ['dispute_id', 'merchant_id', 'status', 'turn', 'due_kind', 'due_at', 'escalation_level'],
  },
  'read_models.mediator_caseload': {
    ...READ_MODEL,
    personal: ['mediator_id', 'consumer_id', 'product_name', 'last_activity_at'],
    other: ['dispute_id', 'merchant_id', 'stage', 'status', 'turn', 'requested_at', 'admissibility_due_at', 'admissibility_overdue', 'file_completed_at', 'outcome_due_on', 'outcome_due_at', 'outcome_overdue', 'next_due_at'],
  },
  'read_models.association_cases': {
    ...READ_MODEL,
    personal: ['association_id', 'consumer_id', 'product_name', 'mandate_granted_at', 'last_activity_at'],
    other: ['dispute_id', 'merchant_id', 'status', 'turn', 'next_deadline_kind', 'next_deadline_at'],
  },
  'read_models.merchant_claims': {
    ...READ_MODEL,
    personal: ['consumer_id', 'rating', 'rated_at', 'category', 'problem', 'filed_at', 'withdrawn_at'],
    other: ['dispute_id', 'merchant_id', 'response_due_at', 'first_response_at', 'answered_at', 'mediation_requested_at', 'outcome'],
    erasure: 'the problem read again from the claim, erased; her rating keeps counting in the merchant’s figures (anonymous once published)',
  },
  'read_models.rater_verifications': {
    personal: ['account_id', 'verified_at'],
    other: [],
    erasure: 'kept: when a rater confirmed her address, so that her ratings keep their weight in the anonymous figures (weighed against when she rated); a pseudonym and a date',
    archive: 'account.emailVerifiedAt (the same date)',
  },
  'read_models.open_deadlines': { ...NOTHING, other: ['dispute_id', 'kind', 'refers_to', 'due_on', 'due_at', 'owed_by', 'remind_at', 'reminded'] },
  'read_models.dispute_outcomes': { ...NOTHING, other: ['dispute_id', 'merchant_id', 'category_key', 'outcome', 'remedy', 'mediated', 'filed_at', 'ended_at'] },
  'read_models.mediation_requests': { ...NOTHING, other: ['dispute_id', 'body_id', 'requested_at', 'decided_at', 'admissible', 'ground', 'extended_at', 'ended_at', 'outcome', 'carried_out_at'] },
  'read_models.merchant_inbox_counts': { ...NOTHING, other: ['merchant_id', 'due_day', 'unassigned', 'escalated', 'disputes'] },
  'read_models.projection_checkpoints': { ...NOTHING, other: ['projection', 'position', 'epoch', 'updated_at', 'version'] },
  'read_models.migrations': { ...NOTHING, other: ['id', 'timestamp', 'name'] },
};

/** What recours itself writes under DATA_DIR (a name, or a directory with a trailing slash) → what it holds, its erasure, its archive. */
export const PERSONAL_DATA_IN_FILES: Record<string, { holds: string; erasure: string; archive: string }> = {
  'mail/': {
    holds: 'development copies of every e-mail (no SMTP_URL, outside production): address, name, sentence, one-time links',
    erasure: 'the copies to her or naming her deleted (Mailer.forgetCopiesNaming); the rest after 30 days',
    archive: 'none: a development aid; the e-mails are listed in emails',
  },
  'postgres/': {
    holds: 'the embedded PostgreSQL cluster when DATABASE_URL is not set: every table above',
    erasure: 'as each table above (deleted rows linger in its files until vacuumed)',
    archive: 'as each table above',
  },
  'postgres-credentials.json': { holds: 'the embedded cluster’s own user and password', erasure: 'nothing about a person', archive: 'nothing about a person' },
  'data-key': { holds: 'the generated master key (no DATA_KEY)', erasure: 'nothing about a person', archive: 'nothing about a person' },
  'attempt-counters-key': { holds: 'the generated counters’ key (no ATTEMPT_COUNTERS_KEY)', erasure: 'nothing about a person', archive: 'nothing about a person' },
  'jwt-secret': { holds: 'the generated token secret (no JWT_SECRET)', erasure: 'nothing about a person', archive: 'nothing about a person' },
};
