import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { planDeliveries, readWebhookBenchConfig } from './webhook-plan';

const DEFAULTS = { events: 10_000, concurrency: 50, duplicated: 20, reordered: 20, spread: 0 };
const events = Array.from(
  { length: 1000 },
  (_, n) => ({ id: `evt_${n}`, created: 1_800_000_000 + Math.floor(n / 4) }) as Stripe.Event,
);
const positions = (plan: ReturnType<typeof planDeliveries>) => plan.map(({ delivery }) => Number(delivery.eventId.slice(4)));

describe('readWebhookBenchConfig', () => {
  it('defaults to 10,000 events, 50 in flight, 20% duplicated and 20% reordered', () => {
    expect(readWebhookBenchConfig([], {})).toEqual(DEFAULTS);
  });

  it('takes flags over environment variables, and refuses what is not a whole number', () => {
    expect(readWebhookBenchConfig(['--events', '2000'], { BENCH_EVENTS: '5', BENCH_DUPLICATED: '0' })).toEqual({
      ...DEFAULTS,
      events: 2000,
      duplicated: 0,
    });
    expect(() => readWebhookBenchConfig(['--concurrency', '0'], {})).toThrow(/--concurrency/);
    expect(() => readWebhookBenchConfig([], { BENCH_REORDERED: '2.5' })).toThrow(/BENCH_REORDERED/);
    expect(() => readWebhookBenchConfig(['--customers', '3'], {})).toThrow();
  });
});

describe('planDeliveries', () => {
  it('delivers every event, about a fifth of them twice in a row to both instances', () => {
    const plan = planDeliveries(events, 'whsec_test', DEFAULTS);
    expect(new Set(positions(plan))).toEqual(new Set(events.map((_, n) => n)));
    const twice = plan.filter((entry, n) => plan[n + 1]?.delivery === entry.delivery);
    expect(twice.length).toBeGreaterThan(150);
    expect(twice.length).toBeLessThan(250);
    expect(plan.length).toBe(events.length + twice.length);
    for (const entry of twice) expect(plan[plan.indexOf(entry) + 1]?.target).toBe(1 - entry.target);
  });

  it('sends about a fifth of the events after newer ones, and none with 0%', () => {
    const late = (order: number[]) => order.filter((position, n) => order.slice(n + 1).some((later) => later < position)).length;
    const delayed = positions(planDeliveries(events, 'whsec_test', { ...DEFAULTS, duplicated: 0 }));
    expect(late(delayed)).toBeGreaterThan(100);
    expect(late(positions(planDeliveries(events, 'whsec_test', { ...DEFAULTS, duplicated: 0, reordered: 0 })))).toBe(0);
  });

  it('signs each event over the exact bytes it sends, and with spread gives each event its own second in order', () => {
    const [first] = planDeliveries(events, 'whsec_test', { ...DEFAULTS, reordered: 0, spread: 1 });
    expect(first?.delivery.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const spread = planDeliveries(events, 'whsec_test', { ...DEFAULTS, duplicated: 0, reordered: 0, spread: 1 });
    const seconds = spread.map(({ delivery }) => (JSON.parse(delivery.body) as Stripe.Event).created);
    expect(new Set(seconds).size).toBe(events.length);
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
  });
});
