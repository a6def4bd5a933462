// Measures the print document without printing it: with the class `measuring` (templates/print.css)
// the body becomes a row of columns the size of a page's content area, broken where the pages
// break, so that the column an element lands in is the page it will be printed on. Chromium lays
// out columns with the same fragmentation rules as pages, at a small fraction of the cost of a
// print (about 0.5 s instead of 6 s of print layout for 700 pages). Measured against prints of
// 40 and 700 pages, every link target lands on the same page at the same height. A measured
// layout still only proposes numbers: the printed PDF confirms them (handbook.ts).
import type { Page } from 'puppeteer-core';
import type { Layout } from '../print/layout.ts';

/** CSS px → pt. */
const pt = 0.75;

interface ScreenLayout {
  pageCount: number;
  destinations: Array<[id: string, page: number, top: number]>;
  links: Array<[destination: string, page: number]>;
}

/** `also`: ids to place besides the targets of links (where a document may be cut, print-chunks.ts). */
export async function measureLayout(page: Page, also: readonly string[] = []): Promise<Layout> {
  const measured = await page.evaluate(async (also: readonly string[]): Promise<ScreenLayout> => {
    const body = document.body;
    // The class stays on: it only applies on screen (print media ignores it), and taking it off
    // would have Chromium lay the whole document out again in one column, for nothing (at 500
    // entries that doubled the cost of each renumbered layout).
    body.classList.add('measuring');
    // Laying out starts the loading of fonts no earlier text needed; measure once they are in.
    body.getBoundingClientRect();
    await document.fonts.ready;
    const box = body.getBoundingClientRect();
    const pageOf = (rect: DOMRect) => Math.max(0, Math.floor((rect.left - box.left + 0.5) / box.width));
    // The attribute, not `link.hash`: that parses the whole URL, thousands of times.
    const targetOf = (link: Element) => decodeURIComponent(link.getAttribute('href')!.slice(1));
    const targets = new Set([...[...document.querySelectorAll('a[href^="#"]')].map(targetOf), ...also]);
    // Of the links, only those with an id of their own have pages to number: the mentions.
    const links = [...document.querySelectorAll('a[id][href^="#"]')].map((link) => ({ link, target: targetOf(link) }));
    const destinations: ScreenLayout['destinations'] = [];
    for (const id of targets) {
      const element = document.getElementById(id);
      if (!element) continue;
      const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
      destinations.push([id, pageOf(rect), rect.top - box.top]);
    }
    return {
      pageCount: Math.max(1, Math.round(body.scrollWidth / box.width)),
      destinations,
      links: links.flatMap(({ link, target }) => [...link.getClientRects()].filter((rect) => rect.height >= 1).map((rect): [string, number] => [target, pageOf(rect)])),
    };
  }, also);
  return {
    pageCount: measured.pageCount,
    destinations: new Map(measured.destinations.map(([id, page, top]) => [id, { page, top: top * pt }])),
    links: measured.links.map(([destination, linkPage]) => ({ destination, page: linkPage })).sort((a, b) => a.page - b.page),
  };
}
