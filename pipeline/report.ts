// Prints content messages one per line as `path:line:column  severity  reason  rule`, so that
// terminals and editors can jump straight to the place (vfile-reporter groups by file instead).
import type { VFile } from 'vfile';
import { countMessages } from './messages.ts';

function severity(fatal: boolean | null | undefined): string {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

export function formatReport(files: readonly VFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const message of messages) {
      const place = message.line ? `:${message.line}:${message.column ?? 1}` : '';
      lines.push(`${file.path}${place}  ${severity(message.fatal)}  ${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`);
    }
  }
  if (lines.length === 0) return '';
  const { errors, warnings } = countMessages(files);
  const totals = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ');
  return `${lines.join('\n')}\n\n${errors ? '✖' : '⚠'} ${totals}\n`;
}
