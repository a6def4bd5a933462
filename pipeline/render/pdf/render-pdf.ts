// The print outputs: the A5 handbook, its A4 booklet for office printers and one A4 handout per
// term, all from the one browser of the build. dist/pdf/ and dist/print/ (the HTML the PDFs are
// printed from, kept for looking into layouts) are each replaced whole when everything is done.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EnvironmentError } from '../../errors.ts';
import { replaceDirectoryAtomic } from '../../output/atomic.ts';
import type { Renderer } from '../context.ts';
import { writePrintAssets } from '../print/print-assets.ts';
import { imposeBooklet } from './booklet.ts';
import { renderHandbook, type Handbook } from './handbook.ts';
import { renderHandouts } from './handouts.ts';
import { guessedPageCount } from '../print/print-document.ts';

/** From how many guessed glossary pages on the handouts wait for the handbook's screen layout. */
const longBookPages = 1000;

export const renderPdf: Renderer = async (book, context) => {
  const session = context.browser;
  if (!session) throw new EnvironmentError('The PDF output needs Chromium, but the build started none');
  const { outDir } = context.config;
  const pdfDir = join(outDir, 'pdf');
  const names = { handbook: `${book.meta.output}.pdf`, booklet: `${book.meta.output}-broschuere.pdf`, handouts: 'blaetter' };
  await replaceDirectoryAtomic(join(outDir, 'print'), async (printDir) => {
    await writePrintAssets(printDir, book);
    await replaceDirectoryAtomic(pdfDir, async (dir) => {
      // The handouts are printed alongside the handbook, in tabs of their own: while Node joins
      // the handbook's pieces or imposes the booklet, Chromium prints on the other core (at 500
      // entries a build took 46-53 s so, against 52-55 s with the handouts after the handbook).
      // A long book's handouts wait for the handbook's screen layout, the build's costliest
      // moment for memory (at 2,000 entries the handouts' tab and work added ~200 MB to it).
      let laidOut!: (done: boolean) => void;
      const layoutDone = new Promise<boolean>((resolve) => (laidOut = resolve));
      const waitForLayout = guessedPageCount(book) >= longBookPages;
      const handouts = (async () => {
        if (waitForLayout && !(await layoutDone)) return [];
        return context.log.stage('pdf: handouts', () => renderHandouts(book, session, printDir, join(dir, names.handouts), context));
      })();
      handouts.catch(() => undefined);
      let handbook: Handbook;
      try {
        handbook = await context.log.stage('pdf: handbook', () => renderHandbook(book, session, printDir, context, { numbersOf: outDir, onLaidOut: () => laidOut(true) }));
      } catch (error) {
        // The handouts are let finish (or never start): the folder they write into goes when this fails.
        laidOut(false);
        await handouts.catch(() => undefined);
        throw error;
      }
      context.log.info(`handbook: ${handbook.pageCount} pages after ${handbook.measures} screen layouts, ${handbook.renders} renders and ${handbook.prints} prints`);
      await writeFile(join(dir, names.handbook), handbook.pdf);
      const results = await Promise.allSettled([
        handouts,
        context.log.stage('pdf: booklet', async () => writeFile(join(dir, names.booklet), await imposeBooklet(handbook.pdfDocument, book.meta))),
      ]);
      for (const result of results) if (result.status === 'rejected') throw result.reason;
    });
  });
  return [join(pdfDir, names.handbook), join(pdfDir, names.booklet), join(pdfDir, names.handouts)];
};
