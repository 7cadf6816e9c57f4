import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';

/** Upper bounds (seconds) of the request-duration histogram: 5 ms … 10 s. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** Label values escaped as the exposition format wants (backslash, quote, newline). */
function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * Request counts and durations of this process, by route template (never the raw URL: ids would
 * make every request a new series) and status. In memory on purpose: Prometheus scrapes every
 * instance and adds them up, so nothing here is shared state (SPEC §8).
 */
class RequestMetrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Histogram>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${label(method)}",route="${label(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const hKey = `method="${label(method)}",route="${label(route)}"`;
    let h = this.durations.get(hKey);
    if (!h) {
      h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.durations.set(hKey, h);
    }
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) (h as Histogram).counts[i] = ((h as Histogram).counts[i] ?? 0) + 1;
    });
    h.sum += seconds;
    h.count += 1;
  }

  lines(): string[] {
    const out = [
      '# HELP http_requests_total HTTP requests answered, by method, route template and status.',
      '# TYPE http_requests_total counter',
    ];
    for (const [key, n] of this.requests) out.push(`http_requests_total{${key}} ${n}`);
    out.push(
      '# HELP http_request_duration_seconds Time to answer HTTP requests, by method and route template.',
      '# TYPE http_request_duration_seconds histogram',
    );
    for (const [key, h] of this.durations) {
      BUCKETS.forEach((bound, i) => {
        out.push(`http_request_duration_seconds_bucket{${key},le="${bound}"} ${h.counts[i]}`);
      });
      out.push(`http_request_duration_seconds_bucket{${key},le="+Inf"} ${h.count}`);
      out.push(`http_request_duration_seconds_sum{${key}} ${h.sum}`);
      out.push(`http_request_duration_seconds_count{${key}} ${h.count}`);
    }
    return out;
  }
}

function metric(name: string, type: 'counter' | 'gauge', help: string, value: number, labels = ''): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name}${labels} ${value}`];
}

/** Process metrics with the names prom-client's defaults use, so stock dashboards work. */
function processLines(version: string, loopDelay: ReturnType<typeof monitorEventLoopDelay>): string[] {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const startTime = Math.round(Date.now() / 1000 - process.uptime());
  return [
    ...metric('process_cpu_user_seconds_total', 'counter', 'User CPU time spent.', cpu.user / 1e6),
    ...metric('process_cpu_system_seconds_total', 'counter', 'System CPU time spent.', cpu.system / 1e6),
    ...metric('process_cpu_seconds_total', 'counter', 'Total CPU time spent.', (cpu.user + cpu.system) / 1e6),
    ...metric('process_resident_memory_bytes', 'gauge', 'Resident memory size.', memory.rss),
    ...metric('process_start_time_seconds', 'gauge', 'Start time since the epoch.', startTime),
    ...metric('nodejs_heap_size_total_bytes', 'gauge', 'V8 heap size.', memory.heapTotal),
    ...metric('nodejs_heap_size_used_bytes', 'gauge', 'V8 heap used.', memory.heapUsed),
    ...metric('nodejs_external_memory_bytes', 'gauge', 'Memory of C++ objects bound to JS.', memory.external),
    ...metric(
      'nodejs_eventloop_lag_p99_seconds',
      'gauge',
      'Event loop delay, 99th percentile since start.',
      Number.isNaN(loopDelay.percentile(99)) ? 0 : loopDelay.percentile(99) / 1e9,
    ),
    ...metric(
      'sporthub_build_info',
      'gauge',
      'Server and Node.js versions.',
      1,
      `{version="${label(version)}",nodejs="${process.version}"}`,
    ),
  ];
}

/**
 * `GET /metrics` in the Prometheus text format (0.0.4), public like /healthz. Its hooks apply to
 * every route of the app (the plugin is not encapsulated), so it is registered before the others.
 */
export async function metricsRoutes(app: FastifyInstance): Promise<void> {
  const requests = new RequestMetrics();
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  app.addHook('onClose', async () => loopDelay.disable());

  app.addHook('onResponse', async (request, reply) => {
    // Unmatched URLs share one series: their paths are unbounded.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  app.get('/metrics', async (_request, reply) => {
    const body = [...requests.lines(), ...processLines(app.serverVersion, loopDelay)].join('\n');
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${body}\n`);
  });
}
// Not encapsulated (what fastify-plugin does): the hooks above must see every route.
Object.assign(metricsRoutes, { [Symbol.for('skip-override')]: true });
