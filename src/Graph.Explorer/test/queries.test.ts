import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '../src/api/queries';
import { ENTITY_KINDS, RELATION_TYPES } from '../src/model/vocabulary';

// The committed schema is the API's contract (a .NET snapshot test keeps it equal to the code).
const schemaText = readFileSync(fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url)), 'utf8');
const schema = buildSchema(schemaText);

describe('the operations the explorer sends', () => {
  for (const [name, text] of Object.entries(queries)) {
    it(`${name} is valid against schema/schema.graphql`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    });
  }
});

describe('the vocabularies', () => {
  const values = (type: string) => (schema.getType(type) as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name);

  it('list every entity kind of the schema, in its order', () => {
    expect([...ENTITY_KINDS]).toEqual(values('EntityKind'));
  });

  it('list every relation type of the schema, in its order', () => {
    expect([...RELATION_TYPES]).toEqual(values('RelationType'));
  });
});
