// How busy the machine was while we measured. Other sessions may run tests on this 2-core machine at
// the same time; these figures say how much CPU they took during each phase, so a slow or noisy
// number can be told apart from a slow program. Linux /proc only; elsewhere the figures are absent.
import * as fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function machineTicks() {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = cpu[3] + (cpu[4] ?? 0);
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU of this process (all threads) and of its children that have exited, in ms. */
function ownCpuMs() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11..14] = utime stime cutime cstime (fields 14–17 of proc(5))
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

export function loadMeter() {
  try {
    const start = { machine: machineTicks(), own: ownCpuMs(), at: process.hrtime.bigint() };
    return {
      /** Cores busy on average: the whole machine, our process tree (exited children included), the rest. */
      stop(extraOwnCpuMs = 0) {
        const machine = machineTicks();
        const wallMs = Number(process.hrtime.bigint() - start.at) / 1e6;
        const cores = (machine.busy - start.machine.busy) * TICK_MS / wallMs;
        const own = (ownCpuMs() - start.own + extraOwnCpuMs) / wallMs;
        return { wallMs, machineCores: cores, ownCores: own, otherCores: Math.max(0, cores - own) };
      },
    };
  } catch {
    return { stop: () => undefined };
  }
}

/** On-CPU and run-queue-wait time of a process, summed over its threads, in ms (from /proc/PID/task/TID/schedstat). */
export function schedstat(pid) {
  try {
    let cpu = 0;
    let wait = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        const [run, queued] = fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
        cpu += run / 1e6;
        wait += queued / 1e6;
      } catch {}
    }
    return { cpu, wait };
  } catch {
    return undefined;
  }
}
