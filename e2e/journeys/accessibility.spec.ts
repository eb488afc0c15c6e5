import { axeInEveryLanguage, views } from '../fixtures/accessibility';
import { test } from '../fixtures/test';

// The other plans' pages, at desktop width (the plan with errors is checked on a phone too, in
// accessibility.both.spec.ts).
for (const view of [views[0], views[2]]) {
  test(`axe: ${view.name}, in en, ja and zh`, async ({ page }) => {
    test.setTimeout(180_000);
    await axeInEveryLanguage(page, view);
  });
}
