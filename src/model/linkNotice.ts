// What of a link could not be used (src/state/url.ts finds it, as UrlProblem) and the notice that says so: one line
// naming each part as the link had it, and what is shown instead where the app moved to something near it. The
// address bar is rewritten without these parts, so this notice is the reader's only trace of them.
import { strings, type Lang, type Strings } from './i18n';

/** The parameters that name a selection; a link opens one, the first of these it names. */
export type SelectionParam = 'port' | 'line' | 'flow' | 'corridor';

/**
 * A part of a link that could not be used as given, with the text as the link had it (`value`, cut to
 * MAX_SHOWN_CHARS) and, where the app shows something near it instead, what (`shown`).
 */
export type UrlProblem =
  | { param: 'year'; kind: 'not-a-year'; value: string }
  | { param: 'year'; kind: 'no-data'; value: string; shown: number }
  | { param: SelectionParam | 'fig' | 'lang'; kind: 'unknown'; value: string }
  | { param: SelectionParam; kind: 'second-selection'; value: string }
  | { param: 'view'; kind: 'not-a-view'; value: string }
  | { param: 'view'; kind: 'outside'; value: string }
  | { param: 'story'; kind: 'not-a-step'; value: string }
  | { param: 'story'; kind: 'no-such-step'; value: string; shown?: number }
  | { param: 'play' | 'table' | 'embed'; kind: 'not-a-flag'; value: string };

/** The interface string that says what went wrong with one part of a link. */
function template(p: UrlProblem, t: Strings): string {
  switch (p.kind) {
    case 'not-a-year':
      return t.linkNotAYear;
    case 'no-data':
      return t.linkNoYear;
    case 'unknown':
      return {
        port: t.linkUnknownPort,
        line: t.linkUnknownLine,
        flow: t.linkUnknownFlow,
        corridor: t.linkUnknownCorridor,
        fig: t.unknownFigure,
        lang: t.linkUnknownLang
      }[p.param];
    case 'second-selection':
      return t.linkSecondSelection;
    case 'not-a-view':
      return t.linkNotAView;
    case 'outside':
      return t.linkViewOutside;
    case 'not-a-step':
      return t.linkNotAStep;
    case 'no-such-step':
      return p.shown === undefined ? t.linkNoStory : t.linkNoStep;
    case 'not-a-flag':
      return t.linkNotAFlag;
  }
}

/** One phrase per problem, in the order given (src/state/url.ts reads a link's parameters in a fixed order). */
export function linkProblemTexts(problems: readonly UrlProblem[], lang: Lang): string[] {
  const t = strings(lang);
  return problems.map((p) => {
    const shown = 'shown' in p && p.shown !== undefined ? String(p.shown) : '';
    // Replacer functions: a link's text is put in as it is (a "$&" in it is not a replacement pattern).
    return template(p, t)
      .replace('{id}', () => p.value)
      .replace('{n}', () => shown)
      .replace('{part}', () => `${p.param}=${p.value}`);
  });
}

/** The whole notice: a lead, then each problem; empty when the link had none. */
export function linkNotice(problems: readonly UrlProblem[], lang: Lang): string {
  if (!problems.length) return '';
  return `${strings(lang).linkNotice} ${linkProblemTexts(problems, lang).join('; ')}.`;
}
