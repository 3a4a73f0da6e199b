/** Number words a trust page spells out ("two business days", "ninety days"). */
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90, a: 1, an: 1,
};
export const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty(?:-five)?|fifty|sixty|ninety)`;

export function parseNumber(token: string): number | null {
  const t = token.toLowerCase().trim();
  if (t in WORDS) return WORDS[t]!;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
