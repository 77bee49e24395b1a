import { DBMS_COMPONENTS, type DbmsInfo, dbmsInfoOf } from '../neo4j/dbmsInfo.js';
import { type Reader, readRows } from './reader.js';

/** Which Neo4j the API reads, as a statement of the request: its timeout and errors apply. */
export async function readDatabaseInfo(reader: Reader): Promise<DbmsInfo> {
  return dbmsInfoOf(await readRows(reader, DBMS_COMPONENTS, {}));
}
