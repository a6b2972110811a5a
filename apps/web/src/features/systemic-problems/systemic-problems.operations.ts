import { graphql } from '../../graphql/generated';

export const SystemicProblemsQuery = graphql(`
  query SystemicProblems($minMembers: Int) {
    systemicProblems(minMembers: $minMembers) {
      accentsIgnored
      trigramsUsed
      problems {
        groupId
        merchantId
        merchant {
          name
        }
        category
        defect
        members
        claims
        merchantMembers
        firstFiledAt
        lastFiledAt
        months {
          month
          claims
          members
        }
        disputeIds
      }
    }
  }
`);
