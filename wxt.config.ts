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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'vetter@vetter.invalid', strict_min_version: '128.0' } } } : {}),
  }),
});
