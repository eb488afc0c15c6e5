import { describe, expect, it } from 'vitest';
import { isCronSchedule } from './cron';

describe('isCronSchedule: what robfig/cron v3’s standard parser (K3s’s) accepts', () => {
  it.each([
    '0 */12 * * *', // K3s's default (pkg/cli/cmds/server.go)
    '0 */5 * * *', // the flag's usage example
    '*/15 * * * *',
    '30 2 * * sun',
    '0 0 1 jan,jul *',
    '0 0 * * MON-FRI',
    '0 0 ? * 1-5',
    '0 6-18/2 * * *',
    '5/10 * * * *',
    '59 23 31 12 6',
    '@daily',
    '@every 6h',
    '@every 1h30m',
  ])('accepts %s', (text) => {
    expect(isCronSchedule(text)).toBe(true);
  });

  it.each([
    '',
    '0 */12 * *', // four fields
    '0 0 */12 * * *', // six fields: the seconds field needs another parser
    '60 * * * *', // minute 0-59
    '0 24 * * *', // hour 0-23
    '0 0 0 * *', // day of month 1-31
    '0 0 * 13 *', // month 1-12
    '0 0 * * 7', // day of week 0-6 in robfig/cron
    '0 0 * * sunday',
    '*/0 * * * *', // a step must be positive
    '5-1 * * * *', // a range must not run backwards
    '0 0 * * 1-2-3',
    '@every',
    '@every 5 minutes',
    '@often',
    'TZ=UTC 0 0 * * *', // robfig/cron takes a time-zone prefix; the plan does not offer it
  ])('refuses %j', (text) => {
    expect(isCronSchedule(text)).toBe(false);
  });
});
