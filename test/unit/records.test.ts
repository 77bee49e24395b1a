import { inspect } from 'node:util';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plainRow, readNames, toPartialRecord } from '../../src/queries/records.js';

describe('a row read from Neo4j', () => {
  it('becomes plain JavaScript: dates as days, integers as numbers, nulls left out of maps', () => {
    const { row } = plainRow({
      id: 'openai',
      page: [[['2024-07-09', 'f1'], [[neo4j.int(3), new neo4j.types.Date(2024, 7, 9), null]]]],
      entity: { name: 'OpenAI', founded: null, aliases: ['OpenAI Inc.'] },
      total: null,
    });
    expect(row).toEqual({
      id: 'openai',
      page: [[['2024-07-09', 'f1'], [[3, '2024-07-09', undefined]]]],
      entity: { name: 'OpenAI', aliases: ['OpenAI Inc.'] },
    });
    expect(Object.keys(row.entity as object)).toEqual(['name', 'aliases']);
  });

  it('converts its lists where they are, as the driver made them for this row alone', () => {
    const list = [neo4j.int(1), 'a'];
    const { row } = plainRow({ list });
    expect(row.list).toBe(list);
    expect(list).toEqual([1, 'a']);
  });

  it('is counted about as long as its JSON, in the same pass', () => {
    // {"id":"ab","list":[1,"c",null],"day":"2024-07-09"}: keys and quotes 4 more than their
    // length, a number 8, a list's brackets and commas, null 4.
    const { bytes } = plainRow({
      id: 'ab',
      list: [neo4j.int(1), 'c', null],
      day: new neo4j.types.Date(2024, 7, 9),
      gone: null,
    });
    const id = 'id'.length + 4 + 'ab'.length + 2;
    const list = 'list'.length + 4 + (2 + 3) + 8 + ('c'.length + 2) + 4;
    const day = 'day'.length + 4 + '2024-07-09'.length + 2;
    expect(bytes).toBe(2 + id + list + day);
    const json = JSON.stringify({ id: 'ab', list: [1, 'c', null], day: '2024-07-09' });
    expect(bytes).toBeGreaterThanOrEqual(json.length);
  });

  it('starts its count afresh for each row', () => {
    const first = plainRow({ text: 'x'.repeat(1000) }).bytes;
    expect(plainRow({ text: 'y' }).bytes).toBeLessThan(first);
    expect(plainRow({ text: 'y' }).bytes).toBe(2 + 'text'.length + 4 + 3);
  });
});

describe('a record read in part', () => {
  const names = readNames(['id', 'kindOfRecord', 'name', 'founded']);
  // [properties, links, citations]: the values of the names asked, in their order.
  const record = toPartialRecord([['openai', 'organization', 'OpenAI', undefined]], { own: names });

  it('holds the properties read, as its own', () => {
    expect(record).toMatchObject({ id: 'openai', kind: 'organization' });
    expect(Reflect.get(record.props, 'name')).toBe('OpenAI');
    expect(Object.keys(record.props)).toEqual(['id', 'kindOfRecord', 'name']);
  });

  it('answers undefined for a property read that the node does not have', () => {
    expect(Reflect.get(record.props, 'founded')).toBeUndefined();
  });

  it('throws for a property its statement did not read, rather than answer null', () => {
    expect(() => Reflect.get(record.props, 'description')).toThrow(
      'property description of openai was not read by its statement',
    );
  });

  it('shows as its properties read in console.log and JSON, for whoever debugs a resolver', () => {
    const read = { id: 'openai', kindOfRecord: 'organization', name: 'OpenAI' };
    expect(inspect(record.props)).toBe(inspect(read));
    expect(JSON.stringify(record.props)).toBe(JSON.stringify(read));
  });

  it('shares its ReadNames with every record read with the same list of names', () => {
    expect(readNames(names.names)).toBe(names);
    expect(readNames(['id', 'kindOfRecord', 'name', 'founded'])).not.toBe(names);
  });
});
