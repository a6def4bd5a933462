// One A4 handout per term, printed by a small pool of tabs in the build's one browser.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserSession } from '../../browser/session.ts';
import type { Book } from '../../model.ts';
import { handoutDocument } from '../print/handout-document.ts';
import { PrintTab } from './print-tab.ts';
import { loadPdf, savePdf } from './pdf-io.ts';
import { setMetadata } from './pdf-metadata.ts';
import { runPool } from './pool.ts';

/** Tabs printing at once: enough to overlap Chromium's work with Node's on two cores. */
export const handoutTabs = 2;

/** Writes `<targetDir>/<slug>.pdf` for every entry; returns the paths. */
export async function renderHandouts(book: Book, session: BrowserSession, printDir: string, targetDir: string): Promise<string[]> {
  const htmlDir = join(printDir, 'blaetter');
  await mkdir(htmlDir, { recursive: true });
  await mkdir(targetDir, { recursive: true });
  const openTab = async () => new PrintTab(await session.newPage());
  return runPool(book.entries, handoutTabs, openTab, (tab) => tab.close(), async (tab, entry) => {
    const pdf = await loadPdf(await tab.print(join(htmlDir, `${entry.slug}.html`), handoutDocument(entry, book), { tagged: true }));
    setMetadata(pdf, book.meta, { title: `${entry.title} – ${book.meta.title}`, subject: `Handzettel zum Begriff „${entry.title}“ aus dem ${book.meta.title}`, variant: `blatt-${entry.slug}` });
    const target = join(targetDir, `${entry.slug}.pdf`);
    await writeFile(target, await savePdf(pdf));
    return target;
  });
}
