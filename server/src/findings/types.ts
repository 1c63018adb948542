/**
 * Findings are what every checker (syntax rules in rules/, policy packs in policy/) reports.
 * Offsets are UTF-16 code-unit offsets into the decoded document text; they become
 * line/character positions only at the LSP or CLI boundary.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text edit against the original text (jsonc-parser style). */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/** A fix is data: a title plus edits that are applied together or not at all. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** What a checker reports about one place; the registry of rules adds the rule id, default severity and docs URL. */
export interface Report {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** Overrides the rule's default severity (e.g. abbreviated roots are only a warning for `reg import`). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}

export interface Finding {
  /** Stable rule id, e.g. `REG012` (syntax) or `AZB-003` (policy pack). */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly related?: readonly RelatedLocation[];
  /** The first fix is the preferred quick fix. */
  readonly fixes?: readonly Fix[];
  /** Absolute URL of the rule's documentation page. */
  readonly docsUrl?: string;
  /** `unnecessary` marks text regedit ignores (rendered faded by editors). */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}

export const DOCS_BASE_URL = 'https://github.com/reg-policy/reg-policy/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
