import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lawData, RAW_RULE_DATA } from '../../src/law/data.js';
import { ActsFileSchema, StandardFileSchema } from '../../src/law/schema.js';
import { jsonSchemas } from '../../src/schema/json-schema.js';
import { RuleFileSchema } from '../../src/schema/rule-file.js';
import { REPO, ruleJsonFiles } from '../helpers/seeds.js';

const standardFiles = ruleJsonFiles().filter(([p]) => /^rules\/[a-z0-9-]+\/standard\.json$/.test(p));
const versionFiles = ruleJsonFiles().filter(([p]) => /^rules\/[a-z0-9-]+\/(?!standard\.json|coverage\.json)[^/]+\.json$/.test(p) && !p.startsWith('rules/calendar/'));

describe('rule files validate at load and in tests', () => {
  it('the bundled data loads and validates', () => {
    const data = lawData();
    expect(data.standards.size).toBe(6);
    expect(data.acts.size).toBe(11);
  });

  it('every file on disk is bundled (none forgotten in src/law/data.ts)', () => {
    const bundled = Object.keys(RAW_RULE_DATA).map((k) => `rules/${k}`).sort();
    const onDisk = ['rules/acts.json', ...standardFiles.map(([p]) => p), ...versionFiles.map(([p]) => p)].sort();
    expect(bundled).toEqual(onDisk);
  });

  it.each(versionFiles)('%s matches the rule-file schema', (_p, json) => {
    expect(RuleFileSchema.safeParse(json).error?.issues ?? []).toEqual([]);
  });

  it.each(standardFiles)('%s matches the standard schema', (_p, json) => {
    expect(StandardFileSchema.safeParse(json).error?.issues ?? []).toEqual([]);
  });

  it('rejects a parameter without a citation, a default that is not a reading, a duplicate list item', () => {
    const base = structuredClone(RAW_RULE_DATA['trafficking/2022-383.json']) as Record<string, any>;
    const noCitation = structuredClone(base);
    delete noCitation['parameters']['contract.term-months']['citation'];
    expect(RuleFileSchema.safeParse(noCitation).success).toBe(false);
    const badDefault = structuredClone(base);
    badDefault['options']['contract.extension-cap']['default'] = 'whatever';
    const r = RuleFileSchema.safeParse(badDefault);
    expect(r.error?.issues[0]?.path).toEqual(['options', 'contract.extension-cap', 'default']);
    const dup = structuredClone(base);
    dup['lists']['contract.extension-grounds']['items'].push(dup['lists']['contract.extension-grounds']['items'][0]);
    expect(RuleFileSchema.safeParse(dup).success).toBe(false);
  });

  it('rejects a rule whose citation is not in event.params (json-rules-engine keeps only those)', () => {
    const file = structuredClone(RAW_RULE_DATA['trafficking/2022-383.json']) as Record<string, any>;
    const citation = file['parameters']['contract.term-months']['citation'];
    file['rules'] = [
      { id: 'x', name: { en: 'x' }, conditions: { all: [{ fact: 'a', operator: 'equal', value: 1 }] }, event: { type: 'x', params: { citation } } },
    ];
    expect(RuleFileSchema.safeParse(file).success).toBe(true);
    file['rules'][0].event.params = {};
    expect(RuleFileSchema.safeParse(file).success).toBe(false);
    file['rules'][0].event.params = { citation };
    file['rules'][0].citation = citation;
    expect(RuleFileSchema.safeParse(file).success).toBe(false);
  });

  it('the acts file validates and an inferred date must carry its earliest day', () => {
    const acts = structuredClone(RAW_RULE_DATA['acts.json']) as Record<string, any>;
    expect(ActsFileSchema.safeParse(acts).success).toBe(true);
    delete acts['acts'][0]['entryIntoForce']['earliest'];
    expect(ActsFileSchema.safeParse(acts).success).toBe(false);
  });
});

describe('JSON Schema for editors and other languages', () => {
  it('docs/schema/*.schema.json are up to date with the zod schemas (run `npm run schema`)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(REPO, 'docs/schema', name), 'utf8'));
      expect(committed, name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('validates the rule files with a plain JSON Schema validator (ajv), and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(jsonSchemas()['rule-file.schema.json'] as object);
    for (const [p, json] of versionFiles) expect(validate(json), `${p}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    const broken = structuredClone(versionFiles[0]![1]) as Record<string, any>;
    broken['parameters']['x'] = { value: 1, unit: 'parsec', label: { en: 'x' } };
    expect(validate(broken)).toBe(false);
    const standard = ajv.compile(jsonSchemas()['standard.schema.json'] as object);
    for (const [p, json] of standardFiles) expect(standard(json), p).toBe(true);
  });
});
