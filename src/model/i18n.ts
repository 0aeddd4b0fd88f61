// Every interface string in English and Russian, and the one place that picks a language: `strings(lang)` for
// interface strings, `pick(row, 'label', lang)` for the `_en`/`_ru` fields of geodata rows. Figures never live here:
// they come from geodata/. tests/unit/i18n.test.ts fails on a missing or unused key and on Latin words in Russian.
import type { DropKind, FileReport } from '../data/fileReport';
import type { Status } from '../data/schema';
import type { DrawnStatus } from './flowYear';
import type { CitationWords } from './citation';

export type Lang = 'en' | 'ru';
type ReportUnit = FileReport['unit'];
export const LANGS: readonly Lang[] = ['en', 'ru'];
/** The language a page opens in when its link names none (and that links then leave out). */
export const DEFAULT_LANG: Lang = 'en';
export const isLang = (x: string): x is Lang => (LANGS as readonly string[]).includes(x);

/** The language the toggle switches to. */
export const otherLang = (lang: Lang): Lang => (lang === 'ru' ? 'en' : 'ru');

/** Number formatting locale of each language. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

const en = {
  title: 'Middle Corridor Atlas',
  subtitle: 'Trans-Caspian International Transport Route: documented cargo and oil flows by year',
  year: 'Year',
  play: 'Play',
  pause: 'Pause',
  stepBack: 'Previous year',
  stepForward: 'Next year',
  first: 'First year',
  last: 'Last year',
  speed: 'Speed',
  loop: 'Loop',
  animateFlows: 'Animate flow direction',
  places: 'Ports, terminals and lines',
  legend: 'Legend',
  cargo: 'Cargo',
  oil: 'Kazakh oil transit',
  widthScale: 'Flow width is proportional to tonnes, linear',
  stActual: 'actual, full year',
  stPartial: 'part of a year (paler, period shown)',
  stEstimate: 'estimate (striped)',
  stDerived: 'derived by us from stated figures (dotted)',
  stExpected: 'plan / forecast (dashed, hollow)',
  band: 'light band: range, or sources disagree',
  capacityNever: 'capacity: never drawn as a width or area',
  circleScale: 'Circle at a port: all cargo handled there; area proportional to tonnes, one scale for all years',
  atLeast: 'at least',
  radiusAtLeast: 'radius at least',
  noFigureYear: 'no figure this year',
  sourcesDisagree: 'sources disagree',
  barScale: 'bar length proportional to tonnes; full bar',
  noArc: 'nothing drawn: no figure for that year',
  btc: 'BTC oil pipeline (route: GEM)',
  btk: 'BTK railway (schematic)',
  lanes: 'Caspian sea lanes (schematic)',
  partialYears: 'Years drawn from part-year figures',
  close: 'Close',
  role: 'Role',
  figures: 'Figures',
  value: 'Value',
  status: 'Status',
  scope: 'Scope',
  source: 'Source',
  line: 'line',
  conflicts: 'Where sources disagree',
  milestones: 'Milestones',
  noFigures: 'No figure in the sources',
  downloadCsv: 'Figures of this item (CSV)',
  downloadAll: 'Whole dataset (CSV)',
  downloadPng: 'Map as PNG',
  dataTable: 'Data table',
  map: 'Map',
  dataIssues: 'Some data could not be read; everything else is shown.',
  dataIssueDetails: 'Every problem by file, row and field',
  retry: 'Retry',
  more: 'more',
  noWebgl:
    'This browser could not start WebGL, so the map cannot be drawn. The port list, panels, data table and downloads still work.',
  loading: 'Loading data…',
  language: 'Язык: русский',
  noFigure: 'no figure',
  all: 'All',
  entity: 'Entity',
  metric: 'Metric',
  rows: 'rows',
  capacity: 'capacity',
  clickYear: 'Click a year to move the timeline there',
  summaryNone: 'no documented figures',
  menu: 'Menu',
  placesShort: 'Places',
  expand: 'Expand the details to full height',
  collapse: 'Shrink the details',
  timelineOptions: 'More timeline controls',
  ticksActual: 'full-year actual',
  ticksPartial: 'part-year',
  ticksMilestone: 'milestone',
  flowDetails: 'Figures and sources',
  // Permalinks, citations, embedding and the story (issue #13).
  // A link's parts that could not be used (src/model/linkNotice.ts): {id} is the link's text, {n} what is shown
  // instead, {part} a whole `name=value`.
  // A part of the page loaded on first use (its own file) that did not arrive: {part} names it.
  partNotLoaded:
    '{part} could not be loaded — the connection failed, or the atlas was updated after this page was opened. Reload the page to get it; everything else works.',
  partDetails: 'The details panel',
  partTable: 'The data table',
  partStory: 'The story card',
  partCite: 'The citation dialog',
  partEmbed: 'The embed dialog',
  partPng: 'The PNG export',
  arcsNotLoaded:
    'The arcs could not be loaded — the connection failed, or the atlas was updated after this page was opened. The map, ports, panels and figures work; reload the page to get the arcs.',
  mapWorkerFailed:
    'The map could not start: its worker script did not load. The panels, the data table and the figures work; reload the page to try again.',
  reload: 'Reload',
  linkNotice: 'Some of this link could not be used as given:',
  linkNotAYear: '“{id}” is not a year',
  linkNoYear: 'no figures for {id}: showing {n}',
  linkUnknownPort: 'no port or place “{id}”',
  linkUnknownLine: 'no line “{id}”',
  linkUnknownFlow: 'no flow “{id}”',
  linkUnknownCorridor: 'no corridor total “{id}”',
  unknownFigure: 'no figure “{id}” in the dataset',
  linkUnknownLang: 'no language “{id}” (English or Russian)',
  linkSecondSelection: 'a link opens one item: “{part}” left out',
  linkNotAView: '“{id}” is not a view (longitude,latitude,zoom)',
  linkViewOutside: 'the view “{id}” is beyond the map: moved inside it',
  linkNotAStep: '“{id}” is not a story step',
  linkNoStep: 'no story step {id}: showing step {n}',
  linkNoStory: 'no story step {id}',
  linkNotAFlag: '“{part}” not understood (only 1 turns it on)',
  dismiss: 'Dismiss',
  cite: 'Cite',
  citeTitle: 'Cite this figure',
  citeFormat: 'Format',
  citeText: 'Text',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyRefused: 'This browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).',
  embed: 'Embed',
  embedTitle: 'Embed this map',
  embedHelp:
    'Paste this code into a web page. The map opens at the current year, view and selection and links back here.',
  width: 'Width',
  height: 'Height',
  iframeTitle: 'Middle Corridor Atlas: documented cargo and oil flows on the Trans-Caspian route',
  openInAtlas: 'Open in Middle Corridor Atlas',
  story: 'Story',
  storyStep: 'Step {n} of {count}',
  next: 'Next',
  back: 'Back',
  closeStory: 'Close the story',
  storyKeys: '← → steps · Esc closes',
  sources: 'Sources',
  figureInAtlas: 'the figure in the atlas',
  tools: 'Tools',
  opened: 'Opened',
  schematicGeometry: 'Schematic geometry',
  location: 'Location',
  range: 'range',
  btcMapLabel: 'BTC pipeline',
  btkMapLabel: 'BTK railway (schematic)',
  unitT: 't',
  unitKt: 'kt',
  unitMt: 'Mt',
  perYear: '/yr',
  perDay: '/d',
  millions: 'm',
  billions: 'bn',
  millionBblPerDay: 'million bbl/d'
};
export type Strings = typeof en;

const ru: Strings = {
  title: 'Атлас Среднего коридора',
  subtitle: 'Транскаспийский международный транспортный маршрут: документированные грузы и транзит нефти по годам',
  year: 'Год',
  play: 'Пуск',
  pause: 'Пауза',
  stepBack: 'Предыдущий год',
  stepForward: 'Следующий год',
  first: 'Первый год',
  last: 'Последний год',
  speed: 'Скорость',
  loop: 'По кругу',
  animateFlows: 'Анимация направления потоков',
  places: 'Порты, терминалы и линии',
  legend: 'Легенда',
  cargo: 'Грузы',
  oil: 'Транзит казахстанской нефти',
  widthScale: 'Ширина потока пропорциональна тоннажу, линейно',
  stActual: 'факт за полный год',
  stPartial: 'часть года (бледнее, с периодом)',
  stEstimate: 'оценка (штриховка)',
  stDerived: 'рассчитано нами из опубликованных цифр (точки)',
  stExpected: 'план / прогноз (пунктир, без заливки)',
  band: 'светлая полоса: диапазон или расхождение источников',
  capacityNever: 'мощность: не рисуется ни шириной, ни площадью',
  circleScale: 'Круг у порта: вся перевалка порта; площадь пропорциональна тоннажу, одна шкала для всех лет',
  atLeast: 'не меньше',
  radiusAtLeast: 'радиус не меньше',
  noFigureYear: 'нет цифры за этот год',
  sourcesDisagree: 'источники расходятся',
  barScale: 'длина полосы пропорциональна тоннажу; вся полоса',
  noArc: 'ничего не нарисовано: нет цифры за этот год',
  btc: 'Нефтепровод БТД (трасса: GEM)',
  btk: 'Железная дорога БТК (схематично)',
  lanes: 'Морские линии Каспия (схематично)',
  partialYears: 'Годы, показанные по данным за часть года',
  close: 'Закрыть',
  role: 'Роль',
  figures: 'Цифры',
  value: 'Значение',
  status: 'Статус',
  scope: 'Охват',
  source: 'Источник',
  line: 'строка',
  conflicts: 'Где источники расходятся',
  milestones: 'Вехи',
  noFigures: 'В источниках нет цифр',
  downloadCsv: 'Цифры по объекту (CSV)',
  downloadAll: 'Весь набор данных (CSV)',
  downloadPng: 'Карта в PNG',
  dataTable: 'Таблица данных',
  map: 'Карта',
  dataIssues: 'Часть данных не удалось прочитать; всё остальное показано.',
  dataIssueDetails: 'Все ошибки по файлам, строкам и полям',
  retry: 'Повторить',
  more: 'ещё',
  noWebgl:
    'Браузер не смог запустить WebGL, поэтому карта не отображается. Список портов, панели, таблица данных и загрузки работают.',
  loading: 'Загрузка данных…',
  language: 'Language: English',
  noFigure: 'нет данных',
  all: 'Все',
  entity: 'Объект',
  metric: 'Показатель',
  rows: 'строк',
  capacity: 'мощность',
  clickYear: 'Нажмите на год, чтобы перейти к нему',
  summaryNone: 'нет документированных цифр',
  menu: 'Меню',
  placesShort: 'Объекты',
  expand: 'Развернуть сведения на весь экран',
  collapse: 'Свернуть сведения',
  timelineOptions: 'Другие элементы шкалы времени',
  ticksActual: 'факт за год',
  ticksPartial: 'часть года',
  ticksMilestone: 'веха',
  flowDetails: 'Цифры и источники',
  // Постоянные ссылки, цитирование, встраивание и рассказ (issue #13).
  partNotLoaded:
    '{part} не загрузилась — сбой связи или атлас обновился после открытия страницы. Перезагрузите страницу; всё остальное работает.',
  partDetails: 'Панель подробностей',
  partTable: 'Таблица данных',
  partStory: 'Карточка рассказа',
  partCite: 'Форма цитирования',
  partEmbed: 'Форма встраивания',
  partPng: 'Выгрузка в формате PNG',
  arcsNotLoaded:
    'Потоки не загрузились — сбой связи или атлас обновился после открытия страницы. Карта, порты, панели и цифры работают; перезагрузите страницу, чтобы увидеть потоки.',
  mapWorkerFailed:
    'Карта не запустилась: её фоновый скрипт не загрузился. Панели, таблица данных и цифры работают; перезагрузите страницу, чтобы попробовать снова.',
  reload: 'Перезагрузить',
  linkNotice: 'Часть ссылки не удалось использовать как есть:',
  linkNotAYear: '«{id}» — не год',
  linkNoYear: 'за {id} г. цифр нет: показан {n} г.',
  linkUnknownPort: 'порта или места «{id}» нет',
  linkUnknownLine: 'линии «{id}» нет',
  linkUnknownFlow: 'потока «{id}» нет',
  linkUnknownCorridor: 'итога по коридору «{id}» нет',
  unknownFigure: 'цифры «{id}» в наборе данных нет',
  linkUnknownLang: 'языка «{id}» нет (есть русский и английский)',
  linkSecondSelection: 'ссылка открывает один объект: «{part}» пропущено',
  linkNotAView: '«{id}» — не вид карты (долгота,широта,масштаб)',
  linkViewOutside: 'вид «{id}» за пределами карты: сдвинут внутрь',
  linkNotAStep: '«{id}» — не шаг рассказа',
  linkNoStep: 'шага рассказа {id} нет: показан шаг {n}',
  linkNoStory: 'шага рассказа {id} нет',
  linkNotAFlag: '«{part}» не понято (включает только 1)',
  dismiss: 'Скрыть',
  cite: 'Цитировать',
  citeTitle: 'Цитирование цифры',
  citeFormat: 'Формат',
  citeText: 'Текст',
  copy: 'Копировать',
  copied: 'Скопировано в буфер обмена',
  copyRefused: 'Браузер не разрешил копирование: текст выделен, нажмите Ctrl+C (⌘C на Mac).',
  embed: 'Встроить',
  embedTitle: 'Встроить карту',
  embedHelp: 'Вставьте этот код в веб-страницу. Карта откроется на текущем годе, виде и выборе и будет ссылаться сюда.',
  width: 'Ширина',
  height: 'Высота',
  iframeTitle: 'Атлас Среднего коридора: документированные грузы и нефть на Транскаспийском маршруте',
  openInAtlas: 'Открыть в Атласе Среднего коридора',
  story: 'Рассказ',
  storyStep: 'Шаг {n} из {count}',
  next: 'Далее',
  back: 'Назад',
  closeStory: 'Закрыть рассказ',
  storyKeys: '← → шаги · Esc закрывает',
  sources: 'Источники',
  figureInAtlas: 'цифра в атласе',
  tools: 'Инструменты',
  opened: 'Открытие',
  schematicGeometry: 'Геометрия схематична',
  location: 'Координата',
  range: 'диапазон',
  btcMapLabel: 'БТД (Баку–Тбилиси–Джейхан)',
  btkMapLabel: 'БТК (схема)',
  unitT: 'т',
  unitKt: 'тыс. т',
  unitMt: 'млн т',
  perYear: '/год',
  perDay: '/сут',
  millions: 'млн',
  billions: 'млрд',
  millionBblPerDay: 'млн барр./сут'
};

export const STRINGS: Record<Lang, Strings> = { en, ru };

/** The interface strings of a language. */
export const strings = (lang: Lang): Strings => STRINGS[lang];

