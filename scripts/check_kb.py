#!/usr/bin/env python3
"""Checks the knowledge-base tables in data/kb/ against doc/kb_format.md.

Usage: scripts/check_kb.py [FILE_OR_DIR ...]   (default: data/kb/ of this repo)

Errors (exit status 1): wrong column count, bad id, duplicate id, unknown
type or kind, empty name, coordinates that are not numbers or out of range,
a country column naming no country/territory record, separators or blanks
inside alias lists.  Warnings (reported, exit status unchanged): affiliation
ids not found, MENA places with coordinates outside the region's box,
Latin letters in Arabic columns, aliases repeating the name after Arabic
normalisation, and short aliases shared by several records of one type.
"""
import collections
import os
import re
import sys
import unicodedata

KINDS = {
    'LOCATION': {'country', 'territory', 'capital', 'city', 'region', 'province',
                 'district', 'continent', 'sea', 'river', 'mountain', 'desert', 'beach'},
    'FACILITY': {'airbase', 'airport', 'port', 'naval-base', 'military-base',
                 'border-crossing', 'oil-field', 'oil-terminal', 'refinery',
                 'embassy', 'prison', 'dam', 'palace', 'hospital', 'stadium',
                 'bridge', 'mosque', 'road', 'railway', 'market', 'station'},
    'ORGANIZATION': {'government', 'ministry', 'parliament', 'army', 'armed-group',
                     'militia', 'pmc', 'security-agency', 'party', 'intl-org',
                     'regional-org', 'ngo', 'company', 'airline', 'media',
                     'news-agency', 'think-tank', 'university', 'court', 'club'},
    'PERSON': {'head-of-state', 'head-of-government', 'minister', 'military',
               'intelligence', 'militia-leader', 'envoy', 'diplomat', 'politician',
               'religious', 'businessman', 'journalist', 'analyst', 'athlete',
               'coach', 'artist'},
}
COLUMNS = ['id', 'type', 'kind', 'name_ar', 'name_en', 'aliases_ar', 'aliases_en',
           'country', 'lat', 'lon', 'affiliations', 'adjectives', 'description']
ID_RE = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
LATIN_RE = re.compile('[A-Za-z]')
HARAKAT_RE = re.compile('[\u064B-\u0652\u0670\u0640]')
# Countries whose places should fall inside the MENA/Sahel box below.
MENA = {'libya', 'tunisia', 'algeria', 'morocco', 'mauritania', 'western-sahara',
        'egypt', 'sudan', 'south-sudan', 'chad', 'niger', 'mali', 'burkina-faso',
        'syria', 'lebanon', 'palestine', 'israel', 'jordan', 'iraq', 'saudi-arabia',
        'united-arab-emirates', 'qatar', 'bahrain', 'kuwait', 'oman', 'yemen',
        'turkey', 'iran'}
MENA_BOX = (0.0, 45.0, -20.0, 65.0)  # lat min/max, lon min/max


def norm_ar(s):
    """Arabic match key as in Token::key: no harakat, alef/ya/ta-marbuta folded."""
    s = unicodedata.normalize('NFKC', s)
    s = HARAKAT_RE.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    s = s.replace('ی', 'ي').replace('ک', 'ك')
    return ' '.join(s.split())


def split_list(value):
    return value.split('|') if value else []


