import { defineConfig } from 'wxt';

// Permissions are the fewest the features need; README.md justifies each one.
/** Where the content script runs, and so where the engine may be injected. */
const HOSTS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Vetter — vendor trust page audit',
    short_name: 'Vetter',
    description:
      'Reads a vendor’s security / trust page into a scorecard against the controls you require. Runs locally; no page text leaves the browser.',
    // scripting (MV3 only): the background injects the page engine where it is needed, instead of a content
    // script carrying it to every page. Firefox's MV2 build injects with tabs.executeScript, which needs none.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'scripting'],
    // the same hosts the content script already runs on (MV3 grants injection only through host_permissions;
    // WXT folds them into `permissions` for MV2): the install warning does not change
    host_permissions: HOSTS,
    action: { default_title: 'Vetter: audit this trust page' },
    // entrypoints/content-script.ts, an unlisted script (see there why it is not a WXT content script)
    content_scripts: [{ matches: HOSTS, run_at: 'document_idle', js: ['content-script.js'] }],
    // Firefox only: Chrome warns about keys it does not know
    // data_collection_permissions: Vetter collects and transmits nothing (Firefox's built-in consent, from Firefox 140 / Android 142)
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'vetter@vetter.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } } : {}),
  }),
});
