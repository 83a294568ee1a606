import { KzssError } from '../errors.js';
import { MESSAGES, renderMessage, type Locale, type MessageKey } from './messages.js';

function text(v: unknown): string | number | boolean | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return undefined;
}

/**
 * A library error rendered in ru, kk or en. Parameters come from the error's details, which
 * hold ids, dates of law and field paths only — never case facts.
 *
 * @example
 * ```ts
 * import { standards, describeError } from 'kz-social-standards';
 * let error: unknown;
 * try {
 *   standards.at('trafficking', '2023-07-01');
 * } catch (e) {
 *   error = e;
 * }
 * describeError(error, 'en'); // 'standard trafficking is not in force on 2023-07-01: repealed by order-263-2023 from 2023-07-01'
 * describeError(error, 'ru'); // 'стандарт trafficking на 2023-07-01 не действует: утратил силу (order-263-2023) с 2023-07-01'
 * ```
 */
export function describeError(error: unknown, locale: Locale): string {
  if (!(error instanceof KzssError)) return renderMessage({ key: 'error.INVALID_INPUT', params: { path: '?' } }, locale);
  const key = `error.${error.code}` as MessageKey;
  if (!(key in MESSAGES)) return error.message;
  const d = error.details;
  const effective = d['effective'];
  const params: Record<string, string | number | boolean> = {
    path: error.path.join('.') || '-',
  };
  for (const name of ['standard', 'asOf', 'version', 'year']) {
    const v = text(d[name]);
    if (v !== undefined) params[name] = v;
  }
  if (typeof effective === 'string') params['effective'] = effective;
  else if (effective && typeof effective === 'object') {
    const e = effective as { date?: unknown; certainty?: unknown };
    // an inferred day is only the earliest possible one
    params['effective'] = `${e.certainty === 'inferred' ? '≥ ' : ''}${String(e.date ?? '?')}`;
  }
  const act = text(d['repealedBy']) ?? text(d['amendedBy']) ?? text(d['addedBy']);
  if (act !== undefined) params['act'] = act;
  return renderMessage({ key, params }, locale);
}
