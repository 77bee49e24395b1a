import type { CollectionKey } from '../model/collections.js';
import type { PolicyGraphSeedFile } from './types.generated.js';

/** The seed's view of the model of the graph, which lives in src/model/. */
export * from '../model/collections.js';

/** The model's collection keys are exactly the seed file's top-level keys (a type check). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const COLLECTION_KEYS_MATCH_SEED: Same<CollectionKey, keyof PolicyGraphSeedFile> = true;
