/** Debian's headless Chromium, as the browser checks launch it (playwright-core drives it; no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
// The machine has no internet: keep Chromium from reaching for it.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
