import { memo } from 'react';
import type { EditionComparison as Comparison, Figure as FigureValue } from '../../core/plan/compare-editions';
import type { Edition, Rules } from '../../core/model/rules';
import { findingText } from '../../i18n/finding-text';
import { useI18n } from '../../i18n/i18n';
import { SourceLink } from '../shared/source-link';
import { TableScroll } from '../shared/table-scroll';
import { useAppReady } from '../shared/use-app-ready';

/** The other edition's answer for the same plan, as the page holds it: loading, failed, or compared by the core. */
export type OtherEdition =
  | { readonly status: 'pending' }
  | { readonly status: 'error' }
  | { readonly status: 'success'; readonly diff: Comparison; readonly rules: Rules };

interface EditionComparisonProps {
  currentRules: Rules;
  other: OtherEdition;
  onSwitch: (rulesId: string) => void;
  /** Watches where the comparison is (the other edition's rules load when it comes near the screen). */
  nearRef?: (element: Element | null) => void;
}

/** The other edition's answer beside this one, where they differ, and the documented reasons. */
export const EditionComparison = memo(function EditionComparison({
  currentRules,
  other,
  onSwitch,
  nearRef,
}: EditionComparisonProps) {
  const appReady = useAppReady();
  const { m } = useI18n();
  const e = m.edition;
  const otherEdition = currentRules.edition === 'seed' ? 'upstream' : 'seed';
  const quiet = (text: string) => (
    <p className="comparison comparison--quiet" ref={nearRef}>
      {text}
    </p>
  );
  if (other.status === 'pending') return quiet(e.compareLoading);
  if (other.status === 'error') return quiet(e.compareFailed);

  const diff = other.diff;
  if (diff.figures.length === 0 && diff.findings.length === 0) {
    return quiet(e.compareAgree({ other: otherEdition }));
  }
  const upstreamRules = currentRules.edition === 'upstream' ? currentRules : other.rules;

  return (
    <section className="comparison" aria-labelledby="comparison-title" data-testid="edition-comparison" ref={nearRef}>
      <h2 id="comparison-title" className="panel-title">
        {e.compareTitle({ other: otherEdition })}
      </h2>
      <p>{e.compareIntro({ current: currentRules.edition, other: otherEdition })}</p>
      {diff.figures.length > 0 && <FiguresTable diff={diff} current={currentRules.edition} other={otherEdition} />}
      {diff.findings.length > 0 && <FindingsDiffer findings={diff.findings} />}
      {upstreamRules.changes.length > 0 && <WhyTheyDiffer rules={upstreamRules} />}
      <button
        disabled={!appReady}
        type="button"
        className="button button--secondary"
        onClick={() => {
          onSwitch(other.rules.id);
        }}
      >
        {e.switchTo({ edition: otherEdition })}
      </button>
    </section>
  );
});

interface FiguresTableProps {
  diff: Comparison;
  current: Edition;
  other: Edition;
}

/** The figures that differ, this edition's beside the other's. */
function FiguresTable({ diff, current, other }: FiguresTableProps) {
  const { m, f } = useI18n();
  const e = m.edition;
  const show = (x: FigureValue | null) =>
    x === null ? e.none : `${f.vcpu(x.vcpu, x.vcpuOrMore)}${m.punctuation.comma}${f.memory(x.memoryMiB)}`;
  return (
    <TableScroll label={e.compareTitle({ other })}>
      <table className="comparison__table">
        <thead>
          <tr>
            <th scope="col">{e.item}</th>
            <th scope="col">{e.names[current].name}</th>
            <th scope="col">{e.names[other].name}</th>
          </tr>
        </thead>
        <tbody>
          {diff.figures.map((d) => (
            <tr key={d.item} data-item={d.item}>
              <th scope="row">{e.compared[d.item]}</th>
              <td>{show(d.a)}</td>
              <td>{show(d.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The findings whose severity differs between the editions, or that only one of them raises. */
function FindingsDiffer({ findings }: { findings: Comparison['findings'] }) {
  const { m, f } = useI18n();
  const e = m.edition;
  return (
    <>
      <h3 className="comparison__subtitle">{e.findingsDiffer}</h3>
      <ul className="comparison__findings">
        {findings.map((d) => (
          <li key={d.code}>
            {findingText(m.findings.messages, d.finding, f).title}
            {m.punctuation.colon}
            {d.a ? m.findings.severity[d.a] : e.findingAbsent} → {d.b ? m.findings.severity[d.b] : e.findingAbsent}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Why they differ: the changes the upstream rules list, each dated and sourced. */
function WhyTheyDiffer({ rules }: { rules: Rules }) {
  const { m, f } = useI18n();
  const e = m.edition;
  return (
    <>
      <h3 className="comparison__subtitle">{e.whyTitle}</h3>
      <ul className="comparison__changes">
        {rules.changes.map((c) => (
          <li key={c.id}>
            {c.date !== null && <strong>{`${f.date(c.date)}: `}</strong>}
            {e.changes[c.id]} <SourceLink source={c.source} rules={rules} />
          </li>
        ))}
      </ul>
    </>
  );
}
