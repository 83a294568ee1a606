import type { CaseAudit } from '../audit/audit.js';
import type { Finding } from '../audit/finding.js';
import { renderMessage, type Locale, type MessageKey } from '../i18n/messages.js';
import type { OutcomeStatus } from '../outcome/outcome.js';
import type { Case, CaseEvent } from '../schema/case.js';
import type { FindingKind, ReportSummary } from './summary.js';

/** What the Markdown and HTML reports render. */
export interface ReportInput {
  /** The audits, in the order the report lists them. */
  readonly audits: readonly CaseAudit[];
  /** Totals across the audits (see `createReportSummary` / `addAudit`); the report prints them as given. */
  readonly summary: ReportSummary;
  /** Language of headings and messages. */
  readonly locale: Locale;
  /** Print each case's facts and events (types, dates, ids). Off by default: reports carry case ids only. */
  readonly includeFacts?: boolean;
  /** The cases by id, read only when `includeFacts` is true. */
  readonly cases?: ReadonlyMap<string, Case>;
}

/** The headings and labels of the reports; every locale has every string. */
export interface ReportStrings {
  readonly title: string;
  readonly asOf: (date: string) => string;
  readonly asOfRange: (from: string, to: string) => string;
  /** Column heading for an audit's "as of" date. */
  readonly asOfHeading: string;
  readonly privacy: string;
  readonly privacyFacts: string;
  readonly summary: string;
  readonly casesRead: string;
  readonly casesWithViolations: string;
  readonly findings: string;
  readonly standards: string;
  readonly byStatus: string;
  readonly byKind: string;
  readonly byRule: string;
  readonly status: string;
  readonly kind: string;
  readonly count: string;
  readonly total: string;
  readonly rule: string;
  readonly check: string;
  readonly cases: string;
  readonly case: string;
  readonly standard: string;
  readonly start: string;
  readonly due: string;
  readonly done: string;
  readonly lateBy: string;
  readonly message: string;
  readonly citation: string;
  readonly quote: string;
  readonly noFindings: string;
  readonly noCases: string;
  readonly nonBinding: string;
  readonly uncertain: (n: number) => string;
  readonly timeline: string;
  readonly noTimeline: string;
  readonly legend: string;
  readonly allowedTerm: string;
  readonly skippedDay: string;
  readonly skipped: (n: number) => string;
  readonly facts: string;
  readonly events: string;
  readonly type: string;
  readonly date: string;
  readonly end: string;
  readonly details: string;
  readonly noEvents: string;
  readonly states: Readonly<Record<TimelineState, string>>;
  readonly kinds: Readonly<Record<FindingKind, string>>;
  readonly units: Readonly<Record<NonNullable<Finding['lateBy']>['unit'], string>>;
  readonly reasons: Readonly<Record<string, string>>;
}

