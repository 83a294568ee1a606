import { z } from 'zod';
import { ActsFileSchema, StandardFileSchema } from '../law/schema.js';
import { CitationSchema } from '../law/citation.js';
import { OutcomeSchema } from '../outcome/outcome.js';
import { RuleFileSchema } from './rule-file.js';
import { CaseSchema } from './case.js';
import { FindingSchema } from '../audit/finding.js';
import { CoverageFileSchema } from './rule-sections.js';

/** JSON Schemas (draft 2020-12) of the data formats, generated from the zod schemas. */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, id: string, title: string): unknown => ({
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    $id: `https://kz-social-standards.invalid/schema/${id}`,
    title,
  });
  return {
    'rule-file.schema.json': make(RuleFileSchema, 'rule-file.schema.json', 'kz-social-standards rule file (rules/<standard>/<version>.json)'),
    'standard.schema.json': make(StandardFileSchema, 'standard.schema.json', 'kz-social-standards standard file (rules/<standard>/standard.json)'),
    'acts.schema.json': make(ActsFileSchema, 'acts.schema.json', 'kz-social-standards registry of acts (rules/acts.json)'),
    'citation.schema.json': make(CitationSchema, 'citation.schema.json', 'Citation of a law text'),
    'outcome.schema.json': make(OutcomeSchema, 'outcome.schema.json', 'Outcome of a check'),
    'case.schema.json': make(CaseSchema, 'case.schema.json', 'A case file: opaque id, standard, facts and event log'),
    'finding.schema.json': make(FindingSchema, 'finding.schema.json', 'A finding of the whole-case audit'),
    'coverage.schema.json': make(CoverageFileSchema, 'coverage.schema.json', 'Paragraph coverage of a standard (rules/<standard>/coverage.json)'),
  };
}
