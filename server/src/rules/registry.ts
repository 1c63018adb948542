import { invalidHeader } from './reg001-invalid-header';
import { utf8Bom } from './reg002-utf8-bom';
import { utf16WithoutBom } from './reg003-utf16-without-bom';
import { abbreviatedRoot } from './reg004-abbreviated-root';
import { unknownRoot } from './reg005-unknown-root';
import { whitespaceAfterBracket } from './reg006-whitespace-after-bracket';
import { missingCloseBracket } from './reg007-missing-close-bracket';
import { valueWithoutKey } from './reg008-value-without-key';
import { malformedName } from './reg009-malformed-name';
import { nulEscape } from './reg010-nul-escape';
import { unknownEscape } from './reg011-unknown-escape';
import { unterminatedString } from './reg012-unterminated-string';
import { junkAfterData } from './reg013-junk-after-data';
import { malformedDword } from './reg014-malformed-dword';
import { invalidHexByte } from './reg015-invalid-hex-byte';
import { emptyHexElement } from './reg016-empty-hex-element';
import { spaceBeforeComma } from './reg017-space-before-comma';
import { hashComment } from './reg018-hash-comment';
import { brokenContinuation } from './reg019-broken-continuation';
import { oddUtf16ByteCount } from './reg020-odd-utf16-byte-count';
import { multiSzNotTerminated } from './reg021-multi-sz-not-terminated';
import { invalidHexType } from './reg022-invalid-hex-type';
import { unsupportedData } from './reg023-unsupported-data';
import { duplicateValue } from './reg024-duplicate-value';
import { keyNameWhitespace } from './reg025-key-name-whitespace';
import { emptyPathSegment } from './reg026-empty-path-segment';
import { nameTooLong } from './reg027-name-too-long';
import { nulCharacter } from './reg028-nul-character';
import { ignoredLine } from './reg029-ignored-line';
import { deleteRootKey } from './reg030-delete-root-key';
import { win31Format } from './reg031-win31-format';
import type { SyntaxRule } from './types';

/** The ordered registry of syntax rules. */
export const syntaxRules: readonly SyntaxRule[] = [
  invalidHeader,
  utf8Bom,
  utf16WithoutBom,
  abbreviatedRoot,
  unknownRoot,
  whitespaceAfterBracket,
  missingCloseBracket,
  valueWithoutKey,
  malformedName,
  nulEscape,
  unknownEscape,
  unterminatedString,
  junkAfterData,
  malformedDword,
  invalidHexByte,
  emptyHexElement,
  spaceBeforeComma,
  hashComment,
  brokenContinuation,
  oddUtf16ByteCount,
  multiSzNotTerminated,
  invalidHexType,
  unsupportedData,
  duplicateValue,
  keyNameWhitespace,
  emptyPathSegment,
  nameTooLong,
  nulCharacter,
  ignoredLine,
  deleteRootKey,
  win31Format,
];