export const REPORT_STRINGS: Readonly<Record<Locale, ReportStrings>> = {
  ru: {
    title: 'Отчёт о проверке дел',
    asOf: (d) => `по состоянию на ${d}`,
    asOfRange: (a, b) => `по состоянию на даты с ${a} по ${b}`,
    asOfHeading: 'По состоянию на',
    privacy: 'Отчёт содержит только идентификаторы дел; факты и события дел в него не включены.',
    privacyFacts: 'Отчёт содержит факты и события дел (типы, даты, идентификаторы из перечней стандарта).',
    summary: 'Сводка',
    casesRead: 'Прочитано дел',
    casesWithViolations: 'Дел с нарушениями',
    findings: 'Выводов',
    standards: 'Стандарты',
    byStatus: 'По статусам',
    byKind: 'Нарушения по видам',
    byRule: 'По правилам и статусам',
    status: 'Статус',
    kind: 'Вид',
    count: 'Количество',
    total: 'Итого',
    rule: 'Правило',
    check: 'Проверка',
    cases: 'Дела',
    case: 'Дело',
    standard: 'Стандарт',
    start: 'Начало срока',
    due: 'Срок',
    done: 'Выполнено',
    lateBy: 'Просрочка',
    message: 'Вывод',
    citation: 'Ссылка на норму',
    quote: 'Цитата',
    noFindings: 'Выводов нет.',
    noCases: 'Дел нет.',
    nonBinding: 'проект, не имеет обязательной силы',
    uncertain: (n) => `выводов, основанных на выведенной дате вступления редакции в силу: ${n}`,
    timeline: 'Сроки на шкале времени',
    noTimeline: 'Шагов со сроками в деле нет.',
    legend: 'Обозначения',
    allowedTerm: 'допустимый срок',
    skippedDay: 'нерабочий день, пропущенный при исчислении срока',
    skipped: (n) => `пропущено нерабочих дней: ${n}`,
    facts: 'Факты дела',
    events: 'События',
    type: 'Тип',
    date: 'Дата',
    end: 'Окончание',
    details: 'Сведения',
    noEvents: 'Событий нет.',
    states: {
      'on-time': 'выполнено в срок',
      late: 'выполнено с опозданием',
      missing: 'не выполнено, срок истёк',
      premature: 'выполнено преждевременно',
      violation: 'иное нарушение',
      open: 'срок не истёк или не применяется',
    },
    kinds: { late: 'просрочка', missing: 'не выполнено', premature: 'преждевременно', unlawful: 'незаконно', refused: 'отказано' },
    units: { 'working-days': 'раб. дн.', 'calendar-days': 'кал. дн.', hours: 'ч' },
    reasons: {
      weekend: 'выходной',
      holiday: 'праздник',
      'holiday-move': 'перенос праздника',
      religious: 'религиозный праздник',
      'transfer-off': 'перенесённый выходной',
      'transfer-work': 'перенесённый рабочий день',
    },
  },
  kk: {
    title: 'Істерді тексеру есебі',
    asOf: (d) => `${d} жағдай бойынша`,
    asOfRange: (a, b) => `${a} – ${b} күндердегі жағдай бойынша`,
    asOfHeading: 'Жағдай күні',
    privacy: 'Есепте тек істердің сәйкестендіргіштері бар; істердің фактілері мен оқиғалары енгізілмеген.',
    privacyFacts: 'Есепте істердің фактілері мен оқиғалары бар (түрлері, күндері, стандарт тізбелерінің сәйкестендіргіштері).',
    summary: 'Жиынтық',
    casesRead: 'Оқылған істер',
    casesWithViolations: 'Бұзушылықтары бар істер',
    findings: 'Қорытындылар',
    standards: 'Стандарттар',
    byStatus: 'Мәртебелер бойынша',
    byKind: 'Бұзушылықтар түрлері бойынша',
    byRule: 'Ережелер мен мәртебелер бойынша',
    status: 'Мәртебе',
    kind: 'Түрі',
    count: 'Саны',
    total: 'Барлығы',
    rule: 'Ереже',
    check: 'Тексеру',
    cases: 'Істер',
    case: 'Іс',
    standard: 'Стандарт',
    start: 'Мерзімнің басталуы',
    due: 'Мерзімі',
    done: 'Орындалды',
    lateBy: 'Кешігу',
    message: 'Қорытынды',
    citation: 'Нормаға сілтеме',
    quote: 'Дәйексөз',
    noFindings: 'Қорытындылар жоқ.',
    noCases: 'Істер жоқ.',
    nonBinding: 'жоба, міндетті күші жоқ',
    uncertain: (n) => `редакцияның күшіне енуінің шығарылған күніне негізделген қорытындылар: ${n}`,
    timeline: 'Мерзімдер уақыт шкаласында',
    noTimeline: 'Істе мерзімі бар қадамдар жоқ.',
    legend: 'Шартты белгілер',
    allowedTerm: 'рұқсат етілген мерзім',
    skippedDay: 'мерзімді есептеуде өткізілген жұмыс емес күн',
    skipped: (n) => `өткізілген жұмыс емес күндер: ${n}`,
    facts: 'Іс фактілері',
    events: 'Оқиғалар',
    type: 'Түрі',
    date: 'Күні',
    end: 'Аяқталуы',
    details: 'Мәліметтер',
    noEvents: 'Оқиғалар жоқ.',
    states: {
      'on-time': 'мерзімінде орындалды',
      late: 'кешіктіріліп орындалды',
      missing: 'орындалмаған, мерзімі өтті',
      premature: 'мерзімінен бұрын орындалды',
      violation: 'өзге бұзушылық',
      open: 'мерзімі өтпеген немесе қолданылмайды',
    },
    kinds: { late: 'кешігу', missing: 'орындалмаған', premature: 'мерзімінен бұрын', unlawful: 'заңсыз', refused: 'бас тартылды' },
    units: { 'working-days': 'жұмыс күні', 'calendar-days': 'күнтізбелік күн', hours: 'сағ' },
    reasons: {
      weekend: 'демалыс күні',
      holiday: 'мереке',
      'holiday-move': 'мерекенің ауысуы',
      religious: 'діни мереке',
      'transfer-off': 'ауыстырылған демалыс күні',
      'transfer-work': 'ауыстырылған жұмыс күні',
    },
  },
  en: {
    title: 'Case audit report',
    asOf: (d) => `as of ${d}`,
    asOfRange: (a, b) => `as of dates from ${a} to ${b}`,
    asOfHeading: 'As of',
    privacy: 'This report carries case ids only; the facts and events of the cases are not included.',
    privacyFacts: 'This report includes the facts and events of the cases (types, dates, ids from the standard’s lists).',
    summary: 'Summary',
    casesRead: 'Cases read',
    casesWithViolations: 'Cases with violations',
    findings: 'Findings',
    standards: 'Standards',
    byStatus: 'By status',
    byKind: 'Violations by kind',
    byRule: 'By rule and status',
    status: 'Status',
    kind: 'Kind',
    count: 'Count',
    total: 'Total',
    rule: 'Rule',
    check: 'Check',
    cases: 'Cases',
    case: 'Case',
    standard: 'Standard',
    start: 'Start',
    due: 'Due',
    done: 'Done',
    lateBy: 'Late by',
    message: 'Finding',
    citation: 'Citation',
    quote: 'Quote',
    noFindings: 'No findings.',
    noCases: 'No cases.',
    nonBinding: 'draft, not binding',
    uncertain: (n) => `findings that rest on an inferred entry-into-force date: ${n}`,
    timeline: 'Timeline of time limits',
    noTimeline: 'The case has no time-limited steps.',
    legend: 'Legend',
    allowedTerm: 'allowed term',
    skippedDay: 'non-working day skipped by the term',
    skipped: (n) => `non-working days skipped: ${n}`,
    facts: 'Case facts',
    events: 'Events',
    type: 'Type',
    date: 'Date',
    end: 'End',
    details: 'Details',
    noEvents: 'No events.',
    states: {
      'on-time': 'done on time',
      late: 'done late',
      missing: 'missing, overdue',
      premature: 'done too early',
      violation: 'other violation',
      open: 'not yet due or not applicable',
    },
    kinds: { late: 'late', missing: 'missing', premature: 'premature', unlawful: 'unlawful', refused: 'refused' },
    units: { 'working-days': 'working day(s)', 'calendar-days': 'calendar day(s)', hours: 'hour(s)' },
    reasons: {
      weekend: 'weekend',
      holiday: 'public holiday',
      'holiday-move': 'holiday moved',
      religious: 'religious holiday',
      'transfer-off': 'transferred day off',
      'transfer-work': 'transferred working day',
    },
  },
};

