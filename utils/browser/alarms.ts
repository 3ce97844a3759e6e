/** Periodic work that survives the MV3 service worker being stopped (timers do not). */
import { browser } from 'wxt/browser';

/** (Re)schedules a repeating alarm; the browser keeps it across worker restarts. */
export async function scheduleRepeating(name: string, periodMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === periodMinutes) return;
  await browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
}

export function onAlarm(name: string, handler: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === name) handler();
  });
}
