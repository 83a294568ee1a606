import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/i18n/errors.js';
import { LOCALES, MESSAGES, placeholders, renderMessage, type MessageKey } from '../../src/i18n/messages.js';
import { standards } from '../../src/law/registry.js';
import { describeOutcome, makeOutcome, OutcomeSchema, OutcomeStatusSchema } from '../../src/outcome/outcome.js';

const keys = Object.keys(MESSAGES) as MessageKey[];

describe('message catalogue', () => {
  it.each(keys)('%s has ru, kk and en with the same placeholders', (key) => {
    const entry = MESSAGES[key] as Record<string, string>;
    for (const locale of LOCALES) expect(entry[locale]?.trim().length ?? 0, `${key}.${locale}`).toBeGreaterThan(0);
    expect(placeholders(entry['ru'] as string)).toEqual(placeholders(entry['en'] as string));
    expect(placeholders(entry['kk'] as string)).toEqual(placeholders(entry['en'] as string));
    expect(Object.keys(entry).sort()).toEqual([...LOCALES].sort());
  });

  it('has a label for every outcome status and a message for every error code', () => {
    for (const s of OutcomeStatusSchema.options) expect(keys).toContain(`status.${s}`);
    for (const code of ['INVALID_INPUT', 'INVALID_DATE', 'UNKNOWN_STANDARD', 'NOT_YET_IN_FORCE', 'REPEALED', 'DRAFT_NOT_BINDING', 'WORDING_NOT_ENCODED', 'PARAGRAPH_NOT_IN_FORCE', 'CALENDAR_NOT_COVERED', 'RULE_FILE_INVALID']) {
      expect(keys).toContain(`error.${code}`);
    }
  });

  it('renders parameters and leaves a missing one visible', () => {
    expect(renderMessage({ key: 'error.UNKNOWN_STANDARD', params: { standard: 'x' } }, 'ru')).toBe('неизвестный стандарт x');
    expect(renderMessage({ key: 'error.UNKNOWN_STANDARD', params: {} }, 'en')).toBe('unknown standard {standard}');
  });
});

describe('errors in three languages', () => {
  it('renders a repeal with act and date', () => {
    let error: unknown;
    try {
      standards.at('trafficking', '2023-07-01');
    } catch (e) {
      error = e;
    }
    expect(describeError(error, 'ru')).toBe('стандарт trafficking на 2023-07-01 не действует: утратил силу (order-263-2023) с 2023-07-01');
    expect(describeError(error, 'kk')).toContain('order-263-2023');
    expect(describeError(error, 'en')).toBe('standard trafficking is not in force on 2023-07-01: repealed by order-263-2023 from 2023-07-01');
  });
});

describe('outcomes', () => {
  const citation = { act: 'order-138-2016', part: 'standard' as const, paragraph: '16', lang: 'ru' as const, quote: 'Срок действия договора составляет 6 месяцев' };
  const o = makeOutcome({
    status: 'needs-judgement',
    rule: 'trafficking.contract.term',
    standard: 'trafficking',
    version: 'trafficking/order-383-2022',
    binding: true,
    citations: [citation],
    message: { key: 'version.draft', params: { standard: 'x' } },
    trace: [{ rule: 'trafficking.contract.term', step: 'parameter', ref: 'contract.term-months', citation }],
  });

  it('validates against its schema and renders with its status', () => {
    expect(OutcomeSchema.parse(o)).toEqual(o);
    expect(describeOutcome(o, 'en')).toBe('needs judgement: draft x: never adopted, not binding');
  });

  it('a trace entry cannot carry a fact value', () => {
    const leaky = { ...o, trace: [{ rule: 'r', step: 'condition', ref: 'c', result: true, value: 'Иванов' }] };
    expect(OutcomeSchema.safeParse(leaky).success).toBe(false);
    expect(OutcomeSchema.safeParse({ ...o, trace: [{ rule: 'r', step: 'condition', ref: 'c', result: 'Иванов' }] }).success).toBe(false);
  });
});
