/**
 * Messages and settings shared by the language server and the VS Code client. The client imports this file
 * (esbuild bundles it), so both sides agree on method names and payloads.
 */
import { NotificationType, RequestType, RequestType0, TextEdit } from 'vscode-languageserver-protocol';

export type RuleSeveritySetting = 'off' | 'error' | 'warning' | 'information' | 'hint';

/** `regPolicy.*` settings of one resource (workspace folder or file). */
export interface RegPolicySettings {
  packs: string[];
  targetOs: string[];
  importer: 'regedit' | 'reg';
  codePage: string;
  lintWorkspace: boolean;
  exclude: string[];
  rules: Record<string, RuleSeveritySetting>;
}

export const defaultSettings: RegPolicySettings = {
  packs: ['azure-backup-tls12'],
  targetOs: [],
  importer: 'regedit',
  codePage: 'windows-1252',
  lintWorkspace: true,
  exclude: [],
  rules: {},
};

/** Command ids, in one namespace (client commands and server-side commands). */
export const CommandIds = {
  lintWorkspace: 'regPolicy.lintWorkspace',
  insertBaseline: 'regPolicy.insertBaseline',
  newFileFromPack: 'regPolicy.newFileFromPack',
  explainFile: 'regPolicy.explainFile',
  fixAllWorkspace: 'regPolicy.fixAllWorkspace',
  showOutput: 'regPolicy.showOutput',
  restartServer: 'regPolicy.restartServer',
  /** Code-action command: opens a rule's documentation page. */
  openRuleDocs: 'regPolicy.openRuleDocs',
} as const;

export interface ExplainParams {
  uri: string;
}
export interface ExplainResponse {
  /** Plain-words description, as `reg-policy explain FILE` prints it. */
  text: string;
}
export const ExplainRequest = new RequestType<ExplainParams, ExplainResponse, void>('regPolicy/explain');

export interface LintWorkspaceResponse {
  files: number;
  findings: number;
}
export const LintWorkspaceRequest = new RequestType0<LintWorkspaceResponse, void>('regPolicy/lintWorkspace');

export interface FixAllWorkspaceResponse {
  filesChanged: number;
  fixesApplied: number;
}
export const FixAllWorkspaceRequest = new RequestType0<FixAllWorkspaceResponse, void>('regPolicy/fixAllWorkspace');

export interface PackInfo {
  id: string;
  title: string;
  enabledByDefault: boolean;
}
export const ListPacksRequest = new RequestType0<PackInfo[], void>('regPolicy/listPacks');

export interface PackTemplateParams {
  packId: string;
  /** Optional document to merge into: the edits then insert only what is missing. */
  uri?: string;
}
export interface PackTemplateResponse {
  /** Full text of a new file that satisfies the pack. */
  text: string;
  /** When `uri` was given: edits that add what that document lacks. */
  edits: TextEdit[];
}
export const PackTemplateRequest = new RequestType<PackTemplateParams, PackTemplateResponse, void>('regPolicy/packTemplate');

export interface StatusParams {
  uri: string;
  packs: string[];
  targetOs: string[];
  errors: number;
  warnings: number;
  infos: number;
}
export const StatusNotification = new NotificationType<StatusParams>('regPolicy/status');
