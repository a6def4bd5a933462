// Where things live in the static site: every page sits in one folder, so links stay relative
// and the site works from file:// as well as from a server.
import { assetFileName, type UrlScheme } from '../link-targets.ts';

export const siteUrls: UrlScheme = {
  entry: (slug, fragment) => `${slug}.html${fragment ? `#${fragment}` : ''}`,
  asset: (path) => `assets/images/${assetFileName(path)}`,
};
