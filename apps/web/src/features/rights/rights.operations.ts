import { graphql } from '../../graphql/generated';

export const RightsViewFields = graphql(`
  fragment RightsView on RightsAssessment {
    supported
    asOf
    jurisdiction
    nextStep
    notAssessed {
      code
      message
    }
    legalWarranty {
      applies
      basis
      expiresOn
      extensionMonths
      runsFrom
    }
    presumptionOfDefect {
      applies
      basis
      until
    }
    commercialWarranty {
      applies
      basis
      expiresOn
    }
    remedies {
      remedy
      available
      basis
      reason
    }
    repairDeadline {
      basis
      dueOn
      overdue
      requestedOn
    }
    mediation {
      basis
      eligible
      lapsesOn
      reason
    }
    courtPath {
      amicableAttemptRequired
      basis
      claimAmount {
        amount
        currency
      }
      europeanSmallClaims
      explanation
    }
    ruleSet {
      id
      title
      appliesToContractsFrom
      notes
    }
    notification {
      required
      notifyBy
      reason
      basis
    }
    limitation {
      action
      until
      running
      reason
      basis
    }
    guidance {
      topic
      applies
      platformRule
      text
      basis
    }
  }
`);

export const RightsAssessmentQuery = graphql(`
  query RightsAssessment($input: RightsAssessmentInput!, $locale: Locale) {
    rightsAssessment(input: $input, locale: $locale) {
      ...RightsView
    }
  }
`);
