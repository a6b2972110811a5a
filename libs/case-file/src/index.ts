// Pure (no Node-only module): shared by the API, the verifier command and the browser's /verify page.
export * from './case-file';
export * from './embedded-json';
export * from './verify-case-file';
