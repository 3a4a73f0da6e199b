import type { BrowserContext } from '@playwright/test';

/**
 * Ordinary pages — what the buyer opens all day, none of them a trust page —
 * generated here and served by routing their made-up URLs inside the browser
 * context (nothing leaves the machine). The page benchmark measures what the
 * extension costs on them; the e2e tests check that the engine stays out.
 */
export interface OrdinaryPage {
  name: string;
  url: string;
  html: string;
}

const WORDS = 'the a of and to in is was for on with as by at from that this it be are or an we our your they one all can more when will time like about out up two into some could them other than then now look only come its over think also back after use how work first well way even new want because any these give day most'.split(' ');

/** Deterministic filler text: the same page every run. */
function sentences(seed: number, count: number): string {
  let x = seed;
  const next = () => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    const n = 8 + (next() % 14);
    const words = Array.from({ length: n }, () => WORDS[next() % WORDS.length]!);
    out.push(words[0]!.charAt(0).toUpperCase() + words.join(' ').slice(1) + '.');
  }
  return out.join(' ');
}

const paragraphs = (seed: number, n: number) => Array.from({ length: n }, (_, i) => `<p>${sentences(seed + i, 3)}</p>`).join('\n');

const shell = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="description" content="${title}"><meta property="og:site_name" content="${title.split(' — ').pop()}"></head><body>${body}</body></html>`;

const NAV = `<nav><ul>${['Home', 'World', 'Business', 'Tech', 'Sport', 'Culture', 'Opinion', 'Weather'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>`;
const FOOTER = `<footer><ul>${['About us', 'Careers', 'Contact', 'Privacy', 'Cookies', 'Terms'].map((s) => `<li><a href="/${s.toLowerCase().replace(' ', '-')}">${s}</a></li>`).join('')}</ul><p>© 2026 The Daily Ledger</p></footer>`;

export const ORDINARY_PAGES: readonly OrdinaryPage[] = [
  {
    name: 'recipe (200 paragraphs)',
    url: 'https://www.pantry-notes.example/recipes/lemon-ricotta-pancakes',
    html: shell('Lemon ricotta pancakes — Pantry Notes', `<header><h1>Lemon ricotta pancakes</h1></header><article><ul>${['200 g ricotta', '2 eggs', '1 lemon', '150 g flour', '1 tsp baking powder'].map((i) => `<li>${i}</li>`).join('')}</ul>${paragraphs(7, 200)}</article>`),
  },
  {
    name: 'news article (600 paragraphs, nav, footer)',
    url: 'https://news.daily-ledger.example/2026/11/30/harbour-bridge-reopens',
    html: shell('Harbour bridge reopens after two years of repairs — The Daily Ledger', `${NAV}<main><article><h1>Harbour bridge reopens after two years of repairs</h1><p class="byline">By A. Reporter</p>${paragraphs(11, 600)}</article><aside>${paragraphs(99, 12)}</aside></main>${FOOTER}`),
  },
  {
    name: 'docs page (120 sections)',
    url: 'https://docs.widgetkit.example/guide/layout/grid',
    html: shell('Grid layout — WidgetKit docs', `${NAV}<main><h1>Grid layout</h1>${Array.from({ length: 120 }, (_, i) => `<section><h2>Option ${i + 1}</h2>${paragraphs(300 + i, 2)}<pre><code>grid.set(${i}, { span: ${i % 4} })</code></pre></section>`).join('\n')}</main>${FOOTER}`),
  },
];

/** Serves the ordinary pages at their URLs in this context (routed in the browser, never fetched). */
export async function routeOrdinaryPages(context: BrowserContext, pages: readonly OrdinaryPage[] = ORDINARY_PAGES): Promise<void> {
  for (const page of pages) {
    await context.route(page.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }));
  }
}
