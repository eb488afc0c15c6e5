import { useId, useState } from 'react';
import type { MachineLine, MonthlyCost, RoleMatch } from '../../core/machines/match';
import { machineTypeKey, type MachineRole, type MachineType } from '../../core/model/machines';
import {
  MachinePriceSchema,
  PRICE_PERIODS,
  type MachinesInput,
  type PlanInput,
  type PricePeriod,
  type TypedPrice,
} from '../../core/model/plan-input';
import type { PlanMachines } from '../../core/plan/plan-machines';
import type { Rules } from '../../core/model/rules';
import { useI18n } from '../../i18n/i18n';
import {
  COMMON_CURRENCIES,
  formatMoney,
  machineFindingText,
  MACHINES_TEXTS,
  type MachinesTexts,
} from '../../i18n/machines-text';
import type { AnyMachineFinding } from '../../core/findings/finding';
import type { Locale } from '../../i18n/types';
import type { HistoryMode } from '../../url/use-plan-url';
import { CheckboxField } from '../form/checkbox-field';
import { describedBy, FieldShell } from '../form/field-shell';
import { FindingEntry } from '../shared/finding-entry';
import { TableScroll } from '../shared/table-scroll';
import './machines.css';

interface MachinesPanelProps {
  plan: PlanInput;
  rules: Rules;
  /** The plan's machines, derived by the core (src/app/panels.tsx); null until the catalog has loaded. */
  machines: PlanMachines | null;
  failed: boolean;
  onRetry: () => void;
  onChange: (plan: PlanInput, mode: HistoryMode) => void;
}

/**
 * Machines for the plan (decision 025): each provider's smallest type per role, the type chosen for
 * each role, the machine list and its monthly cost, the prices the reader types, the node-label
 * opt-in. Renders what planMachines derived; nothing is computed here.
 */
export default function MachinesPanel({ plan, rules, machines, failed, onRetry, onChange }: MachinesPanelProps) {
  const { locale } = useI18n();
  const t = MACHINES_TEXTS[locale];
  const setMachines = (next: Partial<MachinesInput>, mode: HistoryMode) => {
    onChange({ ...plan, machines: { ...plan.machines, ...next } }, mode);
  };
  return (
    <section className="machines" id="machines" aria-labelledby="machines-title" tabIndex={-1} data-testid="machines">
      <h2 id="machines-title" className="panel-title">
        {t.title}
      </h2>
      {machines ? (
        <MachinesBody plan={plan} rules={rules} machines={machines} t={t} locale={locale} setMachines={setMachines} />
      ) : failed ? (
        <p className="status" role="alert">
          {t.loadFailed}{' '}
          <button type="button" className="button" onClick={onRetry}>
            {t.retry}
          </button>
        </p>
      ) : (
        <p className="status" role="status">
          {t.loading}
        </p>
      )}
    </section>
  );
}

interface BodyProps {
  plan: PlanInput;
  rules: Rules;
  machines: PlanMachines;
  t: MachinesTexts;
  locale: Locale;
  setMachines: (next: Partial<MachinesInput>, mode: HistoryMode) => void;
}

function MachinesBody({ plan, rules, machines, t, locale, setMachines }: BodyProps) {
  const { f } = useI18n();
  const { match } = machines;
  const money = (amount: number, currency: string, unit = false) => formatMoney(amount, currency, locale, unit);
  return (
    <>
      <p className="card__note">
        {t.intro({ catalog: match.catalog.id, published: match.catalog.published, arch: match.arch }, f)}
      </p>
      {match.needs.map((need, i) => (
        <RoleSection key={need.role} index={i} plan={plan} machines={machines} t={t} setMachines={setMachines} />
      ))}
      <h3>{t.listTitle}</h3>
      {machines.chosen ? (
        <>
          <MachineList lines={machines.chosen.machines} cost={machines.chosen.cost} t={t} money={money} />
          <p data-testid="machines-totals">{t.totals(machines.chosen.totals, f)}</p>
          <p data-testid="machines-cost">{costText(machines.chosen.cost, t, money, f)}</p>
        </>
      ) : (
        <p className="card__note">{t.noneChosen}</p>
      )}
      <ProvidersTable machines={machines} t={t} money={money} />
      <Prices plan={plan} machines={machines} t={t} setMachines={setMachines} />
      <CheckboxField
        name="machines.nodeLabels"
        label={t.nodeLabels}
        help={t.nodeLabelsHelp({ label: machines.instanceTypeLabel }, f)}
        checked={plan.machines.nodeLabels}
        findings={[]}
        onChange={(checked) => {
          setMachines({ nodeLabels: checked }, 'push');
        }}
      />
      <MachineFindings findings={machines.findings} rules={rules} t={t} />
    </>
  );
}

