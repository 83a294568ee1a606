/**
 * Reports of case audits: an incremental summary for streaming readers, a Markdown report for
 * email and pull requests, and one self-contained HTML file. Pure functions: no I/O, no clock.
 */
export {
  addAudit,
  createReportSummary,
  mergeReportSummaries,
  REPORT_KINDS,
  REPORT_STATUSES,
  summarizeAudits,
  summaryChecks,
  summaryStandards,
  type FindingKind,
  type ReportSummary,
  type StatusCounts,
} from './summary.js';
export { REPORT_STRINGS, TIMELINE_STATES, timelineState, type ReportInput, type ReportStrings, type TimelineState } from './common.js';
export { escapeMarkdown, markdownCaseSection, markdownReport, STATUS_SYMBOL } from './markdown.js';
export { escapeHtml, htmlCaseSection, htmlReport } from './html.js';
