import { existsSync, readdirSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { generateSeed } from '../generate/synthetic.js';

interface GenerateCliOptions {
  out: string;
  entities: string;
  facts: string;
  randomSeed: string;
}

/** `policygraph generate`: synthetic seed files, valid by construction. */
export function generate(options: GenerateCliOptions): void {
  if (existsSync(options.out) && readdirSync(options.out).length > 0) {
    throw new InvalidArgumentError(`${options.out} is not empty; name a new or empty folder`);
  }
  const started = performance.now();
  const result = generateSeed({
    out: options.out,
    entities: count('--entities', options.entities, 25),
    facts: count('--facts', options.facts, 0),
    seed: count('--random-seed', options.randomSeed, 0),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Wrote ${result.files} files to ${options.out}: ${result.entities} entities, ${result.sources} sources, ${result.facts} facts in ${seconds} s.`,
  );
}

function count(flag: string, value: string, minimum: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < minimum)
    throw new InvalidArgumentError(`${flag} must be a whole number of at least ${minimum}`);
  return n;
}
