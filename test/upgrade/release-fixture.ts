/** The database the last release left, as committed in fixtures/: what the upgrade test starts from. */
export const RELEASE_FIXTURE = {
  release: 'release-0.1.0',
  /** The fixture's clock: the upgrade test runs the API at the same instant, so no deadline has passed meanwhile. */
  now: '2026-12-01T09:00:00Z',
  consumerEmail: 'claire.fixture@example.test',
  merchantEmail: 'sav@fixture-phones.example.test',
  password: 'Correct-Horse-42',
} as const;
