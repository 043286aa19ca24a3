import { execFileSync } from 'node:child_process';
import os from 'node:os';

const setAffinity = (pid: number, cpus: number[]) => execFileSync('taskset', ['--all-tasks', '--cpu-list', '-p', cpus.join(','), String(pid)], { stdio: 'ignore' });

const hasTaskset = () => {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs `work` with the bench's Strapi alone on the last core and this process (the load
 * generator, and the probes it starts meanwhile) on the others, so neither takes the other's CPU
 * time; then gives both every core again. Null on one core or without taskset (util-linux).
 */
export const pinnedApart = async <T>(serverPid: number, work: () => Promise<T>): Promise<T | null> => {
  const cpus = os.cpus().map((_, i) => i);
  if (cpus.length < 2 || !hasTaskset()) return null;
  setAffinity(serverPid, cpus.slice(-1));
  setAffinity(process.pid, cpus.slice(0, -1));
  try {
    return await work();
  } finally {
    setAffinity(serverPid, cpus);
    setAffinity(process.pid, cpus);
  }
};
