import { Args, Context, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Locale } from '@recours/locale';
import { AccountsService } from '../accounts/accounts.service';
import { Role } from '../accounts/graphql/account.types';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { DisputeReader } from '../disputes/dispute-reader.service';
import { actsForConsumer } from '../disputes/dispute-access';
import { enumOf } from '../graphql/enum-of';
import { forbidden } from '../graphql/errors';
import type { RequestContext } from '../graphql/request-context';
import { UuidArgument } from '../graphql/uuid-argument.pipe';
import { requestLocale } from '../i18n/request-locale';
import { ACCESS_KINDS, DisputeAccessLog, type AccessKind } from './dispute-access-log';

export const AccessKindEnum = enumOf(ACCESS_KINDS, 'AccessKind', 'What was accessed: the dispute read, or one of its files downloaded.');

@ObjectType()
export class AccessLogEntry {
  @Field() at!: Date;
  @Field(() => Role, { description: 'The role the person read the dispute in.' }) role!: Role;
  @Field(() => String, { nullable: true, description: 'Their name; null once the account is gone.' }) name!: string | null;
  @Field(() => AccessKindEnum) kind!: AccessKind;
  @Field(() => String, { nullable: true, description: 'The name of the evidence downloaded (EVIDENCE_FILE).' }) fileName!: string | null;
  @Field({ description: 'What happened, in the reader’s language.' }) what!: string;
}

const WHAT: Record<AccessKind, Record<Locale, string>> = {
  DISPUTE_READ: { fr: 'A consulté le litige', en: 'Read the dispute' },
  EVIDENCE_FILE: { fr: 'A téléchargé une pièce', en: 'Downloaded a piece of evidence' },
  CASE_FILE: { fr: 'A téléchargé le dossier', en: 'Downloaded the case file' },
  FORMAL_NOTICE: { fr: 'A téléchargé la mise en demeure', en: 'Downloaded the formal notice' },
  WITHDRAWAL_LETTER: { fr: 'A téléchargé la lettre de rétractation', en: 'Downloaded the withdrawal letter' },
};

@Resolver()
export class DisputeAccessLogResolver {
  constructor(
    private readonly disputes: DisputeReader,
    private readonly log: DisputeAccessLog,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => [AccessLogEntry], {
    description:
      'Who accessed this dispute, oldest first: each read by a mediator, an association or the admin, and each download of one of its files. For the consumer and the association acting for her; another party gets FORBIDDEN, anyone else NOT_FOUND.',
  })
  async disputeAccessLog(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, UuidArgument) id: string, @Context() context: RequestContext): Promise<AccessLogEntry[]> {
    const { current } = await this.disputes.readable(id, viewer);
    if (!actsForConsumer(current.state, viewer)) throw forbidden({ en: 'Only the consumer, and the association acting for her, read who accessed her dispute', fr: 'Seuls le consommateur, et l’association qui agit pour lui, lisent qui a consulté son litige' });
    const entries = await this.log.entries(id);
    if (entries.length === 0) return [];
    const names = new Map((await this.accounts.findAccounts([...new Set(entries.map((e) => e.accountId))])).map((a) => [a.id, a.displayName]));
    const locale = requestLocale(context);
    return entries.map((e) => ({
      at: e.at,
      role: e.role,
      name: names.get(e.accountId) ?? null,
      kind: e.kind,
      fileName: e.fileId ? (current.state.evidence.find((piece) => piece.file?.id === e.fileId)?.name ?? null) : null,
      what: WHAT[e.kind][locale],
    }));
  }
}
