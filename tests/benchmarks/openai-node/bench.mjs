// The workload of bench_llmclient driven by the official `openai` Node client, against a server
// started with `bench_llmclient --serve-only PORT`: streamed chat completions (20 content
// chunks, answered after 200 ms) at each concurrency, after a warm-up round, reporting
// efficiency (achieved requests/s ÷ concurrency / latency) and client CPU seconds per 1,000
// completions, measured with process.cpuUsage() (this whole process: the server is elsewhere).
//
// Usage: node bench.mjs --port PORT [--completions 1024] [--concurrency 8,32,64,128]
//                       [--latency-ms 200] [--chunks 20]
// Prints one "RESULT client=openai-node …" line per concurrency, in bench_llmclient's format.

import OpenAI from 'openai';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function parseArgs(argv) {
  const options = { port: 0, completions: 1024, concurrency: [8, 32, 64, 128], latencyMs: 200, chunks: 20 };
  for (let i = 2; i < argv.length; i += 2) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--port': options.port = Number(value); break;
      case '--completions': options.completions = Number(value); break;
      case '--concurrency': options.concurrency = value.split(',').map(Number); break;
      case '--latency-ms': options.latencyMs = Number(value); break;
      case '--chunks': options.chunks = Number(value); break;
      default:
        console.error(`unknown argument ${argv[i]}`);
        process.exit(2);
    }
  }
  if (!options.port) {
    console.error('--port is required (start bench_llmclient --serve-only 0 first)');
    process.exit(2);
  }
  return options;
}

const options = parseArgs(process.argv);
// Same settings as Seedbed's defaults: two retries, a generous timeout.
const client = new OpenAI({
  apiKey: 'sk-bench',
  baseURL: `http://127.0.0.1:${options.port}/v1`,
  maxRetries: 2,
  timeout: 600000,
});
const messages = [
  { role: 'system', content: 'You are a benchmark.' },
  { role: 'user', content: 'Write twenty tokens, one per chunk, please.' },
];
const expectedLength = options.chunks * 6;
const sdkVersion = JSON.parse(
  readFileSync(new URL('./node_modules/openai/package.json', import.meta.url), 'utf8')).version;

async function completion() {
  const stream = await client.chat.completions.create({
    model: 'bench-model',
    messages,
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let usage = null;
  let finish = null;
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    if (choice?.delta?.content) text += choice.delta.content;
    if (choice?.finish_reason) finish = choice.finish_reason;
    if (chunk.usage) usage = chunk.usage;
  }
  return { text, usage, finish };
}

async function drive(count, concurrency) {
  let next = 0;
  let failures = 0;
  let latencySum = 0;
  let latencyMax = 0;
  async function worker() {
    while (next < count) {
      next += 1;
      const start = performance.now();
      try {
        const result = await completion();
        if (result.text.length !== expectedLength || result.finish !== 'stop' || !result.usage)
          failures += 1;
      } catch (error) {
        failures += 1;
        if (failures <= 3) console.error(`failed: ${error.message}`);
      }
      const elapsed = performance.now() - start;
      latencySum += elapsed;
      latencyMax = Math.max(latencyMax, elapsed);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, latencyMean: latencySum / count, latencyMax };
}

console.log(`# openai-node ${sdkVersion}, node ${process.version}, external server on port ${options.port}, ` +
            `${options.latencyMs} ms latency, ${options.chunks} content chunks, ${options.completions} completions per row`);
let exitCode = 0;
for (const concurrency of options.concurrency) {
  await drive(concurrency, concurrency); // warm-up: connections
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const outcome = await drive(options.completions, concurrency);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rps = options.completions / seconds;
  const ideal = concurrency / (options.latencyMs / 1000);
  const perThousand = 1000 / options.completions;
  console.log(
    `RESULT client=openai-node concurrency=${concurrency} completions=${options.completions} ` +
    `seconds=${seconds.toFixed(3)} rps=${rps.toFixed(1)} ideal=${ideal.toFixed(1)} ` +
    `efficiency=${(rps / ideal).toFixed(3)} cpu_s_per_1000=${(cpuSeconds * perThousand).toFixed(3)} ` +
    `latency_ms_mean=${outcome.latencyMean.toFixed(1)} latency_ms_max=${Math.round(outcome.latencyMax)} ` +
    `failures=${outcome.failures}`);
  if (outcome.failures > 0) exitCode = 1;
}
process.exit(exitCode);
