import type { z } from 'zod';
import actsJson from '../../rules/acts.json';
import trafficking from '../../rules/trafficking/standard.json';
import traffickingRules from '../../rules/trafficking/2022-383.json';
import domesticViolence from '../../rules/domestic-violence/standard.json';
import domesticViolenceRules from '../../rules/domestic-violence/2022-383.json';
import educationOrganizations from '../../rules/education-organizations/standard.json';
import educationOrganizationsRules from '../../rules/education-organizations/2023-165.json';
import educationCenters from '../../rules/education-centers/standard.json';
import educationCentersRules from '../../rules/education-centers/2023-165.json';
import fosterFamilies from '../../rules/foster-families/standard.json';
import fosterFamiliesRules from '../../rules/foster-families/2023-165.json';
import draft2017 from '../../rules/draft-2017/standard.json';
import draft2017Rules from '../../rules/draft-2017/2017-draft.json';
import { RuleFileSchema, type RuleFile } from '../schema/rule-file.js';
import { toInputIssues } from '../schema/parse.js';
import { RuleFileInvalidError } from './errors.js';
import { ActsFileSchema, StandardFileSchema, type Act, type StandardFile } from './schema.js';

/** The raw data files bundled with the library, by their path under rules/. */
export const RAW_RULE_DATA = {
  'acts.json': actsJson,
  'trafficking/standard.json': trafficking,
  'trafficking/2022-383.json': traffickingRules,
  'domestic-violence/standard.json': domesticViolence,
  'domestic-violence/2022-383.json': domesticViolenceRules,
  'education-organizations/standard.json': educationOrganizations,
  'education-organizations/2023-165.json': educationOrganizationsRules,
  'education-centers/standard.json': educationCenters,
  'education-centers/2023-165.json': educationCentersRules,
  'foster-families/standard.json': fosterFamilies,
  'foster-families/2023-165.json': fosterFamiliesRules,
  'draft-2017/standard.json': draft2017,
  'draft-2017/2017-draft.json': draft2017Rules,
} as const satisfies Record<string, unknown>;

/** The standards in the order the library lists them. */
export const STANDARD_IDS = [
  'trafficking',
  'domestic-violence',
  'education-organizations',
  'education-centers',
  'foster-families',
  'draft-2017',
] as const;
/** Id of an encoded standard: one of {@link STANDARD_IDS}. */
export type StandardId = (typeof STANDARD_IDS)[number];

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RuleFileInvalidError(`rules/${file}`, toInputIssues(result.error));
  return result.data;
}

export interface LawData {
  readonly acts: ReadonlyMap<string, Act>;
  readonly standards: ReadonlyMap<StandardId, StandardFile>;
  readonly ruleFiles: ReadonlyMap<StandardId, RuleFile>;
}

let cache: LawData | undefined;

/** Validates the bundled rule data once (on first use) and returns it. */
export function lawData(): LawData {
  if (cache) return cache;
  const acts = new Map(validate(ActsFileSchema, actsJson, 'acts.json').acts.map((a) => [a.id, a] as const));
  const standards = new Map<StandardId, StandardFile>();
  const ruleFiles = new Map<StandardId, RuleFile>();
  const raw = RAW_RULE_DATA as Record<string, unknown>;
  for (const id of STANDARD_IDS) {
    const standard = validate(StandardFileSchema, raw[`${id}/standard.json`], `${id}/standard.json`);
    const ruleFilePath = `${id}/${standard.ruleFile}.json`;
    const ruleFile = validate(RuleFileSchema, raw[ruleFilePath], ruleFilePath);
    standards.set(id, standard);
    ruleFiles.set(id, ruleFile);
  }
  cache = { acts, standards, ruleFiles };
  return cache;
}
