// Puppeteer's own Chrome download cannot work on our machines (no network but the registries)
// and a failed download does not fail `npm install`, so never attempt it: we use Debian's chromium.
module.exports = { skipDownload: true };
