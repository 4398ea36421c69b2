// One palette and one vocabulary for every view: an entity type or a relation
// type has the same colour and the same Arabic label in the profile, the
// network, the timeline, the map and the reader.

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'FACILITY'] as const;

const ENTITY_COLORS: Record<string, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#9333ea',
  LOCATION: '#0f8a5f',
  FACILITY: '#c2410c',
};

const ENTITY_LABELS: Record<string, string> = {
  PERSON: 'شخص',
  ORGANIZATION: 'منظمة',
  LOCATION: 'مكان',
  FACILITY: 'منشأة',
};

export function entityColor(type: string): string {
  return ENTITY_COLORS[type] ?? '#64748b';
}

export function entityLabel(type: string): string {
  return ENTITY_LABELS[type] ?? type;
}

const RELATION_COLORS: Record<string, string> = {
  MEETING: '#0284c7',
  VISIT: '#e11d48',
  COOPERATION: '#16a34a',
  SUPPORT: '#65a30d',
  HOSTILITY: '#b91c1c',
  RECRUITMENT: '#a21caf',
  DEPLOYMENT: '#ea580c',
  TRANSPORT: '#0d9488',
  AGREEMENT: '#4f46e5',
  MEMBERSHIP: '#7c3aed',
  CONTROL: '#92400e',
  STATEMENT: '#475569',
  ROLE: '#db2777',
};

const RELATION_LABELS: Record<string, string> = {
  MEETING: 'اجتماع',
  VISIT: 'زيارة',
  COOPERATION: 'تعاون',
  SUPPORT: 'دعم',
  HOSTILITY: 'عداء',
  RECRUITMENT: 'تجنيد',
  DEPLOYMENT: 'انتشار',
  TRANSPORT: 'نقل',
  AGREEMENT: 'اتفاق',
  MEMBERSHIP: 'عضوية',
  CONTROL: 'سيطرة',
  STATEMENT: 'تصريح',
  ROLE: 'منصب',
};

/** Colours for relation types the UI does not know yet, stable per name. */
const SPARE = ['#0891b2', '#ca8a04', '#be185d', '#15803d', '#6d28d9', '#9f1239'];

export function relationColor(type: string): string {
  if (RELATION_COLORS[type]) return RELATION_COLORS[type];
  let hash = 0;
  for (const ch of type) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}

export function relationLabel(type: string): string {
  return RELATION_LABELS[type] ?? type;
}

const ROLE_LABELS: Record<string, string> = {
  participants: 'المشاركون',
  visitor: 'الزائر',
  destination: 'الوجهة',
  host: 'المضيف',
  parties: 'الأطراف',
  topic: 'الموضوع',
  supporter: 'الداعم',
  beneficiary: 'المستفيد',
  kind: 'النوع',
  actor: 'الفاعل',
  target: 'المستهدف',
  recruiter: 'المجنِّد',
  recruited: 'المجنَّدون',
  force: 'القوة',
  location: 'الموقع',
  operator: 'المشغّل',
  origin: 'المنشأ',
  cargo: 'الحمولة',
  frequency: 'التكرار',
  member: 'العضو',
  organization: 'المنظمة',
  controller: 'المسيطر',
  speaker: 'المتحدث',
};

/**
 * The order roles read in ("who → whom/where → the rest"). The API's JSON
 * objects come with their keys sorted alphabetically, which would put a
 * destination before its origin.
 */
const ROLE_ORDER = [
  'visitor', 'actor', 'speaker', 'supporter', 'recruiter', 'operator', 'controller', 'force', 'member',
  'participants', 'parties', 'origin', 'destination', 'target', 'beneficiary', 'recruited', 'location',
  'organization', 'host', 'cargo', 'frequency', 'kind', 'topic',
];

export function compareRoles(a: string, b: string): number {
  const ia = ROLE_ORDER.indexOf(a);
  const ib = ROLE_ORDER.indexOf(b);
  return (ia < 0 ? ROLE_ORDER.length : ia) - (ib < 0 ? ROLE_ORDER.length : ib) || a.localeCompare(b);
}

export function argRoleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

const PRECISION_LABELS: Record<string, string> = {
  day: 'يوم',
  month: 'شهر',
  season: 'فصل',
  year: 'سنة',
  decade: 'عقد',
  unresolved: 'غير محدد',
};

export function precisionLabel(p: string): string {
  return PRECISION_LABELS[p] ?? p;
}

const MODALITY_LABELS: Record<string, string> = {
  asserted: 'مؤكَّد',
  reported: 'منقول',
  alleged: 'مزعوم',
  denied: 'منفي',
  planned: 'مخطَّط',
};

export function modalityLabel(m: string): string {
  return MODALITY_LABELS[m] ?? m;
}

export const CONFLICT_KIND_LABELS: Record<string, string> = {
  quantity: 'أرقام متعارضة',
  modality: 'روايات متعارضة',
};
