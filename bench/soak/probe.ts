/**
 * The probe, in a process of its own so that its timings do not wait on the other clients'
 * parsing of big answers: a cheap request every interval until the end time, then its tally as
 * one JSON line on stdout.
 *
 *   node --import tsx bench/soak/probe.ts <base URL> <entity id> <end, ms since epoch> [interval ms] [local address]
 */
import { clientAgent, send } from './http.js';
import { emptyStats, record } from './stats.js';
import { probeRequest } from './workload.js';

const [base, entity, endText, intervalText, localAddress] = process.argv.slice(2);
if (!base?.startsWith('http://127.0.0.1:') || !entity || !endText) {
  throw new Error('usage: probe.ts http://127.0.0.1:<port> <entity id> <end ms> [interval ms]');
}
const end = Number(endText);
const interval = Number(intervalText ?? 100);
const stats = emptyStats();
const request = probeRequest(entity);
const agent = localAddress ? clientAgent(localAddress) : undefined;
// Bounded by count as well as time: at most one request per interval.
const maxRequests = Math.ceil((end - Date.now()) / interval) + 1;
for (let n = 0; n < maxRequests && Date.now() < end; n += 1) {
  const started = Date.now();
  record(stats, await send(base, request, agent));
  const wait = Math.min(interval - (Date.now() - started), end - Date.now());
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
process.stdout.write(`${JSON.stringify(stats)}\n`);
