import { describe, expect, it } from 'vitest';
import { parseRoles } from './roles';

describe('worker roles', () => {
  it('runs every role by default', () => {
    expect([...parseRoles([])]).toEqual(['relay', 'projectors', 'saga']);
  });

  it('runs only the roles asked for', () => {
    expect([...parseRoles(['--only', 'relay'])]).toEqual(['relay']);
    expect([...parseRoles(['--only', 'projectors,relay'])].sort()).toEqual(['projectors', 'relay']);
  });

  it('refuses an unknown role or flag with a clear message', () => {
    expect(() => parseRoles(['--only', 'everything'])).toThrow(
      /--only takes relay \| projectors \| saga/,
    );
    expect(() => parseRoles(['--fast'])).toThrow(/Unknown option/);
  });
});
