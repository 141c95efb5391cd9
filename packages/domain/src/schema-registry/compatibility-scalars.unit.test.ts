import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsBetween } from './test-support';

const field = (schema: z.ZodType) => z.object({ field: schema });
const between = (before: z.ZodType, after: z.ZodType) =>
  problemsBetween(field(before), field(after));

describe('scalar compatibility: breaking changes', () => {
  it('a type narrowed or changed', () => {
    expect(between(z.number(), z.int())).toEqual(['field: type narrowed from number to integer']);
    expect(between(z.string(), z.enum(['a', 'b']))).toEqual([
      'field: type narrowed from string to enum ["a","b"]',
    ]);
    expect(between(z.string(), z.number())).toEqual(['field: type changed from string to number']);
    expect(between(z.boolean(), z.literal(true))).toEqual([
      'field: type narrowed from boolean to const true',
    ]);
    expect(between(z.unknown(), z.string())).toEqual([
      'field: type narrowed from any value to string',
    ]);
  });

  it('null no longer accepted', () => {
    expect(between(z.string().nullable(), z.string())).toEqual(['field: null no longer accepted']);
  });

  it('a numeric bound tightened or added', () => {
    expect(between(z.int().min(0), z.int().min(1))).toEqual(['field: minimum raised from 0 to 1']);
    expect(between(z.number().max(10), z.number().lt(10))).toEqual([
      'field: maximum lowered from 10 to 10 (exclusive)',
    ]);
    expect(between(z.number(), z.number().positive())).toEqual([
      'field: minimum added: 0 (exclusive)',
    ]);
    expect(between(z.number(), z.number().multipleOf(5))).toEqual(['field: multipleOf added: 5']);
    expect(between(z.int().multipleOf(2), z.int().multipleOf(3))).toEqual([
      'field: multipleOf changed from 2 to 3',
    ]);
  });

  it('a length bound tightened or added', () => {
    expect(between(z.string().min(1), z.string().min(2))).toEqual([
      'field: minLength raised from 1 to 2',
    ]);
    expect(between(z.string().max(10), z.string().max(5))).toEqual([
      'field: maxLength lowered from 10 to 5',
    ]);
    expect(between(z.string(), z.string().max(120))).toEqual(['field: maxLength added: 120']);
  });

  it('an enum value removed, a const changed', () => {
    expect(between(z.enum(['a', 'b', 'c']), z.enum(['a', 'c']))).toEqual([
      'field: enum value "b" removed',
    ]);
    expect(between(z.literal('v1'), z.literal('v2'))).toEqual([
      'field: const changed from "v1" to "v2"',
    ]);
    expect(between(z.enum(['eur', 'EUR']), z.string().regex(/^[A-Z]{3}$/))).toEqual([
      'field: "eur" no longer accepted',
    ]);
  });

  it('a format or pattern added or changed', () => {
    expect(between(z.string(), z.string().regex(/^[a-z]+$/))).toEqual([
      'field: pattern added: ^[a-z]+$',
    ]);
    expect(between(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]*$/))).toEqual([
      'field: pattern changed from ^[a-z]+$ to ^[a-z]*$',
    ]);
    const email = between(z.string(), z.email());
    expect(email).toContain('field: format added: email');
    expect(between(z.uuid(), z.email())).toContain('field: format changed from uuid to email');
  });

  it('what it cannot evaluate is a problem, not a pass', () => {
    expect(between(z.enum(['a@b.co']), z.email())).toEqual([
      'field: cannot decide whether "a@b.co" is still accepted by string',
    ]);
  });
});

describe('scalar compatibility: compatible changes', () => {
  it('a bound loosened or removed', () => {
    expect(between(z.int().min(1).max(10), z.int().min(0).max(20))).toEqual([]);
    expect(between(z.string().min(1).max(5), z.string())).toEqual([]);
    expect(between(z.number().positive(), z.number().nonnegative())).toEqual([]);
  });

  it('the same integer range written another way', () => {
    expect(between(z.int().min(1), z.int().positive())).toEqual([]);
    expect(between(z.int().max(9), z.int().lt(10))).toEqual([]);
  });

  it('a type widened', () => {
    expect(between(z.int(), z.number())).toEqual([]);
    expect(between(z.enum(['a', 'b']), z.string())).toEqual([]);
    expect(between(z.string(), z.string().nullable())).toEqual([]);
    expect(between(z.string(), z.union([z.string(), z.number()]))).toEqual([]);
    expect(between(z.literal(true), z.boolean())).toEqual([]);
    expect(between(z.string(), z.unknown())).toEqual([]);
    expect(between(z.int().multipleOf(10), z.int().multipleOf(5))).toEqual([]);
  });

  it('an enum value added, a const widened to an enum or a matching pattern', () => {
    expect(between(z.enum(['a', 'b']), z.enum(['a', 'b', 'c']))).toEqual([]);
    expect(between(z.literal('a'), z.enum(['a', 'b']))).toEqual([]);
    expect(between(z.enum(['EUR', 'USD']), z.string().regex(/^[A-Z]{3}$/))).toEqual([]);
  });

  it('a format or pattern removed', () => {
    expect(between(z.uuid(), z.string())).toEqual([]);
    expect(between(z.string().regex(/^[a-z]+$/), z.string())).toEqual([]);
  });
});
