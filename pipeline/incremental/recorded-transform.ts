// A document's transform with what it depended on: the questions it asked the entry index and
// the answers it got (recording-index.ts), and the content folder its images were looked up in.
// It holds for a later load as long as those answers are the same. Used by the dev server's cache
// in memory (document-cache.ts) and by the load cache between builds (load/load-cache.ts).
import type { Root as HastRoot } from 'hast';
import type { VFileMessage } from 'vfile-message';
import { directSteps } from '../load/load-book.ts';
import type { ParsedDocument } from '../load/read-document.ts';
import type { TransformContext } from '../transform/document-to-hast.ts';
import { answersAgree, RecordingIndex, type AskedQuestion } from './recording-index.ts';

export interface RecordedTransform {
  contentDir: string;
  asked: AskedQuestion[];
  hast: HastRoot;
  /** The messages the transform added to the document's file. */
  messages: VFileMessage[];
}

export function recordTransform(document: ParsedDocument, context: TransformContext): RecordedTransform {
  const index = new RecordingIndex(context.index);
  const before = document.file.messages.length;
  const hast = directSteps.transform(document, { ...context, index });
  return { contentDir: context.contentDir, asked: index.asked, hast, messages: document.file.messages.slice(before) };
}

/** Whether a recorded transform is what transforming the document in `context` would give. */
export function transformHolds(recorded: Pick<RecordedTransform, 'contentDir' | 'asked'>, context: TransformContext): boolean {
  return recorded.contentDir === context.contentDir && answersAgree(context.index, recorded.asked);
}
