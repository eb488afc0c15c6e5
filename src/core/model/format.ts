/** A port rule's ports as the docs and the firewall tools write them: "6443" or "2379-2380". */
export function portRange(rule: { readonly from: number; readonly to: number }): string {
  return rule.from === rule.to ? String(rule.from) : `${String(rule.from)}-${String(rule.to)}`;
}
