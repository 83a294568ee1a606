/**
 * Message catalogue in Russian, Kazakh and English. Keys are stable; `{name}` placeholders are
 * filled from a message's parameters. A test fails when a key lacks a language or when the
 * placeholders differ between languages.
 */
export const LOCALES = ['ru', 'kk', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Entry = Readonly<Record<Locale, string>>;

export const MESSAGES = {
  'status.compliant': { ru: 'соответствует', kk: 'сәйкес келеді', en: 'compliant' },
  'status.violation': { ru: 'нарушение', kk: 'бұзушылық', en: 'violation' },
  'status.not-applicable': { ru: 'не применяется', kk: 'қолданылмайды', en: 'not applicable' },
  'status.needs-evidence': { ru: 'нужны сведения', kk: 'мәліметтер қажет', en: 'needs evidence' },
  'status.needs-judgement': { ru: 'требует оценки специалиста', kk: 'маманның бағалауын қажет етеді', en: 'needs judgement' },
  'status.not-regulated': { ru: 'стандартом не регулируется', kk: 'стандартпен реттелмейді', en: 'not regulated' },

  'certainty.stated': { ru: 'дата указана в тексте', kk: 'күні мәтінде көрсетілген', en: 'date stated in the text' },
  'certainty.inferred': {
    ru: 'выведено: не ранее этой даты (дата опубликования в тексте не указана)',
    kk: 'шығарылған: осы күннен ерте емес (жариялану күні мәтінде көрсетілмеген)',
    en: 'inferred: not before this day (the publication date is not in the text)',
  },
  'certainty.from-publication': {
    ru: 'вычислено по указанной пользователем дате опубликования',
    kk: 'пайдаланушы көрсеткен жариялану күні бойынша есептелген',
    en: 'computed from a publication date supplied by the caller',
  },
  'certainty.never': { ru: 'проект, не вступал в силу', kk: 'жоба, күшіне енбеген', en: 'draft, never in force' },

  'version.in-force': {
    ru: '{standard}: на {asOf} действует редакция {version} (с {from})',
    kk: '{standard}: {asOf} күні {version} редакциясы қолданылады ({from} бастап)',
    en: '{standard}: on {asOf} version {version} applies (from {from})',
  },
  'version.uncertain': {
    ru: 'ответ верен, только если {act} впервые официально опубликован не позднее {date}; иначе действует {otherwise}',
    kk: 'жауап {act} {date} күнінен кешіктірілмей алғаш ресми жарияланса ғана дұрыс; әйтпесе {otherwise} қолданылады',
    en: 'this holds only if {act} was first officially published on or before {date}; otherwise {otherwise} applies',
  },
  'version.draft': {
    ru: 'проект {standard}: никогда не принимался, не имеет обязательной силы',
    kk: '{standard} жобасы: ешқашан қабылданбаған, міндетті күші жоқ',
    en: 'draft {standard}: never adopted, not binding',
  },

  'error.INVALID_INPUT': { ru: 'неверные входные данные: {path}', kk: 'кіріс деректері қате: {path}', en: 'invalid input: {path}' },
  'error.INVALID_DATE': {
    ru: 'ожидается дата в формате ГГГГ-ММ-ДД: {path}',
    kk: 'ЖЖЖЖ-АА-КК пішіміндегі күн күтіледі: {path}',
    en: 'expected a date as YYYY-MM-DD: {path}',
  },
  'error.UNKNOWN_STANDARD': { ru: 'неизвестный стандарт {standard}', kk: 'белгісіз стандарт {standard}', en: 'unknown standard {standard}' },
  'error.UNKNOWN_VERSION': { ru: 'неизвестная редакция {version}', kk: 'белгісіз редакция {version}', en: 'unknown version {version}' },
  'error.NOT_YET_IN_FORCE': {
    ru: 'стандарт {standard} на {asOf} ещё не действовал (вводится в действие: {effective})',
    kk: '{standard} стандарты {asOf} күні әлі қолданылмаған (қолданысқа енгізілуі: {effective})',
    en: 'standard {standard} was not yet in force on {asOf} (in force: {effective})',
  },
  'error.REPEALED': {
    ru: 'стандарт {standard} на {asOf} не действует: утратил силу ({act}) с {effective}',
    kk: '{standard} стандарты {asOf} күні қолданылмайды: {effective} бастап күшін жойған ({act})',
    en: 'standard {standard} is not in force on {asOf}: repealed by {act} from {effective}',
  },
  'error.DRAFT_NOT_BINDING': {
    ru: '{standard} — проект, не имеющий обязательной силы; запросите его явно',
    kk: '{standard} — міндетті күші жоқ жоба; оны анық сұраңыз',
    en: '{standard} is a non-binding draft; ask for it explicitly',
  },
  'error.WORDING_NOT_ENCODED': {
    ru: 'редакция этого пункта до {act} в закодированном тексте отсутствует',
    kk: 'осы тармақтың {act} дейінгі редакциясы кодталған мәтінде жоқ',
    en: 'the wording of this paragraph before {act} is not in the encoded source',
  },
  'error.PARAGRAPH_NOT_IN_FORCE': {
    ru: 'пункт добавлен позднее ({act}) и в этой редакции не действует',
    kk: 'тармақ кейін қосылған ({act}) және бұл редакцияда қолданылмайды',
    en: 'the paragraph was added later ({act}) and is not part of this version',
  },
  'error.CALENDAR_NOT_COVERED': {
    ru: 'календарь не охватывает {year} год',
    kk: 'күнтізбе {year} жылды қамтымайды',
    en: 'the calendar does not cover the year {year}',
  },
  'error.RULE_FILE_INVALID': { ru: 'файл правил повреждён: {path}', kk: 'ереже файлы бүлінген: {path}', en: 'rule file invalid: {path}' },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

/** A message to render: a catalogue key and its parameters. */
export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number | boolean>>;
}

/** Renders a message in a locale; a missing parameter is left as `{name}` so the gap is visible. */
export function renderMessage(message: Message, locale: Locale): string {
  const template = MESSAGES[message.key][locale];
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const v = message.params[name];
    return v === undefined ? whole : String(v);
  });
}

/** The placeholders a template uses, for the catalogue test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] as string).sort();
}
