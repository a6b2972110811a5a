import { graphql } from '../../graphql/generated';

export const MerchantInboxQuery = graphql(`
  query MerchantInbox($first: Int, $after: String, $status: DisputeStatus, $overdueOnly: Boolean, $unassignedOnly: Boolean, $mineOnly: Boolean, $escalatedOnly: Boolean) {
    merchantInbox(first: $first, after: $after, status: $status, overdueOnly: $overdueOnly, unassignedOnly: $unassignedOnly, mineOnly: $mineOnly, escalatedOnly: $escalatedOnly) {
      overdueCount
      ...MerchantInboxPage
    }
  }
`);

export const UpdateMerchantProfileMutation = graphql(`
  mutation UpdateMerchantProfile($input: UpdateMerchantProfileInput!) {
    updateMerchantProfile(input: $input) {
      ...MerchantProfileFields
    }
  }
`);

export const AddMerchantAgentMutation = graphql(`
  mutation AddMerchantAgent($input: AddMerchantAgentInput!) {
    addMerchantAgent(input: $input) {
      id
      displayName
      pending
      teamRole
    }
  }
`);

export const MerchantTeamQuery = graphql(`
  query MerchantTeam {
    merchantTeam {
      id
      displayName
      teamRole
    }
  }
`);

export const SetAgentTeamRoleMutation = graphql(`
  mutation SetAgentTeamRole($input: SetAgentTeamRoleInput!) {
    setAgentTeamRole(input: $input) {
      id
      teamRole
    }
  }
`);

export const ReplyTemplatesQuery = graphql(`
  query ReplyTemplates {
    replyTemplates {
      id
      title
      body
    }
  }
`);

export const SaveReplyTemplateMutation = graphql(`
  mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {
    saveReplyTemplate(input: $input) {
      id
      title
      body
    }
  }
`);

export const DeleteReplyTemplateMutation = graphql(`
  mutation DeleteReplyTemplate($input: DeleteReplyTemplateInput!) {
    deleteReplyTemplate(input: $input)
  }
`);

export const RemoveMerchantAgentMutation = graphql(`
  mutation RemoveMerchantAgent($input: RemoveMerchantAgentInput!) {
    removeMerchantAgent(input: $input)
  }
`);

export const TransferMerchantOwnershipMutation = graphql(`
  mutation TransferMerchantOwnership($input: TransferMerchantOwnershipInput!) {
    transferMerchantOwnership(input: $input) {
      id
      displayName
      teamRole
    }
  }
`);
