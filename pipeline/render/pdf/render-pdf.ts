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
import { renderHandbook } from './handbook.ts';
import { renderHandouts } from './handouts.ts';

export const renderPdf: Renderer = async (book, context) => {
  const session = context.browser;
  if (!session) throw new EnvironmentError('The PDF output needs Chromium, but the build started none');
  const { outDir } = context.config;
  const pdfDir = join(outDir, 'pdf');
  const names = { handbook: `${book.meta.output}.pdf`, booklet: `${book.meta.output}-broschuere.pdf`, handouts: 'blaetter' };
  await replaceDirectoryAtomic(join(outDir, 'print'), async (printDir) => {
    await writePrintAssets(printDir, book);
    await replaceDirectoryAtomic(pdfDir, async (dir) => {
      // One after the other: on two cores, printing handouts alongside only slows the handbook down.
      const handbook = await context.log.stage('pdf: handbook', () => renderHandbook(book, session, printDir, context));
      await context.log.stage('pdf: handouts', () => renderHandouts(book, session, printDir, join(dir, names.handouts), context));
      context.log.info(`handbook: ${handbook.pageCount} pages after ${handbook.renders} renders`);
      await writeFile(join(dir, names.handbook), handbook.pdf);
      await writeFile(join(dir, names.booklet), await context.log.stage('pdf: booklet', () => imposeBooklet(handbook.pdf, book.meta)));
    });
  });
  return [join(pdfDir, names.handbook), join(pdfDir, names.booklet), join(pdfDir, names.handouts)];
};
