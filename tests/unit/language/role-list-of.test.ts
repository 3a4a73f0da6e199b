import { describe, expect, it } from 'vitest';
import { roleListIn } from '../../../extractors/language/lists.ts';

describe('roleListIn: "roles of …"', () => {
  it('reads the roles after "Roles of"', () => {
    expect(roleListIn('Users hold account-level Roles of administrators, developers, and read-only users.')).toEqual(['administrators', 'developers', 'read-only users']);
  });
  it('"the role of administrators is …" names one role, no list', () => {
    expect(roleListIn('The role of administrators is to manage billing.')).toEqual([]);
  });
});
