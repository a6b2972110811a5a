import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { ReplyTemplates } from '../reply-templates';

@ObjectType('ReplyTemplate', { description: "A text the merchant's team keeps to prefill a message or an offer's terms." })
export class ReplyTemplateType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field() updatedAt!: Date;
}

@InputType({ description: 'A new reply template, or (with id) a change to one.' })
export class SaveReplyTemplateInput {
  @Field(() => ID, { nullable: true, description: 'The template to change; none: a new one.' }) @IsOptional() @IsUUID() id?: string;
  @Field({ description: 'How the team finds it in the list.' }) @IsString() @Length(1, 120) title!: string;
  @Field({ description: 'The text it prefills.' }) @IsString() @Length(1, 5000) body!: string;
}

@InputType()
export class DeleteReplyTemplateInput {
  @Field(() => ID) @IsUUID() id!: string;
}

/** The merchant team's reply templates (issue 18 item 2). */
@Resolver()
export class ReplyTemplatesResolver {
  constructor(private readonly templates: ReplyTemplates) {}

  @Query(() => [ReplyTemplateType], { description: "The reply templates of the viewer's merchant, by title (merchant agents only)." })
  replyTemplates(@CurrentViewer() viewer: Viewer | null): Promise<ReplyTemplateType[]> {
    return this.templates.list(requireViewer(viewer, 'MERCHANT').merchantId as string);
  }

  @Mutation(() => ReplyTemplateType, { description: "The merchant's owner or a supervisor adds a reply template, or changes one (with its id)." })
  saveReplyTemplate(@CurrentViewer() viewer: Viewer | null, @Args('input') input: SaveReplyTemplateInput): Promise<ReplyTemplateType> {
    const who = requireViewer(viewer, 'MERCHANT');
    return this.templates.save({ accountId: who.accountId, merchantId: who.merchantId as string }, input);
  }

  @Mutation(() => Boolean, { description: "The merchant's owner or a supervisor deletes a reply template." })
  deleteReplyTemplate(@CurrentViewer() viewer: Viewer | null, @Args('input') input: DeleteReplyTemplateInput): Promise<boolean> {
    const who = requireViewer(viewer, 'MERCHANT');
    return this.templates.remove({ accountId: who.accountId, merchantId: who.merchantId as string }, input.id);
  }
}
