import { describe, expect, it } from 'vitest';
import { apiQuery, filtersFromQuery, instancesHref, pageCount, queryFromFilters, rangeText, withFilter } from './filters';

describe('instance list filters', () => {
  it('reads filters and paging from the URL query', () => {
    expect(filtersFromQuery('?definitionId=incident-escalation&status=Suspended&correlationId=INC-7&page=3&pageSize=50')).toEqual({
      definitionId: 'incident-escalation', status: 'Suspended', correlationId: 'INC-7', page: 3, pageSize: 50,
    });
  });

  it('falls back to defaults for missing or nonsense values', () => {
    expect(filtersFromQuery('')).toEqual({ definitionId: '', status: '', correlationId: '', page: 1, pageSize: 25 });
    expect(filtersFromQuery('?status=Sleeping&page=-2&pageSize=abc')).toMatchObject({ status: '', page: 1, pageSize: 25 });
    expect(filtersFromQuery('?page=1.5&pageSize=100000')).toMatchObject({ page: 1, pageSize: 500 });
  });

  it('writes only what differs from the defaults and round-trips', () => {
    expect(queryFromFilters(filtersFromQuery(''))).toBe('');
    const search = '?definitionId=a+b&status=Faulted&correlationId=x%26y&page=2&pageSize=10';
    expect(queryFromFilters(filtersFromQuery(search))).toBe(search);
    expect(filtersFromQuery(queryFromFilters(filtersFromQuery(search)))).toEqual(filtersFromQuery(search));
  });

  it('always sends the page and its size to the API', () => {
    expect(apiQuery(filtersFromQuery('?status=Running')).toString()).toBe('status=Running&page=1&pageSize=25');
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withFilter(filtersFromQuery('?page=4'), { status: 'Finished' })).toMatchObject({ status: 'Finished', page: 1 });
  });

  it('counts pages and says which rows are shown or that there are none', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
    expect(rangeText(filtersFromQuery('?page=2&pageSize=10'), 10, 23)).toBe('Instances 11–20 of 23');
    expect(rangeText(filtersFromQuery(''), 0, 0)).toBe('No instances match.');
    expect(rangeText(filtersFromQuery('?page=9'), 0, 30)).toBe('Page 9 is past the end of the 30 matching instances.');
  });

  it('links to the instances of one workflow', () => {
    expect(instancesHref('incident escalation')).toBe('/instances?definitionId=incident+escalation');
    expect(instancesHref('x', 'Running')).toBe('/instances?definitionId=x&status=Running');
  });
});
