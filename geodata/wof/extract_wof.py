#!/usr/bin/env python3
"""Builds geodata/wof/XX.tsv.gz from the Who's On First admin repositories (bare git mirrors).

Usage: python3 geodata/wof/extract_wof.py [MIRROR_ROOT] [OUT_DIR] [xx ...]
  MIRROR_ROOT defaults to /work/.mirror; each country is read from
  MIRROR_ROOT/whosonfirst-data+whosonfirst-data-admin-xx/repo at its HEAD.
  OUT_DIR defaults to the directory of this script. Country codes after it extract only those countries.

Needs python3 and git only. The output is a function of the mirrors' HEAD commits and of
geodata/admin1/*.tsv: rows sorted by WOF id, gzip written without a timestamp, so a rebuild from
the same commits is identical bit for bit (PROVENANCE.md lists the commits).
"""
import gzip
import json
import os
import subprocess
import sys
import threading

COUNTRIES = ['ua', 'sy', 'lb', 'ps', 'ye', 'sd', 'mm', 'il', 'iq', 'ly', 'cf', 'bf', 'ml', 'ne']
# locality: towns and villages; neighbourhood: city quarters and, in WOF, some camps
PLACETYPES = {'locality': 'PPL', 'neighbourhood': 'PPLX'}
LANGS = ['ukr', 'rus', 'ara', 'eng', 'mya', 'heb', 'und']
# historical names matter: Russian reporting still says Артёмовск, Красноармейск
QUALIFIERS = ['preferred', 'variant', 'colloquial', 'historical']
COLUMNS = ['wof_id', 'placetype', 'name', 'lat', 'lon', 'country', 'admin1_code', 'population',
           'gn_id', 'wd_id', 'names']


def git(gitdir, *args):
    return subprocess.run(['git', f'--git-dir={gitdir}', *args], check=True, capture_output=True).stdout


def features(gitdir):
    """Every data/**.geojson at HEAD except alternate geometries, parsed, in path order."""
    tree = git(gitdir, 'ls-tree', '-r', 'HEAD').decode('utf-8').splitlines()
    blobs = []
    for line in tree:
        meta, path = line.split('\t', 1)
        if path.startswith('data/') and path.endswith('.geojson') and '-alt-' not in path:
            blobs.append(meta.split()[2])
    proc = subprocess.Popen(['git', f'--git-dir={gitdir}', 'cat-file', '--batch'],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def feed():
        for b in blobs:
            proc.stdin.write((b + '\n').encode())
        proc.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    for _ in blobs:
        header = proc.stdout.readline().split()
        body = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)
        yield json.loads(body)
    proc.wait()


def current(p):
    if p.get('mz:is_current') == 0:
        return False
    if p.get('wof:superseded_by'):
        return False
    dep = p.get('edtf:deprecated')
    return not dep or dep in ('', 'uuuu')


def admin1_table(geodata, cc):
    """Our admin1 codes by ISO 3166-2 code, and the set of codes (GeoNames codes are FIPS numbers)."""
    path = os.path.join(geodata, 'admin1', cc.upper() + '.tsv')
    by_iso, codes = {}, set()
    if not os.path.exists(path):
        return by_iso, codes
    with open(path, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        for line in f:
            row = dict(zip(head, line.rstrip('\n').split('\t')))
            by_iso[row['iso_3166_2']] = row['admin1_code']
            codes.add(row['admin1_code'])
    return by_iso, codes


def region_code(p, by_iso, codes):
    conc = p.get('wof:concordances') or {}
    for iso in (p.get('iso:code'), conc.get('iso:code'), conc.get('iso:id')):
        if iso and iso in by_iso:
            return by_iso[iso]
    fips = conc.get('fips:code')
    if fips and fips[2:] in codes:
        return fips[2:]
    return ''


def gn_admin1(p, codes):
    raw = p.get('gn:admin1_code')
    if raw is None or raw == '':
        return ''
    s = str(raw)
    if s.endswith('.0'):
        s = s[:-2]
    if s.isdigit():
        s = s.zfill(2)
    return s if s in codes else ''


def clean(name):
    return ' '.join(str(name).replace('\t', ' ').replace('|', ' ').split())


def names_of(p):
    out = []
    for n in [p.get('wof:name')] + [p.get(k) for k in ('gn:name', 'gn:asciiname')]:
        if n:
            out.append(clean(n))
    for lang in LANGS:
        for q in QUALIFIERS:
            v = p.get(f'name:{lang}_x_{q}')
            if isinstance(v, str):
                v = [v]
            for n in v or []:
                if n:
                    out.append(clean(n))
    seen, uniq = set(), []
    for n in out:
        if n and n not in seen:
            seen.add(n)
            uniq.append(n)
    return uniq


def number(v):
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return 0


def extract(gitdir, cc, geodata):
    by_iso, codes = admin1_table(geodata, cc)
    regions, rows = {}, []
    for f in features(gitdir):
        p = f['properties']
        t = p.get('wof:placetype')
        if t == 'region':
            regions[p['wof:id']] = region_code(p, by_iso, codes)
        elif t in PLACETYPES and current(p):
            rows.append(p)
    out = []
    for p in rows:
        hier = (p.get('wof:hierarchy') or [{}])[0]
        a1 = regions.get(hier.get('region_id'), '') or gn_admin1(p, codes)
        lat = p.get('lbl:latitude', p.get('geom:latitude'))
        lon = p.get('lbl:longitude', p.get('geom:longitude'))
        if lat is None or lon is None or (lat == 0 and lon == 0):
            continue
        names = names_of(p)
        if not names:
            continue
        conc = p.get('wof:concordances') or {}
        gn = conc.get('gn:id') or p.get('gn:geonameid') or ''
        wd = conc.get('wd:id') or ''
        pop = max(number(p.get('wof:population')), number(p.get('gn:population')))
        country = (p.get('wof:country') or p.get('iso:country') or cc).upper()
        out.append([str(p['wof:id']), PLACETYPES[p['wof:placetype']], names[0], f'{float(lat):.5f}', f'{float(lon):.5f}',
                    country, a1, str(pop), str(number(gn)) if gn else '', str(wd), '|'.join(names[1:])])
    out.sort(key=lambda r: int(r[0]))
    return out


def main():
    mirrors = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror'
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[2] if len(sys.argv) > 2 else here
    geodata = os.path.dirname(here)
    for cc in sys.argv[3:] or COUNTRIES:
        gitdir = os.path.join(mirrors, f'whosonfirst-data+whosonfirst-data-admin-{cc}', 'repo')
        rows = extract(gitdir, cc, geodata)
        commit = git(gitdir, 'rev-parse', 'HEAD').decode().strip()
        date = git(gitdir, 'log', '-1', '--format=%cI', 'HEAD').decode().strip()
        path = os.path.join(outdir, cc.upper() + '.tsv.gz')
        with open(path, 'wb') as raw, gzip.GzipFile(filename='', mode='wb', fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(('\t'.join(COLUMNS) + '\n').encode('utf-8'))
            for r in rows:
                gz.write(('\t'.join(r) + '\n').encode('utf-8'))
        with_a1 = sum(1 for r in rows if r[6])
        with_gn = sum(1 for r in rows if r[8])
        print(f'{cc.upper()}\t{len(rows)} rows\tadmin1 {with_a1}\tgn {with_gn}\t{commit}\t{date}', flush=True)


if __name__ == '__main__':
    main()
