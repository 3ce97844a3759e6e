/** What the figures were measured on: they mean little without it. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { promisify } from 'node:util';
import { CHROMIUM } from '../lib/chromium';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  fuse: string;
  /** 1-minute load average when the bench started: above the core count, expect noise. */
  loadAtStart: number;
}

async function chromiumVersion(): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(CHROMIUM, ['--version']);
    return stdout.trim();
  } catch {
    return `unknown (${CHROMIUM} --version failed)`;
  }
}

export async function describeMachine(): Promise<Machine> {
  const fuse = JSON.parse(readFileSync('node_modules/fuse.js/package.json', 'utf8')) as { version: string };
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: await chromiumVersion(),
    fuse: fuse.version,
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}
