import type { ActivationReport, ReportPerson, ReportWave } from './callTreeApi';

/** Whether the live view should keep refreshing: the activation has not finished. */
export function isLive(report: Pick<ActivationReport, 'status' | 'finishedAt'>): boolean {
  return report.finishedAt === null && (report.status === 'Requested' || report.status === 'Running');
}

/** How many confirmations a wave needs: "All" = everyone, "Any" = one, a number = that many (at most the wave). */
export function quorumNeeded(wave: Pick<ReportWave, 'quorum' | 'total'>): number {
  if (wave.quorum.toLowerCase() === 'all') return wave.total;
  if (wave.quorum.toLowerCase() === 'any') return Math.min(1, wave.total);
  const n = Number(wave.quorum);
  return Number.isFinite(n) ? Math.min(n, wave.total) : wave.total;
}

export interface WaveProgress {
  index: number;
  name: string;
  /** 0..100 for the bar's width and its value. */
  percent: number;
  /** "3 of 5 confirmed". */
  text: string;
  quorum: string;
  state: 'not started' | 'waiting' | 'quorum reached' | 'quorum not reached';
  notAnswered: ReportPerson[];
}

/** Each wave's bar, words and the people in it who have not confirmed (Pending or Unreachable). */
export function waveProgress(report: Pick<ActivationReport, 'waves' | 'people' | 'status'>): WaveProgress[] {
  return report.waves.map((w) => {
    const needed = quorumNeeded(w);
    const state: WaveProgress['state'] = w.quorumMet ? 'quorum reached'
      : w.startedAt === null ? 'not started'
      : w.endedAt !== null || (report.status !== 'Running' && report.status !== 'Requested') ? 'quorum not reached'
      : 'waiting';
    return {
      index: w.index,
      name: w.name,
      percent: w.total === 0 ? 0 : Math.round((w.confirmed / w.total) * 100),
      text: `${w.confirmed} of ${w.total} confirmed`,
      quorum: w.quorum.toLowerCase() === 'all' ? `all ${w.total}` : w.quorum.toLowerCase() === 'any' ? 'any 1' : `${needed} of ${w.total}`,
      state,
      notAnswered: report.people.filter((p) => p.wave === w.index && p.status !== 'Confirmed')
        .sort((a, b) => (a.name ?? a.personId).localeCompare(b.name ?? b.personId)),
    };
  });
}
