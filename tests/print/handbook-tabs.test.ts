// Which tabs the handbook uses for what (handbook-tabs.ts): a short book reuses its measuring
// tab; a long one gets fresh tabs (new renderer processes) for the pieces and for each later
// step, with the tabs done with closed first.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../pipeline/browser/session.ts';
import { HandbookTabs } from '../../pipeline/render/pdf/handbook-tabs.ts';

function fakeSession() {
  const opened: number[] = [];
  const closed: number[] = [];
  const session = {
    timeoutMs: 1000,
    browserIdentity: 'fake',
    started: true,
    async newPage() {
      const id = opened.length + 1;
      opened.push(id);
      return { id, close: async () => void closed.push(id) } as unknown as Page;
    },
  } satisfies BrowserSession;
  const idOf = (tab: { page: Page }) => (tab.page as unknown as { id: number }).id;
  /** Tabs open now. */
  const open = () => opened.filter((id) => !closed.includes(id));
  return { session, opened, closed, idOf, open };
}

describe('HandbookTabs', () => {
  it('reuses the measuring tab for a short book', async () => {
    const { session, idOf, open } = fakeSession();
    const tabs = new HandbookTabs(session);
    const measuring = idOf(await tabs.measuring());
    expect((await tabs.pieces(2)).map(idOf)).toEqual([measuring, 2]);
    expect((await tabs.pieces(2)).map(idOf)).toEqual([measuring, 2]);
    expect(idOf(await tabs.next())).toBe(measuring);
    // The running heads print in the pieces' tabs again.
    expect((await tabs.nextPieces(2)).map(idOf)).toEqual([measuring, 2]);
    expect(open()).toEqual([1, 2]);
    await tabs.closeAll();
    expect(open()).toEqual([]);
  });

  it('gives a long book fresh tabs, and closes the ones done with before opening them', async () => {
    const { session, idOf, open } = fakeSession();
    const tabs = new HandbookTabs(session);
    expect(idOf(await tabs.measuring())).toBe(1);
    tabs.fresh = true;
    expect((await tabs.pieces(2)).map(idOf)).toEqual([2, 3]);
    expect(open()).toEqual([2, 3]);
    const register = idOf(await tabs.next());
    expect(register).toBe(4);
    expect(open()).toEqual([4]);
    // The running heads: two new tabs, the register's closed first.
    expect((await tabs.nextPieces(2)).map(idOf)).toEqual([5, 6]);
    expect(open()).toEqual([5, 6]);
    const next = idOf(await tabs.next());
    expect(next).toBe(7);
    expect(open()).toEqual([7]);
    // Measuring again (a second render) uses the tab now open.
    expect(idOf(await tabs.measuring())).toBe(7);
    await tabs.closeAll();
    expect(open()).toEqual([]);
  });
});
