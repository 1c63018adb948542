import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity } from '../findings/types';
import { ruleDocsUrl } from '../findings/types';
import { spanToRange } from './positions';

export const DIAGNOSTIC_SOURCE = 'reg-policy';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data`, so code actions need no second lint. */
export interface DiagnosticData {
  readonly ruleId: string;
  readonly version: number;
  readonly fixes: readonly Fix[];
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: spanToRange(document, finding.offset, finding.length),
    severity: severities[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl ?? ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    data: { ruleId: finding.ruleId, version: document.version, fixes: finding.fixes ?? [] } satisfies DiagnosticData,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: document.uri, range: spanToRange(document, r.offset, r.length) },
      message: r.message,
    }));
  }
  const tags = (finding.tags ?? []).map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (tags.length > 0) diagnostic.tags = tags;
  return diagnostic;
}

export function toDiagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(document, f));
}
