/**
 * Third security review, content findings (docs/security-decisions.md, "Third review"):
 * T3-PHONE-NOTE, no second number hidden in a phone's instruction; T3-QR-LONG, a length cap
 * on links, and a page that survives a record it cannot draw.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { QrCode } from '../../../components/QrCode';
import { Slip } from '../../../components/Slip';
import type { Service } from '../../../utils/content/content-schema';
import { contentSchemas } from '../../../utils/content/content-schema';
import { validateContent } from '../../../utils/content/validate-content';
import { cloneFiles, FIXTURE_TODAY, fixtureFiles } from '../../fixtures/content-fixture';

const service = () => structuredClone(fixtureFiles()[2]!.data.services![0]!) as Service;
const parse = (overrides: Record<string, unknown>) => contentSchemas().serviceSchema.safeParse({ ...service(), ...overrides });
const longUrl = `https://www.nhs.uk/${'a'.repeat(3000)}`;

describe('T3-PHONE-NOTE', () => {
  it.each([
    '0300 123 1044, or call 0 8 0 0 1 2 3 4 5 6 7',
    '0300 123 1044, then dial 08-00-12-34-56-7',
    '0300 123 1044, or 08 00 12 34 56',
    '0300 123 1044, option 2 then 1',
    '0300 123 1044, press 123',
    '0300 123 1044, press 1 2 3',
  ])('T3-PHONE-NOTE: refuses a number hidden in the instruction %j', (phone) => {
    expect(parse({ phone }).success).toBe(false);
  });

  it.each([
    '020 7974 4444, option 9',
    '111, then press 2',
    '999, then press 55 if you cannot speak',
    '111, then choose the mental health option',
    "0300 123 1044, ask for the carers' team",
  ])('T3-PHONE-NOTE: keeps a plain instruction with at most one keypad code %j', (phone) => {
    expect(parse({ phone }).success).toBe(true);
  });

  it('T3-PHONE-NOTE: content:check names the service and the field', () => {
    const files = cloneFiles();
    files[2]!.data.services![0]!.phone = '0300 000 0000, or 0 8 0 0 1 2 3 4 5 6';
    const { problems } = validateContent(files, FIXTURE_TODAY);
    expect(problems).toEqual([expect.objectContaining({ item: 'service "quit-line"', problem: expect.stringMatching(/^phone /) })]);
  });
});

describe('T3-QR-LONG', () => {
  it('T3-QR-LONG: refuses a link longer than 500 characters, in services and sources alike', () => {
    expect(parse({ url: longUrl }).success).toBe(false);
    expect(parse({ source: { title: 'Source', url: longUrl } }).success).toBe(false);
    expect(parse({ url: `https://www.nhs.uk/${'a'.repeat(480)}` }).success).toBe(true);
  });

  it('T3-QR-LONG: a link a QR code cannot hold shows a sentence instead of breaking the page', () => {
    const root = document.createElement('div');
    render(<QrCode value={longUrl} label="QR code for Quit Line" />, root);
    expect(root.textContent).toMatch(/No QR code for this link/);
    expect(root.querySelector('svg')).toBeNull();
  });

  it('T3-QR-LONG: one record that cannot be drawn leaves the rest of the slip on the page', () => {
    const root = document.createElement('div');
    const good = { ...service(), id: 'good', name: 'Good Service' };
    const bad = { ...service(), id: 'bad', name: 'Bad Service', url: longUrl };
    render(<Slip services={[bad, good]} printedOn="7 December 2026" contentVersion="Content version 1" onPrint={() => {}} />, root);
    expect(root.textContent).toContain('Good Service');
    expect(root.querySelectorAll('svg.qr').length).toBe(1);
  });

  it('T3-QR-LONG: the error boundary shows what failed and keeps its siblings', () => {
    const Broken = (): never => {
      throw new Error('cannot draw');
    };
    const root = document.createElement('div');
    act(() =>
      render(
        <div>
          <ErrorBoundary what="this service">
            <Broken />
          </ErrorBoundary>
          <p>Still here</p>
        </div>,
        root,
      ),
    );
    expect(root.textContent).toContain('Still here');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/this service could not be shown/);
  });
});
