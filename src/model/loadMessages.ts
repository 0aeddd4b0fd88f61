// The words the page uses for a geodata file that failed or lost rows: what broke, how many records are lost, and
// what still works without them. English and Russian; pure, so every case is tested in node.
import {
  DROP_KINDS,
  fileStatus,
  reportTotal,
  type DropKind,
  type FileProblem,
  type FileReport
} from '../data/fileReport';
import type { Lang } from './format';

type Unit = FileReport['unit'];

/** Russian genitive after "из N": singular when N ends in 1 (not 11), plural otherwise. */
const ruGen = (n: number, sg: string, pl: string) => (n % 10 === 1 && n % 100 !== 11 ? sg : pl);

const UNIT: Record<Lang, Record<Unit, (n: number) => string>> = {
  en: {
    rows: (n) => (n === 1 ? 'row' : 'rows'),
    flows: (n) => (n === 1 ? 'flow' : 'flows'),
    'port circles': (n) => (n === 1 ? 'port circle' : 'port circles'),
    'corridor totals': (n) => (n === 1 ? 'corridor total' : 'corridor totals'),
    features: (n) => (n === 1 ? 'feature' : 'features')
  },
  ru: {
    rows: (n) => ruGen(n, 'строки', 'строк'),
    flows: (n) => ruGen(n, 'потока', 'потоков'),
    'port circles': (n) => ruGen(n, 'круга', 'кругов'),
    'corridor totals': (n) => ruGen(n, 'итога', 'итогов'),
    features: (n) => ruGen(n, 'объекта', 'объектов')
  }
};

/** Where a record sits, for "first: row 4": CSV rows by line, flows and features by position. */
const PLACE: Record<Lang, Record<Unit, string>> = {
  en: {
    rows: 'row',
    flows: 'flow',
    'port circles': 'port circle',
    'corridor totals': 'corridor total',
    features: 'feature'
  },
  ru: {
    rows: 'строка',
    flows: 'поток',
    'port circles': 'круг',
    'corridor totals': 'итог',
    features: 'объект'
  }
};

const LOOKS_LIKE: Record<Lang, Record<string, string>> = {
  en: { html: ' (it is an HTML page)', binary: ' (it is binary data)', json: ' (it is JSON)', text: '' },
  ru: { html: ' (это HTML-страница)', binary: ' (это двоичные данные)', json: ' (это JSON)', text: '' }
};

const DROP_WORDS: Record<Lang, Record<DropKind, string>> = {
  en: {
    invalid: 'with invalid values',
    geometry: 'with invalid geometry',
    outside: "outside the map's region",
    reference: 'referring to unknown entries',
    duplicate: 'with a repeated id'
  },
  ru: {
    invalid: 'с неверными значениями',
    geometry: 'с неверной геометрией',
    outside: 'вне района карты',
    reference: 'со ссылками на неизвестные записи',
    duplicate: 'с повторным id'
  }
};

