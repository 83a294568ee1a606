// Validates case files against docs/schema/case.schema.json with ajv, outside TypeScript.
//
//   npm install ajv                      # ajv 8: JSON Schema draft 2020-12
//   node docs/examples/validate-case.cjs docs/examples/case.json docs/examples/case-invalid.json
//
// Exit code 0 when every file is a valid case, 1 when one is not, 2 on bad usage. Any other
// JSON Schema 2020-12 validator works the same way (Python `jsonschema`, Java `networknt
// json-schema-validator`, .NET `JsonSchema.Net`, Go `santhosh-tekuri/jsonschema`).
//
// JSON Schema checks the structure: fields, types, enumerations, id and date patterns. A few rules
// it cannot express are checked by the library itself (and by `kzss audit`, which exits with 2):
// that a date is a real calendar day (2022-02-30 is not), that an event has `date` or `at` and
// that they agree, and that a period does not end before it starts.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: node validate-case.cjs <case.json>...\n');
  process.exit(2);
}

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'case.schema.json'), 'utf8'));
// strict: false — the schema carries annotations (descriptions, defaults) ajv need not enforce
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

let invalid = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stdout.write(`${file}: not JSON (${e.message})\n`);
    invalid++;
    continue;
  }
  if (validate(data)) {
    process.stdout.write(`${file}: valid case ${data.id} (${data.standard}, ${data.events.length} events)\n`);
  } else {
    invalid++;
    // report paths and rules, never values: a case file may be sensitive
    for (const err of validate.errors) {
      process.stdout.write(`${file}: ${err.instancePath || '/'} ${err.message}\n`);
    }
  }
}
process.exit(invalid === 0 ? 0 : 1);