/** The status as the message catalogue words it ("нарушение", "бұзушылық", "violation"). */
export const statusLabel = (status: OutcomeStatus, locale: Locale): string =>
  renderMessage({ key: `status.${status}` as MessageKey, params: {} }, locale);

export const formatLateBy = (lateBy: Finding['lateBy'], locale: Locale): string =>
  lateBy === undefined ? '' : `${lateBy.amount} ${REPORT_STRINGS[locale].units[lateBy.unit]}`;

/** A quote cut at a word boundary near `max` characters, with an ellipsis when cut. */
export function shortQuote(quote: string, max = 160): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * How a time-limited step looks on the timeline: `on-time` (compliant), `late`, `missing`
 * (not done, due date passed), `premature`, `violation` (any other violation) and `open`
 * (not yet due, not applicable, or waiting for evidence or judgement).
 */
export type TimelineState = 'on-time' | 'late' | 'missing' | 'premature' | 'violation' | 'open';
export const TIMELINE_STATES = ['on-time', 'late', 'missing', 'premature', 'violation', 'open'] as const satisfies readonly TimelineState[];

export function timelineState(f: Finding): TimelineState {
  if (f.kind === 'late') return 'late';
  if (f.kind === 'missing') return 'missing';
  if (f.kind === 'premature') return 'premature';
  if (f.status === 'violation') return 'violation';
  if (f.status === 'compliant') return 'on-time';
  return 'open';
}

/**
 * Findings that belong on the timeline: the time-limited steps (`deadlines.*`) with a due date,
 * and any other finding with a due date that is late, missing or premature. Periods such as a
 * contract's term or a monitoring quarter stay in the list of findings: on the same axis their
 * months would squeeze the one-day steps into a dot.
 */
export const isTimed = (f: Finding): boolean =>
  f.due !== undefined && (f.check.startsWith('deadlines.') || f.kind === 'late' || f.kind === 'missing' || f.kind === 'premature');

/** Fields of an event other than its type and dates, as `name=value` pairs (ids and booleans only). */
export function eventDetails(e: CaseEvent): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(e)) {
    if (k === 'type' || k === 'date' || k === 'at' || k === 'end' || k === 'endAt' || v === undefined) continue;
    out.push(`${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
  }
  return out;
}

/** Facts of a case (not events) as `name=value` pairs. */
export function caseFactPairs(c: Case): string[] {
  return Object.entries(c.facts ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`);
}

/** The facts to print for an audit, or undefined when facts are off or the case was not given. */
export function factsFor(input: ReportInput, caseId: string): Case | undefined {
  return input.includeFacts === true ? input.cases?.get(caseId) : undefined;
}

/** The report's "as of" line: one date, or the range of the audits' dates. Never today's date. */
export function asOfLine(summary: ReportSummary, locale: Locale): string | undefined {
  const t = REPORT_STRINGS[locale];
  if (summary.asOfMin === undefined || summary.asOfMax === undefined) return undefined;
  return summary.asOfMin === summary.asOfMax ? t.asOf(summary.asOfMin) : t.asOfRange(summary.asOfMin, summary.asOfMax);
}
