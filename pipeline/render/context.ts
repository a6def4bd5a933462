// What every renderer gets: the settings, the log and, for PDF and EPUB, the shared browser.
import type { BrowserSession } from '../browser/session.ts';
import type { Config } from '../config.ts';
import type { Log } from '../log.ts';
import type { Book } from '../model.ts';

export interface RenderContext {
  config: Config;
  log: Log;
  /** Present when a renderer that needs Chromium is part of the build. */
  browser?: BrowserSession;
  warn(text: string): void;
}

/** A renderer only reads the book; it returns the paths it wrote. */
export type Renderer = (book: Book, context: RenderContext) => Promise<string[]>;
