import { describe, expect, it } from 'vitest';
import { literalFromText, switchMode, textOf } from './valueMode';

describe('switching an input between literal, expression and variable', () => {
  it('keeps the text from literal to expression and back', () => {
    const expression = switchMode({ type: 'Literal', value: 'Incident {{ input.title }}' }, 'Scriban', 'String');
    expect(expression).toEqual({ type: 'Scriban', value: 'Incident {{ input.title }}' });
    expect(switchMode(expression, 'Literal', 'String')).toEqual({ type: 'Literal', value: 'Incident {{ input.title }}' });
  });

  it('turns typed literals into expression text and back into the input type', () => {
    expect(switchMode({ type: 'Literal', value: 3 }, 'Scriban', 'Number')).toEqual({ type: 'Scriban', value: '3' });
    expect(switchMode({ type: 'Scriban', value: '3' }, 'Literal', 'Number')).toEqual({ type: 'Literal', value: 3 });
    expect(switchMode({ type: 'Scriban', value: 'true' }, 'Literal', 'Boolean')).toEqual({ type: 'Literal', value: true });
    expect(switchMode({ type: 'Literal', value: ['a', 'b'] }, 'Scriban', 'Array')).toEqual({ type: 'Scriban', value: '["a","b"]' });
    expect(switchMode({ type: 'Scriban', value: '["a"]' }, 'Literal', 'Array')).toEqual({ type: 'Literal', value: ['a'] });
  });

  it('keeps an expression that is no literal as text, so nothing typed is lost', () => {
    expect(switchMode({ type: 'Scriban', value: 'input.level + 1' }, 'Literal', 'Number')).toEqual({ type: 'Literal', value: 'input.level + 1' });
  });

  it('maps variables.x onto the variable x and back', () => {
    expect(switchMode({ type: 'Scriban', value: 'variables.level' }, 'Variable', 'Number')).toEqual({ type: 'Variable', value: 'level' });
    expect(switchMode({ type: 'Variable', value: 'level' }, 'Scriban', 'Number')).toEqual({ type: 'Scriban', value: 'variables.level' });
  });

  it('starts an unset input empty in the chosen mode', () => {
    expect(switchMode(undefined, 'Scriban', 'Boolean')).toEqual({ type: 'Scriban', value: '' });
    expect(switchMode(undefined, 'Literal', 'String')).toEqual({ type: 'Literal', value: '' });
  });

  it('shows strings as they are and other values as JSON', () => {
    expect(textOf('PT15M')).toBe('PT15M');
    expect(textOf({ a: 1 })).toBe('{"a":1}');
    expect(textOf(null)).toBe('');
    expect(literalFromText('12.5', 'Number')).toBe(12.5);
    expect(literalFromText(' ', 'Number')).toBe(' ');
  });
});
