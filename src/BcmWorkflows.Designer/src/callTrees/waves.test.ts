import { describe, expect, it } from 'vitest';
import type { ReportPerson, ReportWave } from './callTreeApi';
import { isLive, quorumNeeded, waveProgress } from './waves';

const wave = (index: number, extra: Partial<ReportWave>): ReportWave => ({
  index, name: `Wave ${index}`, quorum: 'All', total: 2, asked: 2, confirmed: 0, rate: 0, quorumMet: false, startedAt: '2026-01-01T10:00:00Z', endedAt: null, ...extra,
});
const person = (personId: string, waveIndex: number, status: string, name: string | null = null): ReportPerson =>
  ({ personId, name, wave: waveIndex, channel: 'Sms', status, confirmedAt: null, via: null, lastMessageStatus: 'Delivered' });

describe('live call tree view', () => {
  it('keeps refreshing until the activation finishes', () => {
    expect(isLive({ status: 'Running', finishedAt: null })).toBe(true);
    expect(isLive({ status: 'Requested', finishedAt: null })).toBe(true);
    expect(isLive({ status: 'QuorumNotMet', finishedAt: '2026-01-01T10:30:00Z' })).toBe(false);
  });

  it('reads a quorum of All, Any or a number', () => {
    expect(quorumNeeded({ quorum: 'All', total: 5 })).toBe(5);
    expect(quorumNeeded({ quorum: 'Any', total: 5 })).toBe(1);
    expect(quorumNeeded({ quorum: '3', total: 5 })).toBe(3);
    expect(quorumNeeded({ quorum: '9', total: 5 })).toBe(5);
  });

  it('gives each wave its rate, N of M, quorum state and who has not answered by name', () => {
    const [first, second] = waveProgress({
      status: 'Running',
      waves: [wave(1, { confirmed: 1, quorum: 'All', endedAt: '2026-01-01T10:10:00Z' }), wave(2, { total: 3, confirmed: 1, quorum: 'Any', quorumMet: true })],
      people: [person('a', 1, 'Confirmed', 'Ana'), person('b', 1, 'Pending', 'Ben'), person('c', 2, 'Confirmed'), person('z', 2, 'Unreachable', 'Zoe'), person('d', 2, 'Pending', 'Dan')],
    });
    expect([first!.percent, first!.text, first!.state, first!.quorum]).toEqual([50, '1 of 2 confirmed', 'quorum not reached', 'all 2']);
    expect(first!.notAnswered.map((p) => p.name)).toEqual(['Ben']);
    expect([second!.percent, second!.state, second!.quorum]).toEqual([33, 'quorum reached', 'any 1']);
    expect(second!.notAnswered.map((p) => p.name)).toEqual(['Dan', 'Zoe']);
  });

  it('shows a wave not started yet as such and an empty wave as 0%', () => {
    const [w] = waveProgress({ status: 'Running', waves: [wave(1, { total: 0, startedAt: null })], people: [] });
    expect([w!.percent, w!.state]).toEqual([0, 'not started']);
  });
});
