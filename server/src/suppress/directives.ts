/**
 * Inline directives are whole-line `;` comments, so regedit and reg.exe ignore them:
 *
 *   ; reg-policy-disable-next-line RULE[, RULE]   the next line only
 *   ; reg-policy-disable [RULE...]                from here on (no RULE = every rule)
 *   ; reg-policy-enable [RULE...]                 ends a disable (no RULE = every rule)
 *   ; reg-policy-disable-file [RULE...]           the whole file, wherever the comment is
 *
 * Rule ids are case-insensitive and separated by commas and/or spaces; `--` starts a free-text reason.
 */
export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-file', 'disable', 'enable'];

/** `reg-policy-` comments read by other layers (the policy engine's per-file target OS), not unknown. */
export const OTHER_DIRECTIVES: readonly string[] = ['target-os'];

export interface DirectiveRule {
  /** As written. */
  readonly id: string;
  readonly offset: number;
  readonly length: number;
}

export interface Directive {
  readonly kind: DirectiveKind;
  /** Empty: every rule. */
  readonly rules: readonly DirectiveRule[];
  /** 1-based line of the comment. */
  readonly line: number;
  readonly offset: number;
  readonly length: number;
  /** Free text after `--` ('' when none). */
  readonly reason: string;
  /** The whole line with its line break, for a fix that removes the directive. */
  readonly lineSpan: { readonly offset: number; readonly length: number };
}

/** A comment that looks like a directive but names none (`; reg-policy-disable-nextline X`). */
export interface UnknownDirective {
  readonly keyword: string;
  readonly line: number;
  /** Span of the keyword after `reg-policy-`. */
  readonly offset: number;
  readonly length: number;
}

export interface ParsedDirectives {
  readonly directives: readonly Directive[];
  readonly unknown: readonly UnknownDirective[];
}

const PREFIX = /^[ \t]*;[ \t]*reg-policy-([A-Za-z-]*)/;
const LINE_BREAK = /\r\n|\n|\r/g;

export function parseDirectives(text: string): ParsedDirectives {
  const directives: Directive[] = [];
  const unknown: UnknownDirective[] = [];
  // Cheap exit: most files have no directive at all.
  if (!text.includes('reg-policy-')) return { directives, unknown };
  let line = 1;
  let start = 0;
  const visit = (end: number, next: number): void => {
    const lineText = text.slice(start, end);
    const match = PREFIX.exec(lineText);
    if (match) {
      const keyword = match[1];
      const keywordOffset = start + match[0].length - keyword.length;
      const kind = DIRECTIVE_KINDS.find((k) => k === keyword.toLowerCase());
      if (kind) {
        const rest = lineText.slice(match[0].length);
        // The keyword must end at a word boundary: `reg-policy-disabled` is unknown, not `disable` + `d`.
        if (rest === '' || /^[ \t,]/.test(rest)) {
          const { rules, reason } = parseRuleList(rest, start + match[0].length);
          directives.push({
            kind,
            rules,
            line,
            offset: start + lineText.indexOf(';'),
            length: lineText.trimEnd().length - lineText.indexOf(';'),
            reason,
            lineSpan: { offset: start, length: next - start },
          });
          return;
        }
      }
      if (OTHER_DIRECTIVES.includes(keyword.toLowerCase())) return;
      unknown.push({ keyword, line, offset: keywordOffset, length: keyword.length });
    }
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    visit(m.index, m.index + m[0].length);
    start = m.index + m[0].length;
    line++;
  }
  visit(text.length, text.length);
  return { directives, unknown };
}

function parseRuleList(rest: string, restOffset: number): { rules: DirectiveRule[]; reason: string } {
  const reasonAt = rest.search(/(^|[ \t,])--/);
  const list = reasonAt >= 0 ? rest.slice(0, reasonAt) : rest;
  const reason = reasonAt >= 0 ? rest.slice(rest.indexOf('--', reasonAt) + 2).trim() : '';
  const rules: DirectiveRule[] = [];
  const word = /[^ \t,]+/g;
  for (let m = word.exec(list); m; m = word.exec(list)) {
    rules.push({ id: m[0], offset: restOffset + m.index, length: m[0].length });
  }
  return { rules, reason };
}
