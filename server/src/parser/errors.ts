import type { Report } from '../findings/types';

/**
 * Stable problem codes. Each is also the id of the syntax rule (rules/) that reports it,
 * so a code never changes meaning once published.
 */
export const ProblemCode = {
  InvalidHeader: 'REG001',
  Utf8Bom: 'REG002',
  Utf16WithoutBom: 'REG003',
  AbbreviatedRoot: 'REG004',
  UnknownRoot: 'REG005',
  WhitespaceAfterBracket: 'REG006',
  MissingCloseBracket: 'REG007',
  ValueWithoutKey: 'REG008',
  MalformedName: 'REG009',
  NulEscape: 'REG010',
  UnknownEscape: 'REG011',
  UnterminatedString: 'REG012',
  JunkAfterData: 'REG013',
  MalformedDword: 'REG014',
  InvalidHexByte: 'REG015',
  EmptyHexElement: 'REG016',
  SpaceBeforeComma: 'REG017',
  HashComment: 'REG018',
  BrokenContinuation: 'REG019',
  OddUtf16ByteCount: 'REG020',
  MultiSzNotTerminated: 'REG021',
  InvalidHexType: 'REG022',
  UnsupportedData: 'REG023',
  DuplicateValue: 'REG024',
  KeyNameTrailingWhitespace: 'REG025',
  EmptyPathSegment: 'REG026',
  NameTooLong: 'REG027',
  NulCharacter: 'REG028',
  IgnoredLine: 'REG029',
  DeleteRootKey: 'REG030',
  Win31Format: 'REG031',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

/** A problem found while decoding, parsing or building the model. Offsets are into the decoded text. */
export interface ParseProblem extends Report {
  readonly code: ProblemCode;
}
