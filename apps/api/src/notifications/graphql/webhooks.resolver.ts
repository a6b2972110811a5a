import type { Phrase } from '@recours/locale';
import { fieldProblem } from '@recours/disputes';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import { UndeliveredNotifications, WebhookAlreadyRegisteredError, WebhookLimitReachedError, WebhookNotFoundError, WebhookRegistry, webhookUrlProblem } from '@recours/notifications';
import { AccountsService } from '../../accounts/accounts.service';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { badUserInput, problemAt, forbidden, notFound } from '../../graphql/errors';
import { UuidArgument } from '../../graphql/uuid-argument.pipe';
import { RegisterWebhookInput } from './notification.inputs';
import { RegisterWebhookPayload, UndeliveredNotificationType, WebhookDeliveryType, WebhookType, type DeliveryState } from './notification.types';

const notFoundOf = async <T>(work: () => Promise<T>, what: Phrase): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WebhookNotFoundError) throw notFound(what);
    throw error;
  }
};

/** Why registerWebhook refused a URL that is valid in itself (after "the URL", like webhookUrlProblem's). */
const ALREADY_REGISTERED: Phrase = {
  en: 'is already registered: it receives your events once, a second registration would receive each one twice',
  fr: 'figure déjà parmi vos webhooks : vos événements y sont envoyés une fois, une seconde inscription les y enverrait deux fois',
};
const limitReached = (max: number): Phrase => ({
  en: `cannot be added: a merchant has at most ${max} webhooks; delete one you no longer use, then add this one`,
  fr: `ne peut pas s’ajouter : un professionnel a au plus ${max} webhooks ; supprimez-en un dont vous ne vous servez plus, puis ajoutez cette adresse`,
});

/** Merchants' webhooks: its agents see the endpoints and the log; its owner registers, deletes and redelivers. */
@Resolver()
export class WebhooksResolver {
  constructor(
    private readonly registry: WebhookRegistry,
    private readonly undelivered: UndeliveredNotifications,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => RegisterWebhookPayload, { description: "The merchant's owner adds an endpoint; the answer carries its signing secret, shown this once." })
  async registerWebhook(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RegisterWebhookInput): Promise<RegisterWebhookPayload> {
    const merchantId = await this.owner(viewer);
    const problem = webhookUrlProblem(input.url, { production: process.env.NODE_ENV === 'production', allowPrivate: process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === 'true' });
    if (problem) throw badUserInput([{ field: 'input.url', code: problem.code, params: problem.params, message: problem.phrase }]);
    try {
      return await this.registry.register(merchantId, viewer!.accountId, input.url, input.events ?? null);
    } catch (error) {
      // Refused rather than answered with the registration already there: its secret is shown once only.
      if (error instanceof WebhookAlreadyRegisteredError) throw badUserInput([{ field: 'input.url', code: 'ALREADY_REGISTERED', message: ALREADY_REGISTERED }]);
      if (error instanceof WebhookLimitReachedError) throw badUserInput([{ field: 'input.url', code: 'TOO_MANY_WEBHOOKS', params: { max: error.max }, message: limitReached(error.max) }]);
      throw error;
    }
  }

  @Query(() => [WebhookType], { description: "Your merchant's webhooks." })
  webhooks(@CurrentViewer() viewer: Viewer | null): Promise<WebhookType[]> {
    return this.registry.list(requireViewer(viewer, 'MERCHANT').merchantId as string);
  }

  @Mutation(() => Boolean, { description: 'The owner deletes a webhook: nothing more is sent to it.' })
  async deleteWebhook(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }, UuidArgument) id: string): Promise<boolean> {
    const merchantId = await this.owner(viewer);
    await notFoundOf(() => this.registry.delete(merchantId, id, this.clock.now()), { en: 'Webhook', fr: 'Webhook' });
    return true;
  }

  @Query(() => [WebhookDeliveryType], { description: 'The delivery log of one of your webhooks, newest first.' })
  async webhookDeliveries(
    @CurrentViewer() viewer: Viewer | null,
    @Args('webhookId', { type: () => ID }, UuidArgument) webhookId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (default 50, at most 200).' }) first?: number | null,
  ): Promise<WebhookDeliveryType[]> {
    const merchantId = requireViewer(viewer, 'MERCHANT').merchantId as string;
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badUserInput([problemAt('first', fieldProblem('NOT_IN_RANGE', { min: 1, max: 200 }))]);
    const deliveries = await notFoundOf(() => this.registry.deliveries(merchantId, webhookId, limit), { en: 'Webhook', fr: 'Webhook' });
    return deliveries.map((d) => ({ ...d, state: d.state as DeliveryState }));
  }

  @Mutation(() => WebhookDeliveryType, { description: 'The owner sends an event to its webhook again, as a new delivery with an id of its own.' })
  async redeliverWebhook(@CurrentViewer() viewer: Viewer | null, @Args('deliveryId', { type: () => ID }, UuidArgument) deliveryId: string): Promise<WebhookDeliveryType> {
    const merchantId = await this.owner(viewer);
    const delivery = await notFoundOf(() => this.registry.redeliver(merchantId, deliveryId, this.clock.now()), { en: 'Delivery', fr: 'Envoi' });
    return { ...delivery, state: delivery.state as DeliveryState };
  }

  @Query(() => [UndeliveredNotificationType], { description: 'Admin only: notifications that failed for good after their last retry, newest first.' })
  undeliveredNotifications(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (default 50, at most 200).' }) first?: number | null,
  ): Promise<UndeliveredNotificationType[]> {
    requireViewer(viewer, 'ADMIN');
    const limit = first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badUserInput([problemAt('first', fieldProblem('NOT_IN_RANGE', { min: 1, max: 200 }))]);
    return this.undelivered.failed(limit);
  }

  /** The merchant of the account that signed it up (its owner), or FORBIDDEN. */
  private async owner(viewer: Viewer | null): Promise<string> {
    const agent = requireViewer(viewer, 'MERCHANT');
    const account = await this.accounts.findAccount(agent.accountId);
    if (!account?.merchantOwner) throw forbidden({ en: "Only the merchant's owner manages its webhooks", fr: 'Seul le compte propriétaire du professionnel gère ses webhooks' });
    return agent.merchantId as string;
  }
}