def read_rows(path):
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n').rstrip('\r')
            if not line.strip() or line.startswith('#'):
                continue
            yield lineno, line.split('\t')


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    targets = argv[1:] or [os.path.join(root, 'data', 'kb')]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files += sorted(os.path.join(t, n) for n in os.listdir(t) if n.endswith('.tsv'))
        else:
            files.append(t)

    errors, warnings = [], []
    records = []  # (file, lineno, cols padded to 13)
    per_file = collections.Counter()
    alias_count = collections.Counter()
    for path in files:
        name = os.path.basename(path)
        for lineno, cols in read_rows(path):
            where = f'{name}:{lineno}'
            if len(cols) < 4 or len(cols) > len(COLUMNS):
                errors.append(f'{where}: {len(cols)} columns (want 4..{len(COLUMNS)})')
                continue
            cols = cols + [''] * (len(COLUMNS) - len(cols))
            records.append((where, name, cols))
            per_file[name] += 1
            alias_count[name] += len(split_list(cols[5])) + len(split_list(cols[6]))

    country_ids = {c[0] for _, _, c in records
                   if c[1] == 'LOCATION' and c[2] in ('country', 'territory')}
    all_ids = collections.Counter(c[0] for _, _, c in records)
    first_seen = {}
    for where, name, c in records:
        (id_, type_, kind, name_ar, name_en, al_ar, al_en, country, lat, lon,
         affil, adj, desc) = c
        if not ID_RE.match(id_):
            errors.append(f'{where}: bad id {id_!r}')
        if all_ids[id_] > 1:
            if id_ in first_seen:
                errors.append(f'{where}: duplicate id {id_!r} (first at {first_seen[id_]})')
            else:
                first_seen[id_] = where
        if type_ not in KINDS:
            errors.append(f'{where}: {id_}: unknown type {type_!r}')
        elif kind not in KINDS[type_]:
            errors.append(f'{where}: {id_}: kind {kind!r} not allowed for {type_}')
        if not name_ar.strip():
            errors.append(f'{where}: {id_}: empty name_ar')
        for col, value in (('name_ar', name_ar), ('name_en', name_en)):
            if value != value.strip() or '|' in value:
                errors.append(f'{where}: {id_}: stray blanks or "|" in {col}')
        for col, value in (('aliases_ar', al_ar), ('aliases_en', al_en),
                           ('affiliations', affil), ('adjectives', adj)):
            for item in split_list(value):
                if not item or item != item.strip():
                    errors.append(f'{where}: {id_}: empty or padded item in {col}: {value!r}')
                    break
        for col, value in (('name_ar', name_ar), ('aliases_ar', al_ar), ('adjectives', adj)):
            if LATIN_RE.search(value):
                warnings.append(f'{where}: {id_}: Latin letters in {col}: {value}')
        key_name = norm_ar(name_ar)
        seen = {key_name}
        for a in split_list(al_ar):
            k = norm_ar(a)
            if k in seen:
                warnings.append(f'{where}: {id_}: alias {a!r} repeats another name after normalisation')
            seen.add(k)
        if country and country not in country_ids:
            errors.append(f'{where}: {id_}: country {country!r} is not a country/territory id')
        for a in split_list(affil):
            if a not in all_ids:
                warnings.append(f'{where}: {id_}: affiliation {a!r} not found')
        if (lat == '') != (lon == ''):
            errors.append(f'{where}: {id_}: lat and lon must be given together')
        elif lat:
            try:
                la, lo = float(lat), float(lon)
            except ValueError:
                errors.append(f'{where}: {id_}: coordinates not numbers: {lat!r}, {lon!r}')
                continue
            if not (-90 <= la <= 90 and -180 <= lo <= 180):
                errors.append(f'{where}: {id_}: coordinates out of range: {la}, {lo}')
            elif country in MENA and not (MENA_BOX[0] <= la <= MENA_BOX[1]
                                          and MENA_BOX[2] <= lo <= MENA_BOX[3]):
                warnings.append(f'{where}: {id_}: {country} place outside the MENA box: {la}, {lo}')
            if type_ in ('PERSON', 'ORGANIZATION'):
                warnings.append(f'{where}: {id_}: coordinates on a {type_}')

    # Names shared by several records of one type: allowed by the format when
    # one is the usual referent, listed here so that it is a decision.
    owners = collections.defaultdict(set)
    for _, _, c in records:
        for n in [c[3]] + split_list(c[5]):
            owners[(c[1], norm_ar(n))].add(c[0])
    shared = sorted((t, k, sorted(ids)) for (t, k), ids in owners.items() if len(ids) > 1)

    total_r = sum(per_file.values())
    total_a = sum(alias_count.values())
    for name in sorted(per_file):
        print(f'{name}: {per_file[name]} records, {alias_count[name]} aliases')
    print(f'total: {total_r} records, {total_a} aliases in {len(per_file)} files')
    if shared:
        print(f'\n{len(shared)} Arabic names shared by several records of one type:')
        for t, k, ids in shared:
            print(f'  {t} {k}: {", ".join(ids)}')
    if warnings:
        print(f'\n{len(warnings)} warnings:')
        for w in warnings:
            print('  ' + w)
    if errors:
        print(f'\n{len(errors)} errors:')
        for e in errors:
            print('  ' + e)
        return 1
    print('\nno errors')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
