import { DomainError } from '../errors';
import { checked, list, money, text } from './input';

describe('input readers', () => {
  it('turn a refusal into a returned INVALID_INPUT with the field path', () => {
    const error = checked(() => text(' ', 'problem.description', { max: 10 }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'problem.description', message: 'problem.description: must not be blank' });
  });

  it('let programming errors through', () => {
    expect(() => checked(() => { throw new TypeError('bug'); })).toThrow(TypeError);
  });

  it('refuse money given as a JSON number, saying why', () => {
    expect(checked(() => money({ amount: 19.99, currency: 'EUR' }, 'price'))).toMatchObject({ field: 'price.amount', message: 'price.amount: must be a decimal string such as "129.99", not a number' });
    expect(checked(() => money({ amount: '19.99', currency: 'EUR' }, 'price'))).toBeNull();
  });

  it('state minimum lengths and counts plainly', () => {
    expect(checked(() => text('ab', 'code', { min: 3, max: 10 }))?.message).toBe('code: must have at least 3 characters');
    expect(checked(() => list([], 'steps', { min: 1, max: 5 }, (v) => v))?.message).toBe('steps: must have at least 1 item');
    expect(checked(() => list([1], 'steps', { min: 2, max: 5 }, (v) => v))?.message).toBe('steps: must have at least 2 items');
  });
});
