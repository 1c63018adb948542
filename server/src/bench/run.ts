/**
 * `npm run bench`: decode + parse + model of a generated 32 MB UTF-16LE export, next to
 * the floor (the same process decoding the file and splitting it into lines). Each
 * measurement runs in a fresh child process so peak memory (maxRSS) is its own.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildModel } from '../model/build';
import { lineTableOf } from '../parser/document';
import { decodeBytes, encodeText, parse } from '../parser/index';
import { checkSyntax } from '../rules/index';
import { generateExportText } from './generate';

type Task = 'floor' | 'parse' | 'lint';

interface Measurement {
  task: Task;
  /** Wall-clock time. */
  ms: number;
  /** CPU time (user + system) of the process during the work: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Peak resident memory of the process minus its resident memory before the work, bytes. */
  peakExtra: number;
  lines: number;
  operations: number;
}

function measure(task: Task, file: string): Measurement {
  const bytes = fs.readFileSync(file);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let lines = 0;
  let operations = 0;
  if (task === 'floor') {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    lines = text.split(/\r\n|\r|\n/).length;
  } else {
    const doc = parse(decodeBytes(bytes));
    const model = buildModel(doc);
    if (task === 'lint') checkSyntax(doc, model);
    // (Counted in the line table: reading doc.lines would make the nodes the lint path never makes.)
    lines = lineTableOf(doc)?.length ?? doc.lines.length;
    operations = model.operations.length;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakExtra = process.resourceUsage().maxRSS * 1024 - before;
  return { task, ms, cpuMs, peakExtra, lines, operations };
}

function runChild(task: Task, file: string): Measurement {
  const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', task, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${task} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(measure(args[1] as Task, args[2])));
    return;
  }
  const sizeMb = Number(process.env.BENCH_MB ?? 32);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const file = path.join(os.tmpdir(), `reg-policy-bench-${process.pid}.reg`);
  const bytes = encodeText(generateExportText(sizeMb * 1024 * 1024), { encoding: 'utf-16le', bom: true });
  fs.writeFileSync(file, bytes);
  try {
    const results: Record<Task, Measurement[]> = { floor: [], parse: [], lint: [] };
    for (let i = 0; i < runs; i++) for (const task of ['floor', 'parse', 'lint'] as Task[]) results[task].push(runChild(task, file));
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    const floorMs = median(results.floor.map((m) => m.ms));
    const floorCpu = median(results.floor.map((m) => m.cpuMs));
    console.log(`file: ${mb(bytes.length)} UTF-16LE, ${results.parse[0].lines} lines, ${results.parse[0].operations} operations; median of ${runs} runs, node ${process.version}, ${os.cpus().length} cpus`);
    for (const task of ['floor', 'parse', 'lint'] as Task[]) {
      const ms = median(results[task].map((m) => m.ms));
      const cpuMs = median(results[task].map((m) => m.cpuMs));
      const peak = Math.max(...results[task].map((m) => m.peakExtra));
      const label = { floor: 'floor (decode + split lines)', parse: 'decode + parse + model', lint: 'decode + parse + model + syntax rules' }[task];
      // Each run measures the floor and then the tasks, seconds apart: the ratio within a run is less
      // affected by the machine's speed drifting over minutes than the ratio of the medians.
      const paired = median(results[task].map((m, i) => m.ms / results.floor[i].ms));
      console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms wall (${(ms / floorMs).toFixed(2)}x; within runs ${paired.toFixed(2)}x)  ${cpuMs.toFixed(0).padStart(6)} ms cpu (${(cpuMs / floorCpu).toFixed(2)}x floor)  peak +${mb(peak)} (${(peak / bytes.length).toFixed(1)}x file)`);
    }
  } finally {
    fs.rmSync(file, { force: true });
  }
}

main();