/** The names B for which a row has text fields `B_en` and `B_ru`. */
type Bilingual<T> = {
  [K in keyof T & string]: K extends `${infer B}_en`
    ? T[K] extends string
      ? `${B}_ru` extends keyof T
        ? B
        : never
      : never
    : never;
}[keyof T & string];

/** A geodata row's text in a language: `pick(flow, 'label', 'ru')` is `flow.label_ru`. */
export function pick<T extends object>(row: T, field: Bilingual<T>, lang: Lang): string {
  const v: unknown = Reflect.get(row, `${field}_${lang}`);
  return typeof v === 'string' ? v : '';
}

/** The same for loose GeoJSON properties: the text of `field_<lang>`, or undefined when absent or not text. */
export function pickText(props: Readonly<Record<string, unknown>>, field: string, lang: Lang): string | undefined {
  const v = props[`${field}_${lang}`];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Word shown beside a drawn value on the map and in summaries ("" for a plain full-year actual). */
export const STATUS_WORD: Record<Lang, Record<DrawnStatus, string>> = {
  en: {
    actual: '',
    partial: 'part-year',
    estimate: 'estimate',
    derived: 'derived',
    forecast: 'forecast',
    plan: 'plan'
  },
  ru: { actual: '', partial: 'часть года', estimate: 'оценка', derived: 'расчёт', forecast: 'прогноз', plan: 'план' }
};

/** Qualifier marks before a value (figures.csv `qualifier`). */
export const QUALIFIER_MARK: Record<Lang, Record<string, string>> = {
  en: { more_than: '>', about: '≈', up_to: 'up to ', less_than: '<' },
  ru: { more_than: '>', about: '≈', up_to: 'до ', less_than: '<' }
};

/** Periods (figures.csv `period`) in words; a period not listed is shown as written (e.g. `Jan–Oct` in English). */
export const PERIOD_LABEL: Record<Lang, Record<string, string>> = {
  en: { year: 'full year' },
  ru: {
    year: 'год',
    H1: '1-е полугодие',
    H2: '2-е полугодие',
    Q1: '1-й квартал',
    Q2: '2-й квартал',
    Q3: '3-й квартал',
    Q4: '4-й квартал',
    cumulative: 'нарастающим итогом',
    target: 'цель',
    day: 'в сутки'
  }
};

/** Month abbreviations in `Jan–<Mon>` periods. */
export const MONTH_LABEL: Record<Lang, Record<string, string>> = {
  en: {},
  ru: {
    Jan: 'янв',
    Feb: 'фев',
    Mar: 'мар',
    Apr: 'апр',
    May: 'май',
    Jun: 'июн',
    Jul: 'июл',
    Aug: 'авг',
    Sep: 'сен',
    Oct: 'окт',
    Nov: 'ноя'
  }
};

/** Figure statuses (figures.csv `status`) in words. */
export const STATUS_LABEL: Record<Lang, Record<Status, string>> = {
  en: {
    actual: 'actual',
    partial: 'partial year',
    plan: 'plan',
    forecast: 'forecast',
    estimate: 'estimate',
    capacity: 'capacity',
    derived: 'derived'
  },
  ru: {
    actual: 'факт',
    partial: 'часть года',
    plan: 'план',
    forecast: 'прогноз',
    estimate: 'оценка',
    capacity: 'мощность',
    derived: 'расчёт'
  }
};

export const METRIC_LABEL: Record<Lang, Record<string, string>> = {
  en: {
    cargo: 'Cargo handled',
    oil: 'Oil',
    containers: 'Containers',
    grain: 'Grain',
    dry_cargo: 'Dry cargo',
    transit_cargo: 'Transit cargo',
    capacity_cargo: 'Cargo capacity',
    capacity_oil: 'Oil capacity',
    capacity_containers: 'Container capacity',
    oil_export: 'Oil shipped',
    trade_turnover: 'Trade turnover',
    export_kz_to_az: 'Kazakh exports to Azerbaijan',
    import_kz_from_az: 'Kazakh imports from Azerbaijan',
    length: 'Length',
    cost: 'Cost',
    investment: 'Investment',
    azerbaijan_study_centres: 'Centres for Azerbaijani studies',
    azerbaijani_population: 'Azerbaijani population',
    bilateral_documents: 'Bilateral documents',
    capacity_passengers: 'Passenger capacity',
    cargo_rate: 'Cargo handling rate',
    change: 'Change',
    companies: 'Companies',
    containers_vehicles: 'Containers and vehicles',
    contract_volume: 'Contract volume',
    coordination_committee_countries: 'Coordination committee countries',
    crude_export: 'Crude oil exports',
    export_az_to_kz: 'Azerbaijani exports to Kazakhstan',
    export_value: 'Export value',
    foreign_trade_participants: 'Foreign trade participants',
    foreign_trade_turnover: 'Foreign trade turnover',
    gas_export: 'Gas exports',
    gas_production: 'Gas production',
    gas_reserves: 'Gas reserves',
    grain_export: 'Grain exports',
    import_az_from_kz: 'Azerbaijani imports from Kazakhstan',
    locomotives: 'Locomotives',
    metal: 'Metal',
    oil_production: 'Oil production',
    oil_reserves: 'Oil reserves',
    other_cargo: 'Other cargo',
    other_goods: 'Other goods',
    rail_cargo: 'Rail cargo',
    share: 'Share',
    terminals_dry_cargo: 'Dry-cargo terminals',
    terminals_oil: 'Oil terminals',
    trade_partner_countries: 'Trade partner countries',
    trade_turnover_agri: 'Agricultural trade turnover',
    trains: 'Trains',
    transit_containers: 'Transit containers',
    transit_time: 'Transit time',
    wagons: 'Wagons'
  },
  ru: {
    cargo: 'Перевалка грузов',
    oil: 'Нефть',
    containers: 'Контейнеры',
    grain: 'Зерно',
    dry_cargo: 'Сухие грузы',
    transit_cargo: 'Транзитные грузы',
    capacity_cargo: 'Мощность по грузам',
    capacity_oil: 'Мощность по нефти',
    capacity_containers: 'Мощность по контейнерам',
    oil_export: 'Отгрузка нефти',
    trade_turnover: 'Товарооборот',
    export_kz_to_az: 'Экспорт Казахстана в Азербайджан',
    import_kz_from_az: 'Импорт Казахстана из Азербайджана',
    length: 'Протяжённость',
    cost: 'Стоимость',
    investment: 'Инвестиции',
    azerbaijan_study_centres: 'Центры азербайджановедения',
    azerbaijani_population: 'Азербайджанцы в стране',
    bilateral_documents: 'Двусторонние документы',
    capacity_passengers: 'Пассажирская мощность',
    cargo_rate: 'Темп перевалки грузов',
    change: 'Изменение',
    companies: 'Компании',
    containers_vehicles: 'Контейнеры и автомобили',
    contract_volume: 'Объём по контракту',
    coordination_committee_countries: 'Страны координационного комитета',
    crude_export: 'Экспорт сырой нефти',
    export_az_to_kz: 'Экспорт Азербайджана в Казахстан',
    export_value: 'Стоимость экспорта',
    foreign_trade_participants: 'Участники внешней торговли',
    foreign_trade_turnover: 'Внешнеторговый оборот',
    gas_export: 'Экспорт газа',
    gas_production: 'Добыча газа',
    gas_reserves: 'Запасы газа',
    grain_export: 'Экспорт зерна',
    import_az_from_kz: 'Импорт Азербайджана из Казахстана',
    locomotives: 'Локомотивы',
    metal: 'Металл',
    oil_production: 'Добыча нефти',
    oil_reserves: 'Запасы нефти',
    other_cargo: 'Прочие грузы',
    other_goods: 'Прочие товары',
    rail_cargo: 'Железнодорожные грузы',
    share: 'Доля',
    terminals_dry_cargo: 'Терминалы сухих грузов',
    terminals_oil: 'Нефтяные терминалы',
    trade_partner_countries: 'Страны — торговые партнёры',
    trade_turnover_agri: 'Товарооборот агропродукции',
    trains: 'Поезда',
    transit_containers: 'Транзитные контейнеры',
    transit_time: 'Время в пути',
    wagons: 'Вагоны'
  }
};

/** The English translation of a figure's quote, shown under the original in the English interface only. */
export const quoteTranslation = (f: { quote_en: string }, lang: Lang): string => (lang === 'en' ? f.quote_en : '');

/** Counted things used as units in figures.csv, in words; symbols and codes (%, USD, TEU, km, m3, bbl…) stay. */
export const UNIT_WORD: Record<Lang, Record<string, string>> = {
  en: {
    bbl: 'bbl',
    centres: 'centres',
    companies: 'companies',
    containers: 'containers',
    countries: 'countries',
    days: 'days',
    documents: 'documents',
    locomotives: 'locomotives',
    participants: 'participants',
    passengers: 'passengers',
    people: 'people',
    terminals: 'terminals',
    trains: 'trains',
    units: 'units',
    wagons: 'wagons'
  },
  ru: {
    bbl: 'барр.',
    centres: 'центры',
    companies: 'компании',
    containers: 'контейнеры',
    countries: 'страны',
    days: 'дни',
    documents: 'документы',
    locomotives: 'локомотивы',
    participants: 'участники',
    passengers: 'пассажиры',
    people: 'человек',
    terminals: 'терминалы',
    trains: 'поезда',
    units: 'единицы',
    wagons: 'вагоны'
  }
};

export const metricLabel = (lang: Lang, metric: string) => METRIC_LABEL[lang][metric] ?? metric.replace(/_/g, ' ');

// ---------------------------------------------------------------- load failures (src/model/loadMessages.ts)

/** Russian genitive after "из N": singular when N ends in 1 (not 11), plural otherwise. */
const ruGen = (n: number, sg: string, pl: string) => (n % 10 === 1 && n % 100 !== 11 ? sg : pl);

/** The words for a geodata file that failed or lost records; loadMessages.ts decides which apply. */
export interface LoadText {
  /** A record of the file, counted: "1 row", "5 строк". */
  unit: Record<ReportUnit, (n: number) => string>;
  /** Where a record sits: "row 4", "строка 4". */
  place: Record<ReportUnit, string>;
  /** What the text looks like instead, after "the file is not CSV". */
  looksLike: Record<string, string>;
  /** Why records were dropped, after their count. */
  drop: Record<DropKind, string>;
  unreachable: (detail: string) => string;
  http: (status: number) => string;
  timeout: (seconds: number) => string;
  empty: string;
  notFormat: (format: string) => string;
  lacksColumns: (columns: string) => string;
  notList: (unit: ReportUnit) => string;
  notFeatureCollection: string;
  cutOff: string;
  cutOffAt: (line: number) => string;
  fewer: (found: number, expected: number, unit: ReportUnit) => string;
  firstDropped: (unit: ReportUnit, row: number, field: string) => string;
  unreadable: (file: string, why: string) => string;
  noneRead: (file: string, total: number, unit: ReportUnit, why: string) => string;
  dropped: (file: string, dropped: number, total: number, unit: ReportUnit, why: string) => string;
  /** What the app lacks without the file (or its lost records), and what still works, by file role. */
  consequence: Record<string, { failed: string; partial: string }>;
}

const EN_UNIT: LoadText['unit'] = {
  rows: (n) => (n === 1 ? 'row' : 'rows'),
  flows: (n) => (n === 1 ? 'flow' : 'flows'),
  'port circles': (n) => (n === 1 ? 'port circle' : 'port circles'),
  'corridor totals': (n) => (n === 1 ? 'corridor total' : 'corridor totals'),
  features: (n) => (n === 1 ? 'feature' : 'features'),
  'story steps': (n) => (n === 1 ? 'story step' : 'story steps')
};
const EN_PLACE: LoadText['place'] = {
  rows: 'row',
  flows: 'flow',
  'port circles': 'port circle',
  'corridor totals': 'corridor total',
  features: 'feature',
  'story steps': 'step'
};
const RU_UNIT: LoadText['unit'] = {
  rows: (n) => ruGen(n, 'строки', 'строк'),
  flows: (n) => ruGen(n, 'потока', 'потоков'),
  'port circles': (n) => ruGen(n, 'круга', 'кругов'),
  'corridor totals': (n) => ruGen(n, 'итога', 'итогов'),
  features: (n) => ruGen(n, 'объекта', 'объектов'),
  'story steps': (n) => ruGen(n, 'шага рассказа', 'шагов рассказа')
};
const RU_PLACE: LoadText['place'] = {
  rows: 'строка',
  flows: 'поток',
  'port circles': 'круг',
  'corridor totals': 'итог',
  features: 'объект',
  'story steps': 'шаг'
};

const loadEn: LoadText = {
  unit: EN_UNIT,
  place: EN_PLACE,
  looksLike: { html: ' (it is an HTML page)', binary: ' (it is binary data)', json: ' (it is JSON)', text: '' },
  drop: {
    invalid: 'with invalid values',
    geometry: 'with invalid geometry',
    outside: "outside the map's region",
    reference: 'referring to unknown entries',
    duplicate: 'with a repeated id'
  },
  unreachable: (d) => `the server could not be reached (${d})`,
  http: (st) => `the server answered HTTP ${st}${st === 404 ? ' — file not found' : ''}`,
  timeout: (sec) => `no answer within ${sec} s`,
  empty: 'the file is empty',
  notFormat: (f) => `the file is not ${f}`,
  lacksColumns: (cols) => `the header lacks the columns ${cols}`,
  notList: (unit) => `the file is not a list of ${unit}`,
  notFeatureCollection: 'the file is not a GeoJSON FeatureCollection',
  cutOff: 'the file is cut off before its end',
  cutOffAt: (line) => `the file is cut off in line ${line}`,
  fewer: (found, expected, unit) =>
    `the file holds ${found} of the ${expected} ${EN_UNIT[unit](expected)} it was published with — cut off or shortened`,
  firstDropped: (unit, row, field) => ` (first: ${EN_PLACE[unit]} ${row}, field "${field}")`,
  unreadable: (file, why) => `${file} could not be read — ${why}`,
  noneRead: (file, total, unit, why) => `${file}: 0 of ${total} ${EN_UNIT[unit](total)} could be read — ${why}`,
  dropped: (file, dropped, total, unit, why) =>
    `${file}: ${dropped} of ${total} ${EN_UNIT[unit](total)} dropped — ${why}`,
  consequence: {
    figures: {
      failed:
        'No figures: the map shows ports and lines but no tonnage arcs, and the panels and data table have no numbers.',
      partial: 'The figures in the lost rows are missing from the arcs, panels and data table; all others are shown.'
    },
    measures: {
      failed: 'Figures are shown, but without the definitions of what each one counts.',
      partial: 'Figures of the lost measures are left out too (see figures.csv); all others are shown.'
    },
    sources: {
      failed: 'Figures are shown with their quotes and locators, but the titles of their sources are missing.',
      partial: 'Figures and milestones citing the lost sources are left out; all others are shown.'
    },
    milestones: {
      failed: 'No milestones on the timeline or in the panels; the figures are not affected.',
      partial: 'The lost milestones are missing from the timeline and panels; the figures are not affected.'
    },
    flows: {
      failed: 'No tonnage arcs on the map; the panels and the data table still show every figure.',
      partial: 'The lost flows are not drawn; their figures are still in the panels and the data table.'
    },
    ports: {
      failed: 'No port circles on the map; the ports, their panels and the data table still show every figure.',
      partial: 'The lost port circles are not drawn; their figures are still in the panels and the data table.'
    },
    corridor: {
      failed: 'No corridor-wide total above the map; its figures are still in the data table.',
      partial: 'The lost corridor totals are not shown; their figures are still in the data table.'
    },
    places: {
      failed:
        'No ports or terminals on the map and no arcs between them; the lines, their panels and the data table still work.',
      partial: 'The lost places are not on the map, nor the arcs that start or end there.'
    },
    btc: {
      failed: 'The BTC pipeline and the oil flow along it are not drawn; everything else works.',
      partial: 'Part of the BTC pipeline is not drawn; everything else works.'
    },
    btk: {
      failed: 'The BTK railway line is not drawn; its figures are still in the panels and the data table.',
      partial: 'Part of the BTK railway line is not drawn; everything else works.'
    },
    lanes: {
      failed: 'The Caspian sea lanes and their panels are missing; the arcs, ports and figures are not affected.',
      partial: 'Some Caspian sea lanes are missing; the arcs, ports and figures are not affected.'
    },
    context: {
      failed: 'The context pipelines are not drawn; everything else works.',
      partial: 'Some context pipelines are not drawn; everything else works.'
    },
    basemap: {
      failed:
        'The map has no land, seas or borders under the corridor; the arcs, ports, panels and figures are not affected.',
      partial: 'Part of the land, seas and borders is missing; the arcs, ports, panels and figures are not affected.'
    },
    story: {
      failed: 'No guided story; the map, panels and figures are not affected.',
      partial: 'The story is told without the lost steps; the map, panels and figures are not affected.'
    }
  }
};

const loadRu: LoadText = {
  unit: RU_UNIT,
  place: RU_PLACE,
  looksLike: { html: ' (это HTML-страница)', binary: ' (это двоичные данные)', json: ' (это JSON)', text: '' },
  drop: {
    invalid: 'с неверными значениями',
    geometry: 'с неверной геометрией',
    outside: 'вне района карты',
    reference: 'со ссылками на неизвестные записи',
    duplicate: 'с повторным id'
  },
  unreachable: (d) => `сервер недоступен (${d})`,
  http: (st) => `сервер ответил HTTP ${st}${st === 404 ? ' — файл не найден' : ''}`,
  timeout: (sec) => `нет ответа за ${sec} с`,
  empty: 'файл пуст',
  notFormat: (f) => `файл не в формате ${f}`,
  lacksColumns: (cols) => `в заголовке нет столбцов: ${cols}`,
  notList: (unit) => `файл не является списком ${RU_UNIT[unit](2)}`,
  notFeatureCollection: 'файл не является GeoJSON FeatureCollection',
  cutOff: 'файл обрывается, не дойдя до конца',
  cutOffAt: (line) => `файл обрывается в строке ${line}`,
  fewer: (found, expected, unit) =>
    `в файле ${found} из ${expected} опубликованных ${RU_UNIT[unit](expected)} — он обрезан или сокращён`,
  firstDropped: (unit, row, field) => ` (первая ошибка: ${RU_PLACE[unit]} ${row}, поле «${field}»)`,
  unreadable: (file, why) => `${file}: не удалось прочитать — ${why}`,
  noneRead: (file, total, unit, why) => `${file}: прочитано 0 из ${total} ${RU_UNIT[unit](total)} — ${why}`,
  dropped: (file, dropped, total, unit, why) =>
    `${file}: отброшено ${dropped} из ${total} ${RU_UNIT[unit](total)} — ${why}`,
  consequence: {
    figures: {
      failed: 'Нет цифр: на карте порты и линии без дуг тоннажа, в панелях и таблице данных нет значений.',
      partial: 'Цифры из потерянных строк не показаны на дугах, в панелях и таблице; все остальные показаны.'
    },
    measures: {
      failed: 'Цифры показаны, но без определений того, что именно каждая из них считает.',
      partial: 'Цифры потерянных показателей тоже не показаны (см. figures.csv); все остальные показаны.'
    },
    sources: {
      failed: 'Цифры показаны с цитатами и ссылками на место в документе, но без названий источников.',
      partial: 'Цифры и вехи, ссылающиеся на потерянные источники, не показаны; все остальные показаны.'
    },
    milestones: {
      failed: 'Нет вех на шкале времени и в панелях; цифры не затронуты.',
      partial: 'Потерянных вех нет на шкале времени и в панелях; цифры не затронуты.'
    },
    flows: {
      failed: 'На карте нет дуг тоннажа; панели и таблица данных по-прежнему показывают все цифры.',
      partial: 'Потерянные потоки не нарисованы; их цифры есть в панелях и таблице данных.'
    },
    ports: {
      failed: 'На карте нет кругов портов; порты, их панели и таблица данных показывают все цифры.',
      partial: 'Потерянные круги портов не нарисованы; их цифры есть в панелях и таблице данных.'
    },
    corridor: {
      failed: 'Над картой нет итога по всему коридору; его цифры есть в таблице данных.',
      partial: 'Потерянные итоги по коридору не показаны; их цифры есть в таблице данных.'
    },
    places: {
      failed: 'На карте нет портов и терминалов и дуг между ними; линии, их панели и таблица данных работают.',
      partial: 'Потерянных мест нет на карте, как и дуг, которые начинаются или заканчиваются в них.'
    },
    btc: {
      failed: 'Нефтепровод БТД и поток нефти по нему не нарисованы; всё остальное работает.',
      partial: 'Часть нефтепровода БТД не нарисована; всё остальное работает.'
    },
    btk: {
      failed: 'Линия железной дороги БТК не нарисована; её цифры есть в панелях и таблице данных.',
      partial: 'Часть линии БТК не нарисована; всё остальное работает.'
    },
    lanes: {
      failed: 'Нет морских линий Каспия и их панелей; дуги, порты и цифры не затронуты.',
      partial: 'Часть морских линий Каспия не показана; дуги, порты и цифры не затронуты.'
    },
    context: {
      failed: 'Прочие нефтепроводы не нарисованы; всё остальное работает.',
      partial: 'Часть прочих нефтепроводов не нарисована; всё остальное работает.'
    },
    basemap: {
      failed: 'Под коридором нет суши, морей и границ; потоки, порты, панели и цифры не затронуты.',
      partial: 'Часть суши, морей и границ не показана; потоки, порты, панели и цифры не затронуты.'
    },
    story: {
      failed: 'Рассказа нет; карта, панели и цифры не затронуты.',
      partial: 'Рассказ идёт без потерянных шагов; карта, панели и цифры не затронуты.'
    }
  }
};

export const LOAD_TEXT: Record<Lang, LoadText> = { en: loadEn, ru: loadRu };

/** The words of a pasted citation (src/model/citation.ts builds it from these). */
export const CITATION_WORDS: Record<Lang, CitationWords> = {
  en: {
    lang: 'en',
    status: {
      actual: 'actual',
      partial: 'part of year',
      plan: 'plan',
      forecast: 'forecast',
      estimate: 'estimate',
      capacity: 'capacity',
      derived: 'derived'
    },
    qualifier: { more_than: 'more than', about: 'about', up_to: 'up to', less_than: 'less than' },
    runningTotalTo: 'running total to {year}',
    target: 'target',
    against: '{year} against {base}',
    source: 'Source',
    quote: 'Quote',
    english: 'English',
    line: 'line',
    undated: 'n.d.',
    atlas: 'Middle Corridor Atlas',
    figure: 'figure',
    accessed: 'accessed {date}',
    derivedBy: 'Derived by Middle Corridor Atlas, not reported by any source',
    computedFrom: 'Computed from figure {ids}',
    dateLocale: 'en-GB',
    quoteMarks: ['“', '”']
  },
  ru: {
    lang: 'ru',
    status: {
      actual: 'факт',
      partial: 'часть года',
      plan: 'план',
      forecast: 'прогноз',
      estimate: 'оценка',
      capacity: 'мощность',
      derived: 'расчёт'
    },
    qualifier: { more_than: 'более', about: 'около', up_to: 'до', less_than: 'менее' },
    runningTotalTo: 'нарастающим итогом на {year}',
    target: 'целевой показатель',
    against: '{year} к {base}',
    source: 'Источник',
    quote: 'Цитата',
    english: 'англ.',
    line: 'строка',
    undated: 'б. д.',
    atlas: 'Атлас Среднего коридора',
    figure: 'цифра',
    accessed: 'дата обращения: {date}',
    derivedBy: 'Рассчитано Атласом Среднего коридора, ни один источник эту цифру не приводит',
    computedFrom: 'Рассчитано по цифре {ids}',
    dateLocale: 'ru-RU',
    quoteMarks: ['«', '»']
  }
};