type Money = (amount: number, currency: string, unit?: boolean) => string;
type SetMachines = BodyProps['setMachines'];

/** One role: what each machine needs, each provider's smallest type, and the type chosen for it. */
function RoleSection({
  index: i,
  plan,
  machines,
  t,
  setMachines,
}: {
  index: number;
  plan: PlanInput;
  machines: PlanMachines;
  t: MachinesTexts;
  setMachines: SetMachines;
}) {
  const { f } = useI18n();
  const { match } = machines;
  const need = match.needs[i];
  if (!need) return null;
  const chosen = machines.chosen?.roles.find((c) => c.role === need.role);
  const smallest = new Set(
    match.providers.flatMap((p) => {
      const r = p.roles[i];
      return r?.status === 'matched' ? [r.choice.key] : [];
    }),
  );
  const unfit = machines.findings.find((x) => x.code === 'machines.chosen-type-unfit' && x.params.role === need.role);
  const basis = { count: need.count, vcpu: need.vcpu, orMore: need.vcpuOrMore, memoryMiB: need.memoryMiB };
  return (
    <section className="machines__role" aria-labelledby={`machines-${need.role}`}>
      <h3 id={`machines-${need.role}`}>
        {t.role[need.role]}{' '}
        <span className="machines__need">
          {t.need({ ...basis, workloadShape: need.basis === 'workload-shape' }, f)}
        </span>
      </h3>
      <SmallestTable index={i} machines={machines} t={t} />
      <TypeChoice
        role={need.role}
        value={plan.machines[need.role]}
        options={machines.options[i]?.types ?? []}
        smallest={smallest}
        unfit={chosen && chosen.status !== 'fits' ? unfit : undefined}
        burstable={chosen?.burstableAgainstPolicy === true}
        t={t}
        onChange={(key) => {
          setMachines(
            { [need.role]: key, ...(plan.machines.catalog === '' ? { catalog: match.catalog.id } : {}) },
            'push',
          );
        }}
        unfitText={(x) => machineFindingText(t.findings, x, f).title}
      />
    </section>
  );
}

