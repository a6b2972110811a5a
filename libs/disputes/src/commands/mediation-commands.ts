import type { Money } from '../values/money';
import type { NextStep } from '../values/next-steps';
import type { Remedy } from '../values/remedy';
import type { DisputeCommandOf } from './command-envelope';

export type RequestMediation = DisputeCommandOf<'RequestMediation', { summary?: string }>;

/** By the platform admin; a later assignment replaces the mediator. */
export type AssignMediator = DisputeCommandOf<'AssignMediator', { mediatorId: string }>;

/** An inadmissible request ends the dispute, so it must say why and where to go next. */
export type DecideAdmissibility = DisputeCommandOf<
  'DecideAdmissibility',
  { admissible: boolean; reason?: string; nextSteps?: NextStep[] }
>;

export type ProposeSettlement = DisputeCommandOf<
  'ProposeSettlement',
  { settlementId: string; remedy: Remedy; amount?: Money; daysToCarryOut?: number; terms: string }
>;

export type AcceptSettlement = DisputeCommandOf<'AcceptSettlement', { settlementId: string }>;

export type RejectSettlement = DisputeCommandOf<'RejectSettlement', { settlementId: string; reason: string }>;
