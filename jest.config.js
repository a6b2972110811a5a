// Jest runs TypeScript through @swc/jest in CommonJS mode. NestJS 12 ships ESM only, and
// Jest on Node 20 cannot require() ESM, so those packages are compiled too (the
// transformIgnorePatterns exception below).
const swcrc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = __dirname;
swcrc.sourceMaps = 'inline';

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/', '<rootDir>/test/reliability/'],
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcrc, swcrc: false, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|canonicalize|file-type|strtok3|token-types|uint8array-extras|@tokenizer|@borewit|load-esm)/)'],
  moduleNameMapper: {
    '^@recours/event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^@recours/database$': '<rootDir>/libs/database/src/index.ts',
    '^@recours/disputes$': '<rootDir>/libs/disputes/src/index.ts',
    '^@recours/dispute-commands$': '<rootDir>/libs/dispute-commands/src/index.ts',
    '^@recours/deadlines$': '<rootDir>/libs/deadlines/src/index.ts',
    '^@recours/clock$': '<rootDir>/libs/clock/src/index.ts',
    '^@recours/consumer-law$': '<rootDir>/libs/consumer-law/src/index.ts',
    '^@recours/read-models$': '<rootDir>/libs/read-models/src/index.ts',
    '^@recours/locale$': '<rootDir>/libs/locale/src/index.ts',
    '^@recours/mail$': '<rootDir>/libs/mail/src/index.ts',
    '^@recours/observability$': '<rootDir>/libs/observability/src/index.ts',
    '^@recours/observability/tracing$': '<rootDir>/libs/observability/src/tracing/index.ts',
    '^@recours/file-storage$': '<rootDir>/libs/file-storage/src/index.ts',
    '^@recours/notifications$': '<rootDir>/libs/notifications/src/index.ts',
    '^@recours/case-file$': '<rootDir>/libs/case-file/src/index.ts',
    '^@recours/testing$': '<rootDir>/test/support/index.ts',
    // file-type offers Node its ESM through 'module-sync', a condition Jest's resolver does not know.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // Passwords hashed at a low cost in this suite only (apps/api/src/accounts/password.ts, passwordHashCost).
  setupFiles: ['<rootDir>/test/support/low-password-cost.js'],
  collectCoverageFrom: ['libs/*/src/**/*.ts', '!**/*.spec.ts', '!**/index.ts'],
  coverageReporters: ['text-summary', 'text'],
  // Two files at a time, whatever the machine: on two cores Jest's default is one, and a file
  // waits on PostgreSQL and on its app's answers a good part of its time (12 e2e files: 96 s in
  // one worker, 71 s in two, 6 Dec 2026). Each file has a database of its own; two at once took
  // 74 connections at the peak of a whole run, near PostgreSQL's default 100 (.ci/run allows 200).
  maxWorkers: 2,
  // A guard against hangs, not a speed check: a loaded 2-core machine runs e2e tests several times slower.
  testTimeout: 90_000,
  // A process that runs file after file grows with each file's module registry (and coverage)
  // until V8's 4 GB heap gives out (CI, 2 Dec 2026, in band: out of memory after 170 files). Each
  // worker is replaced whenever it holds more than this after a file.
  workerIdleMemoryLimit: '1.5GB',
};
