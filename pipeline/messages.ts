// Content problems are vfile messages with a place, a rule id and our source name, so that
// vfile-reporter prints them as `file:line:column  error  reason  rule  glossar`.
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export const messageSource = 'glossar';

export type Place = Point | Position | undefined;

export function reportError(file: VFile, reason: string, place: Place, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: messageSource });
  message.fatal = true;
  return message;
}

export function reportWarning(file: VFile, reason: string, place: Place, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: messageSource });
  message.fatal = false;
  return message;
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

export function countMessages(files: readonly VFile[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++;
      else if (message.fatal === false) warnings++;
    }
  }
  return { errors, warnings };
}