function reason(p: FileProblem, r: FileReport, lang: Lang): string {
  const ru = lang === 'ru';
  switch (p.kind) {
    case 'unreachable':
      return ru ? `сервер недоступен (${p.detail})` : `the server could not be reached (${p.detail})`;
    case 'http': {
      const nf = p.status === 404 ? (ru ? ' — файл не найден' : ' — file not found') : '';
      return ru ? `сервер ответил HTTP ${p.status}${nf}` : `the server answered HTTP ${p.status}${nf}`;
    }
    case 'timeout':
      return ru ? `нет ответа за ${p.seconds} с` : `no answer within ${p.seconds} s`;
    case 'empty':
      return ru ? 'файл пуст' : 'the file is empty';
    case 'wrong-format': {
      const f = p.format.toUpperCase();
      return (ru ? `файл не в формате ${f}` : `the file is not ${f}`) + (LOOKS_LIKE[lang][p.looksLike] ?? '');
    }
    case 'wrong-columns': {
      const cols = p.missing.slice(0, 5).join(', ') + (p.missing.length > 5 ? ', …' : '');
      return ru ? `в заголовке нет столбцов: ${cols}` : `the header lacks the columns ${cols}`;
    }
    case 'wrong-shape':
      if (p.expected === 'list')
        return ru ? `файл не является списком ${UNIT.ru[r.unit](2)}` : `the file is not a list of ${r.unit}`;
      return ru ? 'файл не является GeoJSON FeatureCollection' : 'the file is not a GeoJSON FeatureCollection';
    case 'cut-off':
      if (p.line === null) return ru ? 'файл обрывается, не дойдя до конца' : 'the file is cut off before its end';
      return ru ? `файл обрывается в строке ${p.line}` : `the file is cut off in line ${p.line}`;
    case 'fewer-than-expected':
      return ru
        ? `в файле ${r.found} из ${r.expected ?? 0} опубликованных ${UNIT.ru[r.unit](r.expected ?? 0)} — он обрезан или сокращён`
        : `the file holds ${r.found} of the ${r.expected ?? 0} ${UNIT.en[r.unit](r.expected ?? 0)} it was published with — cut off or shortened`;
    case 'rows-dropped': {
      const parts = DROP_KINDS.filter((k) => p.reasons[k] > 0).map((k) => `${p.reasons[k]} ${DROP_WORDS[lang][k]}`);
      const first = p.first
        ? ru
          ? ` (первая ошибка: ${PLACE.ru[r.unit]} ${p.first.row}, поле «${p.first.field}»)`
          : ` (first: ${PLACE.en[r.unit]} ${p.first.row}, field "${p.first.field}")`
        : '';
      return parts.join(', ') + first;
    }
  }
}

/**
 * One line naming the file, how many records were lost and why: "figures.csv: 0 of 380 rows could be read — the file
 * is not CSV (it is an HTML page)", "figures.csv: 12 of 380 rows dropped — 12 with invalid values (first: row 4, …)".
 * Empty for a clean file.
 */
export function reportHeadline(r: FileReport, lang: Lang): string {
  const status = fileStatus(r);
  if (status === 'ok' || !r.problem) return '';
  const total = reportTotal(r);
  const why = reason(r.problem, r, lang);
  const ru = lang === 'ru';
  if (status === 'failed') {
    if (total === 0) return ru ? `${r.file}: не удалось прочитать — ${why}` : `${r.file} could not be read — ${why}`;
    return ru
      ? `${r.file}: прочитано 0 из ${total} ${UNIT.ru[r.unit](total)} — ${why}`
      : `${r.file}: 0 of ${total} ${UNIT.en[r.unit](total)} could be read — ${why}`;
  }
  const dropped = total - r.kept;
  return ru
    ? `${r.file}: отброшено ${dropped} из ${total} ${UNIT.ru[r.unit](total)} — ${why}`
    : `${r.file}: ${dropped} of ${total} ${UNIT.en[r.unit](total)} dropped — ${why}`;
}

/** What the app lacks without the file (or its lost records), and what still works. */
const CONSEQUENCE: Record<Lang, Record<string, { failed: string; partial: string }>> = {
  en: {
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
    }
  },
  ru: {
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
    }
  }
};

export function reportConsequence(r: FileReport, lang: Lang): string {
  const status = fileStatus(r);
  if (status === 'ok') return '';
  return CONSEQUENCE[lang][r.key]?.[status] ?? '';
}

/** The reports the page must show (failed first, then partial), with their words. */
export function visibleReports(
  reports: readonly FileReport[],
  lang: Lang
): { key: string; file: string; status: 'failed' | 'partial'; headline: string; consequence: string }[] {
  const out = [];
  for (const status of ['failed', 'partial'] as const)
    for (const r of reports)
      if (fileStatus(r) === status)
        out.push({
          key: r.key,
          file: r.file,
          status,
          headline: reportHeadline(r, lang),
          consequence: reportConsequence(r, lang)
        });
  return out;
}
