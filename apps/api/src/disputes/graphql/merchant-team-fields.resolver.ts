import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Dispute } from '@recours/disputes';
import { UserType } from '../../accounts/graphql/account.types';
import { toUser } from '../../accounts/graphql/accounts.resolver';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { DISPUTE_STATE, TIMELINE_FACTS, type DisputeView } from '../dispute-view';
import { DisputeType } from './dispute.types';

@ObjectType('InternalNote', { description: "A note the merchant's team keeps on a case (addInternalNote): read by its agents only." })
export class InternalNoteType {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field() at!: string;
  @Field(() => UserType, { nullable: true, description: 'The agent who wrote it (null once the account is gone).' }) author!: UserType | null;
}

/** Whether the viewer is an agent of the dispute's merchant: the only reader of its team's business. */
const ofTheTeam = (state: Dispute | undefined, viewer: Viewer | null): state is Dispute =>
  Boolean(state?.filed && viewer?.role === 'MERCHANT' && viewer.merchantId === state.merchantId);

/** The merchant team's own fields of a dispute (issue 18 item 2): who handles it, the internal notes. Empty for anyone else. */
@Resolver(() => DisputeType)
export class MerchantTeamFieldsResolver {
  @ResolveField(() => UserType, { nullable: true, description: "The merchant's agent who handles the case (assignCase); null when unassigned, and for anyone outside the merchant." })
  async assignee(@Parent() dispute: DisputeType, @CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<UserType | null> {
    const state = (dispute as DisputeView)[DISPUTE_STATE];
    if (!ofTheTeam(state, viewer) || !state.assignment) return null;
    const account = await context.loaders.account.load(state.assignment.agentId);
    return account ? toUser(account) : null;
  }

  @ResolveField(() => [InternalNoteType], { description: "The merchant team's internal notes, oldest first (addInternalNote); empty for anyone outside the merchant." })
  async internalNotes(@Parent() dispute: DisputeType, @CurrentViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<InternalNoteType[]> {
    const view = dispute as DisputeView;
    if (!ofTheTeam(view[DISPUTE_STATE], viewer)) return [];
    const notes = (view[TIMELINE_FACTS] ?? []).flatMap(({ event }) => (event.type === 'InternalNoteAdded' ? [event.data] : []));
    return Promise.all(
      notes.map(async (note) => {
        const author = await context.loaders.account.load(note.by.id);
        return { id: note.noteId, body: note.body, at: note.at, author: author ? toUser(author) : null };
      }),
    );
  }
}
