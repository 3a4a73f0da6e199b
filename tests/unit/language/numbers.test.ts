import { describe, it, expect } from 'vitest';
import { parseNumber } from '../../../extractors/language/numbers.ts';

describe('numbers', () => {
  it.each([
    ['72', 72],
    ['ninety', 90],
    ['Twelve', 12],
    ['forty-five', 45],
    ['1.5', 1.5],
    ['an', 1],
  ])('%s → %d', (token, n) => {
    expect(parseNumber(token)).toBe(n);
  });
  it('an unknown word is no number', () => expect(parseNumber('several')).toBeNull());
});
