import { formatCitation } from '../law/citation.js';
import type { Locale } from '../i18n/messages.js';
import type { LocalizedText } from '../law/schema.js';
import type { Comparison, ComparisonSection, DifferenceSide } from './compare.js';

const HEAD: Record<Locale, { title: string; section: string; item: string; notInA: string; notInB: string; nonBinding: string; none: string; onlyA: string; onlyB: string }> = {
  ru: { title: 'Сравнение', section: 'Раздел', item: 'Положение', notInA: 'нет', notInB: 'нет', nonBinding: 'проект, не имеет обязательной силы', none: 'Различий не найдено.', onlyA: 'только слева', onlyB: 'только справа' },
  kk: { title: 'Салыстыру', section: 'Бөлім', item: 'Ереже', notInA: 'жоқ', notInB: 'жоқ', nonBinding: 'жоба, міндетті күші жоқ', none: 'Айырмашылық табылмады.', onlyA: 'тек сол жақта', onlyB: 'тек оң жақта' },
  en: { title: 'Comparison', section: 'Section', item: 'Provision', notInA: 'absent', notInB: 'absent', nonBinding: 'draft, not binding', none: 'No differences found.', onlyA: 'only left', onlyB: 'only right' },
};

const SECTION: Record<ComparisonSection, LocalizedText & Record<Locale, string>> = {
  parameters: { ru: 'Параметры', kk: 'Параметрлер', en: 'Parameters' },
  lists: { ru: 'Перечни', kk: 'Тізбелер', en: 'Lists' },
  deadlines: { ru: 'Сроки', kk: 'Мерзімдер', en: 'Time limits' },
  periodic: { ru: 'Периодичность', kk: 'Мерзімділік', en: 'Periodic duties' },
  options: { ru: 'Неясности (опции)', kk: 'Түсініксіз тұстар (опциялар)', en: 'Ambiguities (options)' },
  staffing: { ru: 'Штатные нормативы', kk: 'Штаттық нормативтер', en: 'Staffing' },
  evaluationSheet: { ru: 'Лист оценки', kk: 'Бағалау парағы', en: 'Evaluation sheet' },
};

const label = (t: LocalizedText | undefined, locale: Locale): string => (t ? (t[locale] ?? t.en) : '');
const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function side(s: DifferenceSide | undefined, absent: string): string {
  if (!s) return absent;
  const c = s.citation ? `<br>${formatCitation(s.citation)}: «${s.citation.quote}»` : '';
  const n = s.wordingNotEncoded ? `<br>⚠ ${s.wordingNotEncoded}` : '';
  return esc(`${s.value}`) + esc(c) + esc(n);
}

/** The comparison as a Markdown table with headers and labels in ru, kk or en; each side cited. */
export function comparisonToMarkdown(c: Comparison, locale: Locale): string {
  const h = HEAD[locale];
  const name = (x: Comparison['a']) => `${x.id}${x.binding ? '' : ` (${h.nonBinding})`}`;
  const lines = [`### ${h.title}: ${name(c.a)} ↔ ${name(c.b)}`, ''];
  if (c.differences.length === 0) return [...lines, h.none, ''].join('\n');
  lines.push(`| ${h.section} | ${h.item} | ${esc(c.a.id)} | ${esc(c.b.id)} |`, '|---|---|---|---|');
  for (const d of c.differences) {
    const items =
      (d.itemsOnlyA?.length ? `<br>${h.onlyA}: ${d.itemsOnlyA.join(', ')}` : '') + (d.itemsOnlyB?.length ? `<br>${h.onlyB}: ${d.itemsOnlyB.join(', ')}` : '');
    const what = `${d.key}${label(d.a?.label ?? d.b?.label, locale) ? ` — ${label(d.a?.label ?? d.b?.label, locale)}` : ''}${items}`;
    lines.push(`| ${SECTION[d.section][locale]} | ${esc(what)} | ${side(d.a, h.notInA)} | ${side(d.b, h.notInB)} |`);
  }
  return [...lines, ''].join('\n');
}
