import type { ResolvedConfig } from '../config/resolve';
import type { Finding } from '../findings/types';
import { buildModel } from '../model';
import type { RegModel } from '../model/types';
import { editIntroduces, parse, reparse, type DecodedText, type RegDocument } from '../parser';
import { evaluatePacks, type LoadedPack } from '../policy';
import { checkSyntax } from '../rules';
import { applyDirectives, directiveFindings, parseDirectives } from '../suppress';
import { LineIndex } from './positions';
import { ruleCatalog } from './ruleCatalog';
import { applySeverityOverrides } from './severity';

export interface LintResult {
  /** Sorted by offset, then length, severity and rule id. */
  readonly findings: readonly Finding[];
  /** Findings switched off by inline directives (kept for reports and tests). */
  readonly suppressed: readonly Finding[];
  readonly doc: RegDocument;
  readonly model: RegModel;
}

const knownIds = new WeakMap<readonly LoadedPack[], string[]>();

function knownRuleIds(config: ResolvedConfig): string[] {
  let ids = knownIds.get(config.availablePacks);
  if (!ids) {
    ids = ruleCatalog(config.availablePacks).map((r) => r.id);
    knownIds.set(config.availablePacks, ids);
  }
  return ids;
}

/** Every directive (inline suppressions, the target OS) starts with this. */
const DIRECTIVE_MARKER = 'reg-policy-';
const NO_DIRECTIVES = { directives: [], unknown: [] } as const;
const markedTexts = new WeakMap<RegDocument, boolean>();

/**
 * Does the text hold a directive marker? After an edit of a text without one, only the edited
 * stretch can have brought one in, so big files are not searched whole on every keystroke.
 */
function hasDirectiveMarker(doc: RegDocument, previous: RegDocument | undefined): boolean {
  const before = previous && markedTexts.get(previous);
  const marked = before === false ? editIntroduces(previous!.text, doc.text, DIRECTIVE_MARKER) : doc.text.includes(DIRECTIVE_MARKER);
  markedTexts.set(doc, marked);
  return marked;
}

const SEVERITY_ORDER = { error: 0, warning: 1, information: 2, hint: 3 } as const;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.offset - b.offset ||
    a.length - b.length ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/**
 * The one lint entry point: parse, model, syntax rules and enabled packs, then inline
 * directives and severity overrides. Pure: same text and config, same findings.
 * `edit` marks a version of an editor document: what is kept for its next version is recorded, and
 * `edit.previous`, the syntax tree of the last version, lets the parser and the model builder reuse
 * what the edit did not touch. The findings are the same with or without it.
 */
export function lintDocument(decoded: DecodedText, config: ResolvedConfig, edit?: { readonly previous?: RegDocument }): LintResult {
  const previous = edit?.previous;
  const doc = edit ? reparse(previous, decoded, { importer: config.importer }) : parse(decoded, { importer: config.importer });
  const model = buildModel(doc, previous);
  const marked = edit ? hasDirectiveMarker(doc, previous) : doc.text.includes(DIRECTIVE_MARKER);
  const raw = [
    ...checkSyntax(doc, model, { importer: config.importer }),
    ...evaluatePacks(doc, model, config.packs, { targetOs: config.targetOs, importer: config.importer, noDirectives: !marked, remember: edit !== undefined }),
  ];
  const directives = marked ? parseDirectives(decoded.text) : NO_DIRECTIVES;
  let lines: LineIndex | undefined; // most files have no directive: skip the index then
  const { kept, suppressed, used } = applyDirectives(raw, directives.directives, (offset) => (lines ??= new LineIndex(decoded.text)).lineOf(offset));
  const checked = directives.directives.length + directives.unknown.length > 0 ? directiveFindings(directives, knownRuleIds(config), used) : [];
  const findings = applySeverityOverrides([...kept, ...checked], config.rules);
  return { findings: findings.sort(compareFindings), suppressed, doc, model };
}
