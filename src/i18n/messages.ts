/**
 * Message catalogue in Russian, Kazakh and English. Keys are stable; `{name}` placeholders are
 * filled from a message's parameters. A test fails when a key lacks a language or when the
 * placeholders differ between languages.
 */
export const LOCALES = ['ru', 'kk', 'en'] as const;
/** A language of the messages: Russian, Kazakh or English. */
export type Locale = (typeof LOCALES)[number];

/** One message in the three languages. */
type Entry = Readonly<Record<Locale, string>>;

/**
 * The catalogue: every {@link MessageKey} with its text in `ru`, `kk` and `en`. Outcomes and
 * errors carry keys and parameters; {@link renderMessage}, `describeOutcome` and `describeError`
 * render them.
 */
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
  'audit.deadline.compliant': {
    ru: '{step}: выполнено {done}, срок — до {due} включительно',
    kk: '{step}: {done} орындалды, мерзімі — {due} қоса алғанда',
    en: '{step}: done on {done}, due by {due}',
  },
  'audit.deadline.late': {
    ru: '{step}: выполнено {done}, с опозданием на {lateBy} ({unit}); срок истёк {due}',
    kk: '{step}: {done} орындалды, {lateBy} ({unit}) кешіктірілді; мерзімі {due} өтті',
    en: '{step}: done on {done}, {lateBy} ({unit}) late; due by {due}',
  },
  'audit.deadline.missing': {
    ru: '{step}: не выполнено; срок истёк {due}',
    kk: '{step}: орындалмаған; мерзімі {due} өтті',
    en: '{step}: not done; due by {due}',
  },
  'audit.deadline.premature': {
    ru: '{step}: выполнено {done}, раньше события {start}, с которого оно следует',
    kk: '{step}: {done} орындалды, оның алдында болуға тиіс оқиғадан ({start}) бұрын',
    en: '{step}: done on {done}, before the event it must follow ({start})',
  },
  'audit.deadline.pending': {
    ru: '{step}: срок ещё не истёк (до {due})',
    kk: '{step}: мерзімі әлі өтпеген ({due} дейін)',
    en: '{step}: not yet due (due by {due})',
  },
  'audit.deadline.not-started': {
    ru: '{step}: событие, с которого исчисляется срок, в деле отсутствует',
    kk: '{step}: мерзім басталатын оқиға істе жоқ',
    en: '{step}: the event that starts the term is not in the case',
  },
  'audit.not-applicable': {
    ru: '{step}: не применяется к этому делу',
    kk: '{step}: бұл іске қолданылмайды',
    en: '{step}: does not apply to this case',
  },
  'audit.needs-fact': {
    ru: '{step}: нужны сведения ({fact})',
    kk: '{step}: мәліметтер қажет ({fact})',
    en: '{step}: needs the fact {fact}',
  },
  'audit.outside-period': {
    ru: '{step}: на {date} стандарт не действовал ({reason})',
    kk: '{step}: {date} күні стандарт қолданылмаған ({reason})',
    en: '{step}: the standard was not in force on {date} ({reason})',
  },
  'audit.wording-not-encoded': {
    ru: '{step}: редакция пункта на {date} (до {act}) в закодированном тексте отсутствует — требуется проверка специалистом',
    kk: '{step}: тармақтың {date} күнгі редакциясы ({act} дейін) кодталған мәтінде жоқ — маманның тексеруі қажет',
    en: '{step}: the paragraph’s wording on {date} (before {act}) is not in the encoded source; a person must check it',
  },
  'check.contraindication.refused': {
    ru: 'выявлено противопоказание ({item}); в предоставлении услуг отказано / услуги прекращены',
    kk: 'қарсы көрсетілім анықталды ({item}); қызмет көрсетуден бас тартылды / тоқтатылды',
    en: 'contraindication found ({item}); services refused or ended',
  },
  'check.contraindication.continued': {
    ru: 'выявлено противопоказание ({item}), но услуги продолжены (договор {done})',
    kk: 'қарсы көрсетілім анықталды ({item}), бірақ қызмет жалғастырылды (шарт {done})',
    en: 'contraindication found ({item}) but services went on (contract {done})',
  },
  'check.identification.refusal': {
    ru: 'лицо не идентифицировано: в услугах должно быть отказано',
    kk: 'адам сәйкестендірілмеді: қызмет көрсетуден бас тартылуы тиіс',
    en: 'not identified: services must be refused',
  },
  'check.identification.contract-despite-refusal': {
    ru: 'лицо не идентифицировано, но договор заключён {done}',
    kk: 'адам сәйкестендірілмеді, бірақ шарт {done} жасалды',
    en: 'not identified, yet a contract was signed on {done}',
  },
  'check.extension.allowed': {
    ru: 'продление на {months} мес. по основанию {ground}; договор действует до {due}',
    kk: '{ground} негізі бойынша {months} айға ұзарту; шарт {due} дейін қолданылады',
    en: 'extension of {months} month(s) on ground {ground}; contract runs to {due}',
  },
  'check.extension.ground-not-listed': {
    ru: 'продление по основанию {ground}, которого нет в закрытом перечне стандарта',
    kk: 'стандарттың жабық тізбесінде жоқ {ground} негізі бойынша ұзарту',
    en: 'extension on ground {ground}, which is not in the standard’s closed list',
  },
  'check.extension.over-maximum': {
    ru: 'продление всего на {months} мес. превышает предел {max} мес.',
    kk: 'барлығы {months} айға ұзарту {max} ай шегінен асады',
    en: 'extensions totalling {months} month(s) exceed the maximum of {max}',
  },
  'check.contract.term': {
    ru: 'договор заключён {done} на {months} мес.; действует до {due}',
    kk: 'шарт {done} {months} айға жасалды; {due} дейін қолданылады',
    en: 'contract signed on {done} for {months} months; runs to {due}',
  },
  'check.expulsion.lawful': {
    ru: 'отчисление {done} по основанию {ground}: условие выполнено',
    kk: '{ground} негізі бойынша {done} шығару: шарты орындалған',
    en: 'expulsion on {done} on ground {ground}: the condition is met',
  },
  'check.expulsion.violations-not-enough': {
    ru: 'отчисление {done} за нарушения: зафиксировано {count}, требуется более {max}',
    kk: '{done} бұзушылықтар үшін шығару: {count} тіркелген, {max} реттен артық қажет',
    en: 'expulsion on {done} for violations: {count} recorded, more than {max} required',
  },
  'check.expulsion.absence-not-enough': {
    ru: 'отчисление {done} за отсутствие: отсутствие не превысило {max} суток без уведомления',
    kk: '{done} болмағаны үшін шығару: ескертусіз болмау {max} тәуліктен аспаған',
    en: 'expulsion on {done} for absence: no absence without notice exceeded {max} сутки',
  },
  'check.expulsion.valid-reason': {
    ru: 'отчисление {done} за отсутствие по уважительной причине ({reason}): лицо подлежит восстановлению',
    kk: '{done} дәлелді себеппен ({reason}) болмағаны үшін шығару: адам қайта қабылдануы тиіс',
    en: 'expulsion on {done} for an absence with a valid reason ({reason}): the person must be readmitted',
  },
  'check.expulsion.reason-not-listed': {
    ru: 'причина отсутствия {reason} не названа в перечне; перечень открытый — оценивает специалист',
    kk: '{reason} болмау себебі тізбеде аталмаған; тізбе ашық — маман бағалайды',
    en: 'absence reason {reason} is not named in the list; the list is open, a person must judge',
  },
  'check.expulsion.ground-not-listed': {
    ru: 'отчисление по основанию {ground}, которого нет в перечне стандарта',
    kk: 'стандарт тізбесінде жоқ {ground} негізі бойынша шығару',
    en: 'expulsion on ground {ground}, which the standard does not list',
  },
  'check.expulsion.needs-judgement': {
    ru: 'отчисление {done} по основанию {ground}: оценивает специалист',
    kk: '{ground} негізі бойынша {done} шығару: маман бағалайды',
    en: 'expulsion on {done} on ground {ground}: a person must judge',
  },
  'check.day-stay.within': {
    ru: 'дневное пребывание {done}: {hours} ч в день, допустимо от {min} до {max} ч',
    kk: '{done} күндіз болу: күніне {hours} сағ, {min}-{max} сағ рұқсат',
    en: 'day stay on {done}: {hours} h, allowed {min}–{max} h a day',
  },
  'check.day-stay.outside': {
    ru: 'дневное пребывание {done}: {hours} ч в день, вне пределов от {min} до {max} ч',
    kk: '{done} күндіз болу: күніне {hours} сағ, {min}-{max} сағ шегінен тыс',
    en: 'day stay on {done}: {hours} h, outside {min}–{max} h a day',
  },
  'check.monitoring.quarter': {
    ru: 'мониторинг за квартал {start} — {due}: {count}',
    kk: '{start} — {due} тоқсанына мониторинг: {count}',
    en: 'monitoring for the quarter {start} – {due}: {count}',
  },
  'check.report.disclosure': {
    ru: 'отчёт передан {done}: письменный запрос — {request}, письменное согласие — {consent}',
    kk: 'есеп {done} берілді: жазбаша сұрау — {request}, жазбаша келісім — {consent}',
    en: 'report handed over on {done}: written request {request}, written consent {consent}',
  },
  'check.belongings': {
    ru: 'при выбытии {done}: возврат вещей {count}',
    kk: '{done} шығу кезінде: заттарды қайтару {count}',
    en: 'on leaving on {done}: belongings returned {count}',
  },
  'check.evaluation.total': {
    ru: 'лист оценки: итого {total} балл(ов); порог в стандарте не установлен — решение принимает специалист',
    kk: 'бағалау парағы: барлығы {total} балл; стандартта шек белгіленбеген — шешімді маман қабылдайды',
    en: 'evaluation sheet: total {total} point(s); the standard sets no threshold, a person decides',
  },
  'check.staffing.minimum': {
    ru: 'минимальные штатные нормативы для {count} получателей услуг (графа {band})',
    kk: '{count} қызмет алушыға арналған ең төменгі штаттық нормативтер ({band} бағаны)',
    en: 'minimum staffing for {count} recipients (column {band})',
  },
  'check.staffing.not-covered': {
    ru: 'для {count} получателей услуг штатные нормативы стандартом не установлены',
    kk: '{count} қызмет алушыға штаттық нормативтер стандартта белгіленбеген',
    en: 'the standard sets no staffing for {count} recipients',
  },
  'check.not-regulated': {
    ru: 'стандарт не регулирует: {topic}',
    kk: 'стандарт реттемейді: {topic}',
    en: 'the standard does not regulate {topic}',
  },
  'check.not-regulated.delegated': {
    ru: 'стандарт не регулирует ({topic}) и отсылает к иному законодательству',
    kk: 'стандарт реттемейді ({topic}) және өзге заңнамаға сілтейді',
    en: 'the standard does not regulate {topic}; it refers to other legislation',
  },
  'check.admission-basis.sufficient': {
    ru: 'основание {basis} достаточно для категории {category}',
    kk: '{basis} негізі {category} санаты үшін жеткілікті',
    en: 'basis {basis} suffices for category {category}',
  },
  'check.admission-basis.insufficient': {
    ru: 'основание {basis} стандартом для категории {category} не предусмотрено',
    kk: '{basis} негізі {category} санаты үшін стандартта көзделмеген',
    en: 'basis {basis} is not provided for category {category}',
  },
  'check.admission-basis.unstated': {
    ru: 'для категории {category} основание приёма в стандарте не указано ({basis}) — оценивает специалист',
    kk: '{category} санаты үшін қабылдау негізі стандартта көрсетілмеген ({basis}) — маман бағалайды',
    en: 'the standard states no admission basis for category {category} ({basis}); a person must judge',
  },
  'check.admission-basis.no-matrix': {
    ru: 'стандарт не связывает основания приёма с категориями ({category}, {basis})',
    kk: 'стандарт қабылдау негіздерін санаттармен байланыстырмайды ({category}, {basis})',
    en: 'the standard does not tie admission bases to categories ({category}, {basis})',
  },
  'check.identification.participants': {
    ru: 'идентификация {done}: не участвовали обязательные участники — {missing}',
    kk: '{done} сәйкестендіру: міндетті қатысушылар қатыспады — {missing}',
    en: 'identification on {done}: required participants absent — {missing}',
  },
} as const satisfies Record<string, Entry>;

/** A key of the message catalogue ({@link MESSAGES}), e.g. `'status.violation'` or `'error.REPEALED'`. */
export type MessageKey = keyof typeof MESSAGES;

/** A message to render: a catalogue key and its parameters. */
export interface Message {
  /** The catalogue key. */
  readonly key: MessageKey;
  /** Values for the `{name}` placeholders of the template. */
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
