/**
 * kz-social-standards: Kazakhstan's standards of special social services as executable, dated,
 * cited policy. This module only re-exports the public API.
 *
 * @packageDocumentation
 * @module kz-social-standards
 */

export { standards, createRegistry } from './law/registry.js';
export type {
  Registry,
  RegistryOptions,
  AtOptions,
  StandardSummary,
  StandardVersion,
  ResolvedVersion,
  VersionStart,
  VersionEnd,
  ParagraphStatus,
  Uncertainty,
  DateCertainty,
} from './law/registry.js';
export { STANDARD_IDS, type StandardId } from './law/data.js';
export { CitationSchema, formatCitation, type Citation, type SourceLanguage } from './law/citation.js';
export {
  ActSchema,
  EffectiveDateSchema,
  LocalizedTextSchema,
  StandardFileSchema,
  AmendmentSchema,
  TextTargetSchema,
  type Act,
  type EffectiveDate,
  type LocalizedText,
  type StandardFile,
  type Amendment,
  type TextTarget,
} from './law/schema.js';
export {
  RuleFileSchema,
  ParameterSchema,
  RuleListSchema,
  ListItemSchema,
  RuleSchema,
  ConditionSchema,
  AmbiguityOptionSchema,
  UnitSchema,
  OperatorSchema,
  type RuleFile,
  type Parameter,
  type RuleList,
  type ListItem,
  type Rule,
  type Condition,
  type FactCondition,
  type AmbiguityOption,
  type Unit,
  type Operator,
} from './schema/rule-file.js';
export { IsoDateSchema, isIsoDate, type IsoDate } from './schema/date.js';
export { jsonSchemas } from './schema/json-schema.js';
export { evaluateCondition, factsOf, type ConditionResult, type Facts } from './engine/conditions.js';
export {
  OutcomeSchema,
  OutcomeStatusSchema,
  TraceEntrySchema,
  makeOutcome,
  describeOutcome,
  type Outcome,
  type OutcomeStatus,
  type TraceEntry,
} from './outcome/outcome.js';
export { MESSAGES, LOCALES, renderMessage, type Locale, type Message, type MessageKey } from './i18n/messages.js';
export { describeError } from './i18n/errors.js';
export { KzssError, InvalidInputError, InvalidDateError, type KzssErrorCode, type InputIssue } from './errors.js';
export {
  UnknownStandardError,
  NotYetInForceError,
  RepealedError,
  DraftNotBindingError,
  WordingNotEncodedError,
  ParagraphNotInForceError,
  RuleFileInvalidError,
} from './law/errors.js';
export { splitSource, unitKey, type SplitSource, type SourceUnit, type SourceParagraph } from './sources/split.js';
export { SourceProfileSchema, type SourceProfile } from './sources/profile.js';
export { normalizeForQuote } from './sources/normalize.js';
export { verifyCitation, citedText, type CitationCheck } from './sources/verify.js';
export * from './calendar/index.js';
/** The calendar functions as one namespace: `calendar.addWorkingDays('2022-03-18', 1)`. */
export * as calendar from './calendar/index.js';
export { audit, auditCase, type CaseAudit } from './audit/audit.js';
export type { AuditOptions } from './audit/context.js';
export { FindingSchema, type Finding, type AuditSummary } from './audit/finding.js';
export { CaseSchema, CaseEventSchema, CaseFactsSchema, LocalDateTimeSchema, type Case, type CaseInput, type CaseEvent, type CaseFacts, type LocalDateTime } from './schema/case.js';
export { EventTypeSchema, type EventType } from './schema/case-events.js';
export {
  DeadlineRuleSchema,
  PeriodicRuleSchema,
  StaffingTableSchema,
  StaffingCellSchema,
  EvaluationSheetSchema,
  CoverageFileSchema,
  CoverageEntrySchema,
  LegalTermSchema,
  type DeadlineRule,
  type PeriodicRule,
  type StaffingTable,
  type StaffingCell,
  type EvaluationSheet,
  type CoverageFile,
  type LegalTerm,
} from './schema/rule-sections.js';
export { evaluateSheet, SheetMarksSchema, type SheetResult } from './checks/evaluation-sheet.js';
export { staffingMinimum, StaffingInputSchema, type StaffingInput, type StaffingLine, type StaffingResult } from './checks/staffing.js';
export { compare, type Comparison, type Difference, type DifferenceSide, type ComparisonSection } from './compare/compare.js';
export { comparisonToMarkdown } from './compare/markdown.js';
export { notRegulated, EVENT_TOPICS } from './checks/not-regulated.js';
export { admissionBasis, AdmissionQuestionSchema, type AdmissionQuestion } from './checks/admission-basis.js';
export {
  AdmissionMatrixSchema,
  NotRegulatedSchema,
  SupplyNormSchema,
  EquipmentSchema,
  TopicSchema,
  type AdmissionMatrix,
  type NotRegulated,
  type SupplyNorms,
  type Equipment,
  type Topic,
} from './schema/rule-sections.js';
export { htmlReport, escapeHtml } from './report/html.js';
export { markdownReport } from './report/markdown.js';
export { createReportSummary, addAudit, summarizeAudits, mergeReportSummaries, REPORT_KINDS, REPORT_STATUSES, type ReportSummary, type StatusCounts, type FindingKind } from './report/summary.js';
export type { ReportInput } from './report/common.js';
export { paragraphStatusIn, citationTarget } from './law/registry.js';
