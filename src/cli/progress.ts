import { Presets, SingleBar } from 'cli-progress';
import type { OnProgress } from '../load/apply.js';

/**
 * Progress of a long task (a load's rows, a check's sources): a bar on a terminal; elsewhere (CI, logs) a line at each tenth, so
 * a log shows how far a load got without a line per batch.
 */
export function progressReporter(label: string, unit = 'rows'): OnProgress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {percentage}% {value}/{total} ${unit}`, stream: process.stderr },
      Presets.shades_classic,
    );
    let started = false;
    return (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
      if (done >= total) bar.stop();
    };
  }
  let reported = 0;
  return (done, total) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth > reported) {
      reported = tenth;
      console.error(`${label}: ${tenth * 10}% (${done}/${total} ${unit})`);
    }
  };
}
