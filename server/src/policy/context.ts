/**
 * What an evaluation depends on besides the file and the packs: the target OSes, the
 * importer, and the line break to use in inserted text. The target OS can also be set per
 * file with a comment directive (docs/policy.md, "Target OS").
 */
import type { Importer } from '../model/types';
import { isOsId, type OsId } from './os';

export interface PolicyContext {
  /**
   * The Windows versions the file is meant for. Undefined or empty: every OS each pack names,
   * the strictest reading. A `; reg-policy-target-os:` directive in the file wins over this.
   */
  readonly targetOs?: readonly OsId[];
  /**
   * Default 'regedit'. The model already reflects what each importer opens (e.g. `[HKLM\...]`
   * only under `reg import`), so packs need nothing else from it today.
   */
  readonly importer?: Importer;
  /** Line break for inserted text; default: the file's first line break, else CRLF (regedit's own). */
  readonly eol?: string;
  /** The caller knows the text holds no `reg-policy-` comment at all (so no target-OS directive to look for). */
  readonly noDirectives?: boolean;
  /** Keep per-key work for the next version of this text (an editor document being edited). */
  readonly remember?: boolean;
}

export const TARGET_OS_DIRECTIVE = 'reg-policy-target-os';

export interface TargetOsDirective {
  /** Known OS ids in the order written, without duplicates. */
  readonly os: readonly OsId[];
  /** Names that are not OS ids, with their spans (reported as PACK001). */
  readonly unknown: readonly { readonly name: string; readonly offset: number; readonly length: number }[];
  /** Span of the whole comment line (without its line break). */
  readonly offset: number;
  readonly length: number;
}

const DIRECTIVE_LINE = /^[ \t]*;[ \t]*reg-policy-target-os(?![\w-])[ \t]*:?([^\r\n]*)$/gm;

/**
 * Finds the first `; reg-policy-target-os: ws2012 ws2019` comment (names separated by
 * spaces or commas). Regedit ignores `;` comment lines, so the directive is harmless.
 */
export function parseTargetOsDirective(text: string): TargetOsDirective | undefined {
  if (!text.includes(TARGET_OS_DIRECTIVE)) return undefined;
  DIRECTIVE_LINE.lastIndex = 0;
  const m = DIRECTIVE_LINE.exec(text);
  if (!m) return undefined;
  const listOffset = m.index + m[0].length - m[1]!.length;
  const os: OsId[] = [];
  const unknown: { name: string; offset: number; length: number }[] = [];
  const word = /[^\s,]+/g;
  let w: RegExpExecArray | null;
  while ((w = word.exec(m[1]!)) !== null) {
    const name = w[0].toLowerCase();
    if (isOsId(name)) {
      if (!os.includes(name)) os.push(name);
    } else {
      unknown.push({ name: w[0], offset: listOffset + w.index, length: w[0].length });
    }
  }
  return { os, unknown, offset: m.index, length: m[0].length };
}

export function detectLineBreak(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\r\n';
}
