import { defineConfig } from 'wxt';

// Permissions are the fewest the features need; README.md justifies each one.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Vetter — vendor trust page audit',
    short_name: 'Vetter',
    description:
      'Reads a vendor’s security / trust page into a scorecard against the controls you require. Runs locally; no page text leaves the browser.',
    permissions: ['storage'],
    action: { default_title: 'Vetter: audit this trust page' },
    // Firefox only: Chrome warns about keys it does not know
    // data_collection_permissions: Vetter collects and transmits nothing (Firefox's built-in consent, from Firefox 140 / Android 142)
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'vetter@vetter.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } } : {}),
  }),
});
