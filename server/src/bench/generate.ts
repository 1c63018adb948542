import { utf16z } from '../model/bytes';
import { formatValue } from '../model/writer';

/**
 * Text shaped like a regedit export: a header, then keys with DWORD, string, wrapped
 * binary and REG_MULTI_SZ values, until the UTF-16LE encoding reaches `targetBytes`.
 */
export function generateExportText(targetBytes: number): string {
  const parts: string[] = ['Windows Registry Editor Version 5.00\r\n'];
  let chars = parts[0].length;
  const binary = Uint8Array.from({ length: 120 }, (_, i) => (i * 37) & 0xff);
  for (let k = 0; chars * 2 + 2 < targetBytes; k++) {
    const lines = [
      `\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Product ${k >> 8}\\Component ${k}]\r\n`,
      `${formatValue('Enabled', 4, Uint8Array.of(k & 0xff, 0, 0, 0))}\r\n`,
      `${formatValue('InstallPath', 1, utf16z(`C:\\Program Files\\Vendor\\Component ${k}\\bin`))}\r\n`,
      `${formatValue('Blob', 3, binary)}\r\n`,
      `${formatValue('Servers', 7, utf16z(`alpha-${k}\0beta-${k}\0\0`))}\r\n`,
    ];
    for (const line of lines) {
      parts.push(line);
      chars += line.length;
    }
  }
  return parts.join('');
}
