import { type ApiConfig, DEFAULT_API, DEFAULT_LIMITS } from '../../src/config.js';

/**
 * The API's defaults, but a statement may run 30 s instead of 5: the tests check what the API
 * answers, not how fast, and on two cores shared with JVMs starting beside them a heavy read can
 * pass the default deadline (timeout.test.ts checks the deadlines, with settings of its own).
 */
export const TEST_API: ApiConfig = {
  ...DEFAULT_API,
  limits: { ...DEFAULT_LIMITS, queryTimeoutMs: 30_000 },
};
