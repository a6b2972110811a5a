// `npm run test:reliability`: the reliability and security suite in test/reliability (load,
// faults, hostile input, authorization). Same transform and module map as jest.config.js; one
// file at a time, because the scenarios load the machine and time their answers, and they
// share the PostgreSQL server's connections with everything else running on it.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/reliability'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testMatch: ['**/*.spec.ts'],
  // The real argon2id cost: these scenarios time sign-ups against each other (enumeration.spec.ts).
  setupFiles: [],
  collectCoverage: false,
  maxWorkers: 1,
  testTimeout: 180_000,
  reporters: ['default', '<rootDir>/test/reliability/support/figures-reporter.js'],
};
