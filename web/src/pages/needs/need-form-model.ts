import type { DealType, Need, NeedDraft, NeedInput, NeedVisibility } from '../../api/needs.ts';
import type { Contact } from '../../api/types.ts';
import { joinList, splitLines, splitList } from '../../format/list-text.ts';
import { fenToYuanText, parseYuan } from '../../format/money.ts';

/** The need form as typed; budgets in yuan, targets one a line. */
export interface NeedForm {
  /** Agencies and parks: the enterprise the need is for. */
  enterpriseOrgId: string;
  title: string;
  description: string;
  targets: string;
  industryChains: string;
  ipc: string;
  budgetMin: string;
  budgetMax: string;
  dealTypes: DealType[];
  readiness: string;
  deadline: string;
  regionCode: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  visibility: NeedVisibility;
  clientRef: string;
}

export interface NeedFormDefaults {
  enterpriseOrgId?: string;
  regionCode?: string;
  contact?: Contact;
}

export function emptyNeedForm({
  enterpriseOrgId = '',
  regionCode = '',
  contact,
}: NeedFormDefaults = {}): NeedForm {
  return {
    enterpriseOrgId,
    title: '',
    description: '',
    targets: '',
    industryChains: '',
    ipc: '',
    budgetMin: '',
    budgetMax: '',
    dealTypes: [],
    readiness: '',
    deadline: '',
    regionCode,
    contactName: contact?.name ?? '',
    contactPhone: contact?.phone ?? '',
    contactEmail: contact?.email ?? '',
    visibility: 'public',
    clientRef: '',
  };
}

export function needToForm(need: Need): NeedForm {
  return {
    enterpriseOrgId: need.ownerOrgId,
    title: need.title,
    description: need.description,
    targets: need.targets.join('\n'),
    industryChains: joinList(need.industryChains),
    ipc: joinList(need.ipc),
    budgetMin: fenToYuanText(need.budget?.minFen),
    budgetMax: fenToYuanText(need.budget?.maxFen),
    dealTypes: [...need.dealTypes],
    readiness: need.readiness === undefined ? '' : String(need.readiness),
    deadline: need.deadline ?? '',
    regionCode: need.regionCode,
    contactName: need.contact.name,
    contactPhone: need.contact.phone,
    contactEmail: need.contact.email,
    visibility: need.visibility,
    clientRef: need.clientRef ?? '',
  };
}

export interface NeedFormMessages {
  invalidAmount: string;
  /** When only the lower end of the budget is given. */
  maxMissing: string;
}

export type NeedFormResult = { ok: true; input: NeedInput } | { ok: false; errors: Record<string, string> };

/**
 * The form → the need input. Only what the browser must understand to build the request is checked here
 * (the budget amounts); the rules themselves are the server's, shown beside the fields it names.
 */
export function formToNeedInput(form: NeedForm, messages: NeedFormMessages): NeedFormResult {
  const min = parseYuan(form.budgetMin);
  const max = parseYuan(form.budgetMax);
  const errors: Record<string, string> = {};
  if (!min.ok) errors['budget.minFen'] = messages.invalidAmount;
  if (!max.ok) errors['budget.maxFen'] = messages.invalidAmount;
  if (min.ok && max.ok && min.fen !== undefined && max.fen === undefined)
    errors['budget.maxFen'] = messages.maxMissing;
  if (!min.ok || !max.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const ipc = splitList(form.ipc);
  const clientRef = form.clientRef.trim();
  const input: NeedInput = {
    title: form.title.trim(),
    description: form.description.trim(),
    targets: splitLines(form.targets),
    industryChains: splitList(form.industryChains),
    ...(ipc.length > 0 ? { ipc } : {}),
    ...(max.fen !== undefined ? { budget: { minFen: min.fen ?? 0, maxFen: max.fen } } : {}),
    dealTypes: form.dealTypes,
    ...(form.readiness ? { readiness: Number(form.readiness) } : {}),
    ...(form.deadline ? { deadline: form.deadline } : {}),
    regionCode: form.regionCode.trim(),
    contact: {
      name: form.contactName.trim(),
      phone: form.contactPhone.trim(),
      email: form.contactEmail.trim(),
    },
    visibility: form.visibility,
    ...(clientRef ? { clientRef } : {}),
  };
  return { ok: true, input };
}

/** What the quality hints look at, from a half-filled form: an amount not yet readable counts as none. */
export function formToDraft(form: NeedForm): NeedDraft {
  const min = parseYuan(form.budgetMin);
  const max = parseYuan(form.budgetMax);
  const ipc = splitList(form.ipc);
  return {
    title: form.title,
    description: form.description,
    targets: splitLines(form.targets),
    industryChains: splitList(form.industryChains),
    ...(ipc.length > 0 ? { ipc } : {}),
    budget: { minFen: (min.ok && min.fen) || null, maxFen: (max.ok && max.fen) || null },
    ...(form.deadline ? { deadline: form.deadline } : {}),
  };
}
