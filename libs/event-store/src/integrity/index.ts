// Pure (Web Crypto and RFC 8785 only): shared by the store, the verifier command and the browser.
export * from './personal-fields';
export * from './event-hash';
export * from './verify-chain';
export { sha256Hex, toHex, fromHex } from './sha256';
