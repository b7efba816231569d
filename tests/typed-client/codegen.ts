// graphql-codegen configuration: TypeScript types for the README tour's operations (tour/*.graphql, the README's blocks
// byte for byte). The schema is the service's SDL: GRAPH_SCHEMA may name http://localhost:5000/graphql/schema.graphql;
// CI reads the committed schema/schema.graphql, which a test keeps identical to what the service serves.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env.GRAPH_SCHEMA ?? '../../schema/schema.graphql',
  documents: 'tour/*.graphql',
  generates: {
    'generated/graphql.ts': {
      plugins: ['typescript-operations'],
      config: {
        // Every custom scalar needs a mapping; an unmapped one fails the generation instead of becoming `any`.
        strictScalars: true,
        scalars: {
          ID: { input: 'string', output: 'string' },
          Date: { input: 'string', output: 'string' },
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: true,
      },
    },
  },
};

export default config;
