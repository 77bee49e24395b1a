import fc from 'fast-check';
import { type FuzzClass, type FuzzRequest, MAX_BODY_BYTES, render } from './document.js';
import { hostile } from './hostile.js';
import { cut } from './judge.js';
import { nearlyValid } from './nearlyValid.js';
import { validOperation } from './valid.js';

export * from './document.js';
export * from './hostile.js';
export * from './judge.js';
export * from './nearlyValid.js';
export * from './valid.js';
// --- All together -----------------------------------------------------------------------------

export const bodyBytes = (request: Omit<FuzzRequest, 'class'>): number => {
  try {
    return Buffer.byteLength(
      JSON.stringify({ query: request.query, variables: request.variables }),
    );
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

export const inClass =
  (kind: FuzzClass) =>
  (request: Omit<FuzzRequest, 'class'>): FuzzRequest => {
    const full: FuzzRequest = { class: kind, ...request };
    // How fast-check shows a counterexample: huge texts cut short.
    Object.defineProperty(full, fc.toStringMethod, {
      value: () => describeRequest(full),
      enumerable: false,
    });
    return full;
  };

/** A generated request: 40% valid, 30% nearly valid, 30% hostile. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    {
      weight: 4,
      arbitrary: validOperation
        .map((op) => ({ kind: 'valid', ...render(op) }))
        .map(inClass('valid')),
    },
    { weight: 3, arbitrary: nearlyValid.map(inClass('nearly')) },
    { weight: 3, arbitrary: hostile.map(inClass('hostile')) },
  )
  .filter((request) => bodyBytes(request) <= MAX_BODY_BYTES);

/** A request for a person: its class, kind, document and variables, huge texts cut short. */
export function describeRequest(request: FuzzRequest, max = 1_500): string {
  let variables: string;
  try {
    variables = JSON.stringify(request.variables);
  } catch {
    variables = String(request.variables);
  }
  return `${request.class}/${request.kind}\n  query: ${cut(JSON.stringify(request.query), max)}\n  variables: ${cut(variables ?? 'undefined', max)}`;
}
