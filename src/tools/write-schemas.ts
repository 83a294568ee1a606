// Writes docs/schema/*.schema.json from the zod schemas. Run with `npm run schema`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../schema/json-schema.js';

const out = join(process.cwd(), 'docs', 'schema');
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(out, name), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote docs/schema/${name}\n`);
}
