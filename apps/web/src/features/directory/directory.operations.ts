import { graphql } from '../../graphql/generated';

// What a merchant tells consumers: where to reach it and its consumer mediator.
export const MerchantProfileFields = graphql(`
  fragment MerchantProfileFields on Merchant {
    id
    name
    designatedMediatorId
    mediationBodyId
    supportChannels {
      email
      hotline
      chat
      servicePoints
    }
  }
`);

export const MerchantDirectoryQuery = graphql(`
  query MerchantDirectory($search: String, $first: Int) {
    merchants(search: $search, first: $first) {
      ...MerchantProfileFields
      verified
      verifiedDomain
      onRecours
    }
  }
`);

export const MerchantScorecardQuery = graphql(`
  query MerchantScorecard($merchantId: ID!) {
    merchantScorecard(merchantId: $merchantId) {
      claimsReceived
      answeredInTimeShare
      ratings
      medianFirstResponseHours
      resolutionRate
      mediationShare
      averageRating
      ratingsFullWeight
      ratingsLimitedWeight
      ratingsSetAside
      answeredInTimeBasis
      firstResponseBasis
      resolutionBasis
    }
  }
`);
