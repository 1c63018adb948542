/** Fills a rule's message template: {key}, {value}, {actual}, {expected}, {os}. */
export interface MessageArgs {
  readonly key?: string;
  readonly value?: string;
  readonly actual?: string;
  readonly expected?: string;
  readonly os?: string;
}

export function formatMessage(template: string, args: MessageArgs): string {
  return template.replace(/\{(key|value|actual|expected|os)\}/g, (whole, name: keyof MessageArgs) => args[name] ?? whole);
}
