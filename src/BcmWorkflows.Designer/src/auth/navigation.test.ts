import { describe, expect, it } from 'vitest';
import { homeFor, mayVisit, navigationFor } from './navigation';

const labels = (roles: string[]) => navigationFor(roles).map((i) => i.label);

describe('navigation by role', () => {
  it('gives each role its sections', () => {
    expect(labels(['Coordinator'])).toEqual(['Workflows', 'Instances', 'People', 'Call trees', 'Plans', 'Outbox']);
    expect(labels(['Admin'])).toEqual(['Workflows', 'Instances', 'People', 'Call trees', 'Plans', 'Outbox']);
    expect(labels(['Manager'])).toEqual(['Tasks', 'Plans']);
    expect(labels(['Staff'])).toEqual(['My tasks', 'My training']);
    expect(labels([])).toEqual([]);
  });

  it('merges several roles without duplicates', () => {
    expect(labels(['Staff', 'Manager'])).toEqual(['Tasks', 'Plans', 'My tasks', 'My training']);
    expect(labels(['Admin', 'Coordinator', 'Manager', 'Staff'])).toEqual(
      ['Workflows', 'Instances', 'People', 'Call trees', 'Plans', 'Outbox', 'Tasks', 'My tasks', 'My training']);
  });

  it('starts at the first section and guards the others', () => {
    expect(homeFor(['Manager'])).toBe('/tasks');
    expect(homeFor([])).toBe('/welcome');
    expect(mayVisit(['Coordinator'], '/workflows/incident-escalation')).toBe(true);
    expect(mayVisit(['Staff'], '/workflows')).toBe(false);
    expect(mayVisit(['Coordinator'], '/instances/abc')).toBe(true);
    expect(mayVisit(['Manager'], '/instances')).toBe(false);
    expect(mayVisit(['Staff'], '/my/training')).toBe(true);
    expect(mayVisit(['Manager'], '/plansX')).toBe(false);
  });
});
