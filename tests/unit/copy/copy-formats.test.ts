import { describe, expect, it } from 'vitest';
import { copyMessage, copyService, serviceDetailsText } from '../../../utils/copy/copy-formats';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { fixtureFiles } from '../../fixtures/content-fixture';

const content = mergeContentFiles(fixtureFiles().map((f) => f.data));
const withPhone = content.services.find((s) => s.id === 'quit-line')!;
const withoutPhone = content.services.find((s) => s.id === 'camden-quit')!;

describe('copy formats', () => {
  it('copies a link as the bare URL', () => {
    expect(copyService(withPhone, 'link')).toEqual({ text: 'https://quit.example.org/', confirmation: 'Link to Quit Line copied' });
  });
  it('copies name — phone — link', () => {
    expect(serviceDetailsText(withPhone)).toBe('Quit Line — 0300 000 0000 — https://quit.example.org/');
  });
  it('leaves out a phone number the service does not publish', () => {
    expect(serviceDetailsText(withoutPhone)).toBe('Camden Quit Clinic — https://camden-quit.example.org/');
  });
  it('copies the message text itself', () => {
    expect(copyMessage(content.messages[0]!).text).toBe(content.messages[0]!.say);
  });
});