/** Each provider's smallest type for one role, with its headroom, or why there is none. */
function SmallestTable({ index: i, machines, t }: { index: number; machines: PlanMachines; t: MachinesTexts }) {
  const { f } = useI18n();
  const { match } = machines;
  const role = match.needs[i]?.role ?? 'server';
  return (
    <TableScroll label={t.role[role]}>
      <table className="comparison__table" data-testid={`machines-${role}`}>
        <thead>
          <tr>
            <th scope="col">{t.columns.provider}</th>
            <th scope="col">{t.columns.type}</th>
            <th scope="col">{t.columns.size}</th>
            <th scope="col">{t.columns.headroom}</th>
          </tr>
        </thead>
        <tbody>
          {match.providers.map((p) => {
            const r = p.roles[i];
            return (
              <tr key={p.provider.id}>
                <th scope="row">{p.provider.name}</th>
                {r?.status === 'matched' ? (
                  <>
                    <td>{r.choice.type.name}</td>
                    <td className="machines__num">
                      {t.size({ vcpu: r.choice.type.vcpu, memoryMiB: r.choice.type.memoryMiB }, f)}
                    </td>
                    <td className="machines__num">{t.headroom(r.choice.headroom, f)}</td>
                  </>
                ) : (
                  <td colSpan={3}>{r ? unmatchedText(r, t, match.arch, f) : null}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Each provider's smallest machine list: its totals and monthly cost, or that it cannot host every role. */
function ProvidersTable({ machines, t, money }: { machines: PlanMachines; t: MachinesTexts; money: Money }) {
  const { f } = useI18n();
  return (
    <>
      <h3>{t.providersTitle}</h3>
      <TableScroll label={t.providersTitle}>
        <table className="comparison__table" data-testid="machines-providers">
          <thead>
            <tr>
              <th scope="col">{t.providerColumns.provider}</th>
              <th scope="col">{t.providerColumns.machines}</th>
              <th scope="col">{t.providerColumns.size}</th>
              <th scope="col">{t.providerColumns.cost}</th>
            </tr>
          </thead>
          <tbody>
            {machines.match.providers.map((p) => (
              <tr key={p.provider.id}>
                <th scope="row">{p.provider.name}</th>
                {p.complete ? (
                  <>
                    <td className="machines__num">{f.integer(p.totals.machines)}</td>
                    <td className="machines__num">
                      {t.size({ vcpu: p.totals.vcpu, memoryMiB: p.totals.memoryMiB }, f)}
                    </td>
                    <td>{costText(p.cost, t, money, f)}</td>
                  </>
                ) : (
                  <td colSpan={3}>{t.providerIncomplete}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** A price field for each type chosen or smallest somewhere, once each. */
function Prices({
  plan,
  machines,
  t,
  setMachines,
}: {
  plan: PlanInput;
  machines: PlanMachines;
  t: MachinesTexts;
  setMachines: SetMachines;
}) {
  const { f } = useI18n();
  const priced = new Map<string, MachineType>();
  for (const line of machines.chosen?.machines ?? []) priced.set(line.key, line.type);
  for (const p of machines.match.providers) for (const line of p.machines) priced.set(line.key, line.type);
  return (
    <fieldset className="machines__prices">
      <legend>{t.pricesTitle}</legend>
      <p className="field__help">{t.pricesIntro({ hours: machines.match.hoursPerMonth }, f)}</p>
      {[...priced.entries()].map(([key, type]) => (
        <PriceRow
          key={key}
          typeKey={key}
          type={type}
          price={plan.machines.prices.find((p) => p.type === key)}
          t={t}
          onChange={(price) => {
            const others = plan.machines.prices.filter((p) => p.type !== key);
            setMachines({ prices: price ? [...others, price] : others }, 'replace');
          }}
        />
      ))}
    </fieldset>
  );
}

function MachineFindings({
  findings,
  rules,
  t,
}: {
  findings: PlanMachines['findings'];
  rules: Rules;
  t: MachinesTexts;
}) {
  const { f } = useI18n();
  return (
    <>
      <h3>{t.findingsTitle}</h3>
      {findings.length === 0 ? (
        <p className="card__note">{t.noFindings}</p>
      ) : (
        <ul className="findings" data-testid="machines-findings">
          {findings.map((x, n) => {
            const text = machineFindingText(t.findings, x, f);
            return (
              <li key={`${x.code}-${String(n)}`} className={`finding finding--${x.severity}`} data-code={x.code}>
                <FindingEntry
                  severity={x.severity}
                  text={text}
                  ruleId={x.ruleId}
                  source={x.source}
                  rules={rules}
                  heading="h4"
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function unmatchedText(
  r: Exclude<RoleMatch, { status: 'matched' }>,
  t: MachinesTexts,
  arch: string,
  f: Parameters<MachinesTexts['size']>[1],
): string {
  switch (r.status) {
    case 'too-small':
      return t.tooSmall({ largest: r.largest.name }, f);
    case 'burstable-only':
      return t.burstableOnly;
    case 'no-architecture':
      return t.noArchitecture({ arch }, f);
  }
}

function costText(
  cost: MonthlyCost,
  t: MachinesTexts,
  money: (amount: number, currency: string) => string,
  f: Parameters<MachinesTexts['size']>[1],
): string {
  switch (cost.status) {
    case 'priced':
      return t.costPriced({ amount: money(cost.amount, cost.currency), hours: cost.hoursPerMonth }, f);
    case 'unpriced':
      return t.costUnpriced({ types: cost.missing }, f);
    case 'mixed-currencies':
      return t.costMixed({ currencies: cost.currencies }, f);
    case 'incomplete':
      return t.costIncomplete;
  }
}

function MachineList({
  lines,
  cost,
  t,
  money,
}: {
  lines: readonly MachineLine[];
  cost: MonthlyCost;
  t: MachinesTexts;
  money: Money;
}) {
  const { f } = useI18n();
  const pricedLines = cost.status === 'priced' ? cost.lines : [];
  return (
    <TableScroll label={t.listTitle}>
      <table className="comparison__table" data-testid="machines-list">
        <thead>
          <tr>
            <th scope="col">{t.listColumns.role}</th>
            <th scope="col">{t.listColumns.count}</th>
            <th scope="col">{t.listColumns.type}</th>
            <th scope="col">{t.listColumns.each}</th>
            <th scope="col">{t.listColumns.monthly}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const p = pricedLines.find((l) => l.role === line.role);
            return (
              <tr key={line.role}>
                <th scope="row">{t.role[line.role]}</th>
                <td className="machines__num">{f.integer(line.count)}</td>
                <td>{line.type.name}</td>
                <td className="machines__num">
                  {p ? `${money(p.price.amount, p.price.currency, true)} ${t.per[p.price.per]}` : t.noPrice}
                </td>
                <td className="machines__num">{p ? money(p.monthly, p.price.currency) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TypeChoice({
  role,
  value,
  options,
  smallest,
  unfit,
  unfitText,
  burstable,
  t,
  onChange,
}: {
  role: MachineRole;
  value: string;
  options: readonly MachineType[];
  smallest: ReadonlySet<string>;
  unfit: AnyMachineFinding | undefined;
  unfitText: (x: AnyMachineFinding) => string;
  burstable: boolean;
  t: MachinesTexts;
  onChange: (key: string) => void;
}) {
  const { f } = useI18n();
  const id = useId();
  const keys = options.map((o) => machineTypeKey(o));
  // The chosen type stays selectable even when it no longer fits (its finding says why).
  const extra = value !== '' && !keys.includes(value) ? value : null;
  const providers = [...new Set(options.map((o) => o.provider))];
  const note = burstable ? t.burstableChosen : null;
  return (
    <FieldShell
      id={id}
      label={t.chooseLabel[role]}
      help={t.chooseHelp}
      error={unfit ? unfitText(unfit) : null}
      note={note}
      findings={[]}
    >
      <select
        id={id}
        name={`machines.${role}`}
        className="field__input"
        value={value}
        aria-describedby={describedBy(id, { error: unfit !== undefined, note: note !== null })}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t.notChosen}</option>
        {extra && <option value={extra}>{extra}</option>}
        {providers.map((provider) => (
          <optgroup key={provider} label={provider}>
            {options
              .filter((o) => o.provider === provider)
              .map((o) => {
                const key = machineTypeKey(o);
                return (
                  <option key={key} value={key}>
                    {t.option({ name: o.name, vcpu: o.vcpu, memoryMiB: o.memoryMiB, smallest: smallest.has(key) }, f)}
                  </option>
                );
              })}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

function PriceRow({
  typeKey,
  type,
  price,
  t,
  onChange,
}: {
  typeKey: string;
  type: MachineType;
  price: TypedPrice | undefined;
  t: MachinesTexts;
  onChange: (price: TypedPrice | null) => void;
}) {
  const { f } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(price ? String(price.amount) : '');
  const [invalid, setInvalid] = useState(false);
  const currency = price?.currency ?? COMMON_CURRENCIES[0];
  const per: PricePeriod = price?.per ?? 'hour';
  const commit = (text: string, nextCurrency: string, nextPer: PricePeriod) => {
    if (text.trim() === '') {
      setInvalid(false);
      onChange(null);
      return;
    }
    const amount = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    const parsed = MachinePriceSchema.safeParse({ amount, currency: nextCurrency, per: nextPer });
    setInvalid(!parsed.success);
    if (parsed.success) onChange({ type: typeKey, ...parsed.data });
  };
  return (
    <div className="machines__price" data-testid={`price-${typeKey}`}>
      <FieldShell
        id={id}
        label={t.priceLabel({ name: type.name }, f)}
        help=""
        error={invalid ? t.priceInvalid : null}
        findings={[]}
      >
        <input
          id={id}
          name={`price.${typeKey}`}
          className="field__input"
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          aria-invalid={invalid}
          aria-describedby={describedBy(id, { error: invalid })}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value, currency, per);
          }}
        />
      </FieldShell>
      <PriceUnit
        name={type.name}
        currency={currency}
        per={per}
        t={t}
        onCurrency={(c) => {
          commit(draft, c, per);
        }}
        onPer={(x) => {
          commit(draft, currency, x);
        }}
      />
    </div>
  );
}

/** The currency and the period of a typed price. */
function PriceUnit({
  name,
  currency,
  per,
  t,
  onCurrency,
  onPer,
}: {
  name: string;
  currency: string;
  per: PricePeriod;
  t: MachinesTexts;
  onCurrency: (currency: string) => void;
  onPer: (per: PricePeriod) => void;
}) {
  const { f } = useI18n();
  const currencies = COMMON_CURRENCIES.includes(currency as (typeof COMMON_CURRENCIES)[number])
    ? COMMON_CURRENCIES
    : [...COMMON_CURRENCIES, currency];
  return (
    <>
      <select
        className="field__input"
        aria-label={t.currencyLabel({ name }, f)}
        value={currency}
        onChange={(e) => {
          onCurrency(e.target.value);
        }}
      >
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <select
        className="field__input"
        aria-label={t.perLabel({ name }, f)}
        value={per}
        onChange={(e) => {
          const next = PRICE_PERIODS.find((x) => x === e.target.value);
          if (next) onPer(next);
        }}
      >
        {PRICE_PERIODS.map((x) => (
          <option key={x} value={x}>
            {t.per[x]}
          </option>
        ))}
      </select>
    </>
  );
}
