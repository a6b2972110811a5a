import type { InadmissibilityGround } from '../../../graphql/generated/graphql';

/** `Step`: a next step as the form's editor holds it (NextStepsEditor's NextStepDraft). */
export interface AdmissibilityDraft<Step> {
  admissible: boolean;
  reason: string;
  nextSteps: Step[];
  ground: InadmissibilityGround | '';
  /** The day the file was complete, as the day input holds it (YYYY-MM-DD, or the text typed); empty: the request's day. */
  fileCompletedOn: string;
}

/**
 * What the form sends to decideAdmissibility: a refusal with its next steps and ground; an
 * admissible request with the day its file was complete when the mediator gave one (the 90 days of
 * R612-5 run from it, R612-2), nothing otherwise, and the server counts from the request. A day
 * typed that is not one is sent as typed, for the server to refuse on its field.
 */
export function admissibilityInput<Step>(draft: AdmissibilityDraft<Step>) {
  const refused = !draft.admissible;
  const fileCompletedOn = draft.fileCompletedOn.trim();
  return {
    admissible: !refused,
    reason: draft.reason || undefined,
    nextSteps: refused ? draft.nextSteps : undefined,
    ground: refused && draft.ground ? draft.ground : undefined,
    fileCompletedOn: !refused && fileCompletedOn ? fileCompletedOn : undefined,
  };
}
