import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The seed files under a folder, at any depth, in a stable order: every .yaml and .yml file. */
export function listSeedFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
