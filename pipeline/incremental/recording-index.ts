// An EntryIndex that remembers every question a transform asked and the answer it got. A cached
// transform stays valid as long as the same questions get the same answers from a new index:
// that is exactly "the names this document links to still resolve as before" (a title or alias
// added, removed or renamed elsewhere changes an answer only for documents that ask about it).
import { EntryIndex, type Lookup } from '../transform/entry-index.ts';

export type Question = ['byName', string] | ['bySlug', string, string] | ['has', string];

export interface AskedQuestion {
  question: Question;
  /** The answer as JSON, so that answers compare by value. */
  answer: string;
}

function ask(index: EntryIndex, question: Question): Lookup | boolean {
  switch (question[0]) {
    case 'byName':
      return index.byName(question[1]);
    case 'bySlug':
      return index.bySlug(question[1], question[2]);
    default:
      return index.has(question[1]);
  }
}

export class RecordingIndex extends EntryIndex {
  readonly asked: AskedQuestion[] = [];
  readonly #inner: EntryIndex;

  constructor(inner: EntryIndex) {
    super([]);
    this.#inner = inner;
  }

  #record<T extends Lookup | boolean>(question: Question): T {
    const answer = ask(this.#inner, question);
    this.asked.push({ question, answer: JSON.stringify(answer) });
    return answer as T;
  }

  override byName(name: string): Lookup {
    return this.#record(['byName', name]);
  }

  override bySlug(slug: string, written: string): Lookup {
    return this.#record(['bySlug', slug, written]);
  }

  override has(slug: string): boolean {
    return this.#record(['has', slug]);
  }
}

/** True when `index` answers every question as it was answered before. */
export function answersAgree(index: EntryIndex, asked: readonly AskedQuestion[]): boolean {
  return asked.every(({ question, answer }) => JSON.stringify(ask(index, question)) === answer);
}
