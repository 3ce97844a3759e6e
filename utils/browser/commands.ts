/** Keyboard shortcuts declared in the manifest (`commands`), see wxt.config.ts. */
import { browser } from 'wxt/browser';

export type CommandName = 'open-sidebar' | 'log-contact';

export type CommandHandlers = Partial<Record<CommandName, (windowId: number | undefined) => void>>;

/** Handlers run synchronously so they may open the side panel (gesture rule). */
export function listenForCommands(handlers: CommandHandlers): void {
  browser.commands.onCommand.addListener((command, tab) => {
    handlers[command as CommandName]?.(tab?.windowId);
  });
}
