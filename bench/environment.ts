/** What the figures were measured on: the machine and the versions, for the report's header. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readDbmsInfo } from '../src/neo4j/dbmsInfo.js';

function version(pkg: string): string {
  const file = path.join('node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export async function describeEnvironment(driver: Driver, database: string): Promise<string[]> {
  const cpus = os.cpus();
  const dbms = await readDbmsInfo(driver, database);
  return [
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}`,
    `Node ${process.version}; Neo4j ${dbms.version} ${dbms.edition} (local, on the same machine)`,
    `neo4j-driver ${version('neo4j-driver')}, graphql ${version('graphql')}, graphql-yoga ${version('graphql-yoga')}, @neo4j/graphql ${version('@neo4j/graphql')}, autocannon ${version('autocannon')}`,
  ];
}
