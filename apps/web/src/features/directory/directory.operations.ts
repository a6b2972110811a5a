import { graphql } from '../../graphql/generated';

export const MerchantDirectoryQuery = graphql(`
  query MerchantDirectory($search: String, $first: Int) {
    merchants(search: $search, first: $first) {
      id
      name
      designatedMediatorId
      supportChannels {
        email
        hotline
        chat
        servicePoints
      }
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
    }
  }
`);
