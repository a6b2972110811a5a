import { Test } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { RightsResolver } from './rights.resolver';

// The names and fields below are a contract other modules and clients build on (the lead's
// Dispute.rights field resolves RightsAssessment): renaming one must fail here first. Fields may
// be added (issue 14 added codes, citations, limitation, guidance...), never removed or renamed,
// so the lists below are the original contract, matched as a subset.

let schema: GraphQLSchema;
beforeAll(async () => {
  const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
  schema = await moduleRef.get(GraphQLSchemaFactory).create([RightsResolver]);
});

const fieldsOf = (name: string) => {
  const type = schema.getType(name);
  if (!isObjectType(type) && !isInputObjectType(type)) throw new Error(`${name} is not an object type`);
  return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, String(f.type)]));
};

it('exposes rightsAssessment(input: RightsAssessmentInput!, locale: Locale): RightsAssessment!', () => {
  const query = schema.getQueryType()!.getFields().rightsAssessment;
  expect(String(query.type)).toBe('RightsAssessment!');
  expect(query.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['input: RightsAssessmentInput!', 'locale: Locale']);
});

it('answers every item of the assessment, nullable when the engine declines', () => {
  expect(fieldsOf('RightsAssessment')).toMatchObject({
    supported: 'Boolean!',
    notAssessed: 'RightsNotAssessed',
    asOf: 'String',
    jurisdiction: 'String',
    ruleSet: 'RightsRuleSet',
    legalWarranty: 'RightsLegalWarranty',
    presumptionOfDefect: 'RightsPresumptionOfDefect',
    commercialWarranty: 'RightsCommercialWarranty',
    remedies: '[RightsRemedyOption!]',
    repairDeadline: 'RightsRepairDeadline',
    hiddenDefects: 'RightsHiddenDefectsAction',
    mediation: 'RightsMediation',
    courtPath: 'RightsCourtPath',
    nextStep: 'String',
  });
  expect(fieldsOf('RightsNotAssessed')).toMatchObject({ code: 'RightsNotAssessedCode!', message: 'String!' });
  expect(fieldsOf('RightsRuleSet')).toMatchObject({ id: 'String!', title: 'String!', appliesToContractsFrom: 'String!', notes: '[String!]!' });
  expect(fieldsOf('RightsLegalWarranty')).toMatchObject({ applies: 'Boolean!', expiresOn: 'String!', runsFrom: 'String!', extensionMonths: 'Int!', basis: 'String!' });
  expect(fieldsOf('RightsPresumptionOfDefect')).toMatchObject({ applies: 'Boolean!', until: 'String!', basis: 'String!' });
  expect(fieldsOf('RightsCommercialWarranty')).toMatchObject({ applies: 'Boolean!', expiresOn: 'String', basis: 'String!' });
  expect(fieldsOf('RightsRemedyOption')).toMatchObject({ remedy: 'RightsRemedyKind!', available: 'Boolean!', reason: 'String!', basis: 'String!' });
  expect(fieldsOf('RightsRepairDeadline')).toMatchObject({ requestedOn: 'String!', dueOn: 'String', overdue: 'Boolean!', basis: 'String!' });
  expect(fieldsOf('RightsHiddenDefectsAction')).toMatchObject({ open: 'Boolean', discoveredOn: 'String', until: 'String', remedies: '[RightsHiddenDefectsRemedy!]!', basis: 'String!' });
  expect(fieldsOf('RightsHiddenDefectsRemedy')).toMatchObject({ remedy: 'RightsRemedyKind!', basis: 'String!' });
  // C. civ. 1645 and the case law (docs/consumer-law.md, item 24): a new field, optional, so no client breaks.
  expect(fieldsOf('RightsHiddenDefectsAction')).toMatchObject({ damages: 'RightsHiddenDefectsDamages' });
  expect(fieldsOf('RightsHiddenDefectsDamages')).toMatchObject({ sellerDeemedToKnow: 'Boolean!', reason: 'String!', reasonMessage: 'RightsMessage!', basis: 'String!', citations: '[RightsMessage!]!' });
  expect(fieldsOf('RightsMediation')).toMatchObject({ eligible: 'Boolean!', lapsesOn: 'String', reason: 'String!', basis: 'String!' });
  expect(fieldsOf('RightsCourtPath')).toMatchObject({
    claimAmount: 'RightsMoney!',
    amicableAttemptRequired: 'Boolean',
    europeanSmallClaims: 'Boolean',
    explanation: 'String!',
    basis: 'String!',
  });
  expect(fieldsOf('RightsMoney')).toMatchObject({ amount: 'String!', currency: 'String!' });
});

it('takes the facts as input, dates as YYYY-MM-DD strings', () => {
  expect(fieldsOf('RightsAssessmentInput')).toMatchObject({
    jurisdiction: 'String!',
    condition: 'GoodsCondition!',
    purchasedOn: 'String!',
    deliveredOn: 'String!',
    price: 'RightsMoneyInput!',
    defectNoticedOn: 'String!',
    commercialWarrantyMonths: 'Int',
    repairs: '[RightsRepairInput!]',
    replacements: '[RightsReplacementInput!]',
    writtenComplaintOn: 'String',
    asOf: 'String',
    remedyRefused: 'Boolean',
    remedyImpossible: 'Boolean',
    defectReappeared: 'Boolean',
    seriousDefect: 'Boolean',
    minorDefect: 'Boolean',
    claimAmount: 'RightsMoneyInput',
    crossBorder: 'Boolean',
    consumerCountry: 'String',
    merchantCountry: 'String',
  });
  expect(fieldsOf('RightsRepairInput')).toMatchObject({ requestedOn: 'String!', completedOn: 'String' });
});

it('names its enums without clashing with the dispute schema', () => {
  const values = (name: string) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    return type.getValues().map((v) => v.name);
  };
  expect(values('GoodsCondition')).toEqual(['NEW', 'USED']);
  expect(values('RightsRemedyKind')).toEqual(['REPAIR', 'REPLACEMENT', 'PRICE_REDUCTION', 'REFUND', 'COMPENSATION']);
  expect(values('RightsNotAssessedCode')).toEqual(['UNSUPPORTED_JURISDICTION', 'CONTRACT_DATE_NOT_COVERED', 'DIGITAL_CONTENT_NOT_ASSESSED']);
  expect(schema.getType('Remedy')).toBeUndefined();
  expect(schema.getType('Money')).toBeUndefined();
});
