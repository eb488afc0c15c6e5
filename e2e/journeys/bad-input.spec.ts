import { expect, planLink, planner, test } from '../fixtures/test';

test('bad counts get a message beside the field and the last valid result stays', async ({ page }) => {
  await page.goto(planLink({ a: 20 }));
  const p = planner(page);
  await expect(p.summary).toContainText('20 agents');
  const agentsField = p.field('Agents');

  const cases: [string, string][] = [
    ['abc', 'Enter a whole number, such as 3.'],
    ['-5', 'Enter 0 or more.'],
    ['2.5', 'Enter a whole number; nodes do not come in fractions.'],
    ['1000000', 'Enter at most 100,000.'],
    ['', 'Enter a number.'],
  ];
  for (const [typed, message] of cases) {
    await p.agents.fill(typed);
    await expect(p.agents).toHaveAttribute('aria-invalid', 'true');
    await expect(agentsField.getByRole('alert')).toHaveText(message);
    await expect(p.summary).toContainText('20 agents');
    await expect(page.getByText('Results show the last valid plan')).toBeVisible();
    await expect(page).toHaveURL(/[?&]a=20(&|$)/);
  }

  await p.agents.fill('1,000');
  await expect(p.agents).toHaveAttribute('aria-invalid', 'false');
  await expect(p.summary).toContainText('1,000 agents');
  await expect(page.getByText('Results show the last valid plan')).toBeHidden();
});

test('servers below one and an unreadable K3s version are refused beside their fields', async ({ page }) => {
  await page.goto('./');
  const p = planner(page);
  await p.servers.fill('0');
  await expect(p.field('Servers').getByRole('alert')).toHaveText('Enter 1 or more.');
  await p.servers.fill('1');

  await p.version.fill('newest please');
  await expect(p.version).toHaveAttribute('aria-invalid', 'true');
  await expect(p.field('K3s version').getByRole('alert')).toContainText('Enter stable, latest, a minor line');
  await p.version.fill('v1.26.4+k3s1');
  await expect(p.field('K3s version')).toContainText('Checks use v1.26.4+k3s1.');
  await p.arch.selectOption('arm64');
  await expect(p.finding('platform.arm64-page-size')).toContainText(
    'arm64 kernels must use 4k pages with K3s v1.26.4+k3s1',
  );
});

test('arrow keys step a count', async ({ page }) => {
  await page.goto(planLink({ a: 2 }));
  const p = planner(page);
  // Controls accept input from the app's second stage on (use-app-ready.ts).
  await expect(p.agents).toBeEnabled();
  await p.agents.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(p.agents).toHaveValue('4');
  await page.keyboard.press('ArrowDown');
  await expect(p.agents).toHaveValue('3');
  await expect(p.summary).toContainText('3 agents');
});

test('a link with unknown and invalid parameters keeps the valid rest and says what it ignored', async ({ page }) => {
  await page.goto(planLink({ s: 'abc', a: 12, zzz: 1, ha: 'cluster-of-doom' }));
  const p = planner(page);
  const notices = page.getByTestId('url-notices');
  await expect(notices).toContainText('Ignored a parameter this app does not know: zzz.');
  await expect(notices).toContainText('The link’s s=“abc” is not valid here; the default is used instead.');
  await expect(notices).toContainText('The link’s ha=“cluster-of-doom” is not valid here');
  await expect(p.servers).toHaveValue('1');
  await expect(p.agents).toHaveValue('12');
  await expect(page).not.toHaveURL(/zzz/);
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeHidden();
});

test('text in a link is shown as text, never run as markup', async ({ page }) => {
  const payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.goto(planLink({ [payload]: 1, k3s: payload }));
  const notices = page.getByTestId('url-notices');
  await expect(notices).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('#root script')).toHaveCount(0);
});
