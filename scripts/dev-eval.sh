#!/usr/bin/env bash
# Scores the engine on ../shared/dev-eval with the shared scorers, on all 43 passages and on two splits:
#   tune — the passages whose errors we may read and write rules from;
#   held — the passages nobody reads errors on (within each language, every second new passage by id),
#          so a rule fitted to the tune split is measured on text it was not written from.
# Usage: scripts/dev-eval.sh [JAR] [OUTDIR]   (defaults: target/kharita.jar, target/dev-eval)
# Writes OUTDIR/{in,out}.jsonl, the gold files per split, and OUTDIR/{places,events}-{all,tune,held}.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/kharita.jar}
out=${2:-target/dev-eval}
shared=${SHARED:-../shared}
[ -d "$shared/dev-eval" ] || { echo "dev-eval: $shared/dev-eval is absent" >&2; exit 2; }
mkdir -p "$out"
python3 - "$shared" "$out" <<'PY'
import json, sys
from collections import defaultdict
shared, out = sys.argv[1], sys.argv[2]
arts = [json.loads(l) for l in open(f'{shared}/dev-eval/articles.jsonl', encoding='utf-8') if l.strip()]
gold_ev = {json.loads(l)['id']: l for l in open(f'{shared}/dev-eval/events-gold.jsonl', encoding='utf-8') if l.strip()}
# held-out: among the 36 passages added for unseen-text scoring, every second one per language (sorted id)
new_by_lang = defaultdict(list)
for a in arts:
    if a['id'] in gold_ev:
        new_by_lang[a['language']].append(a['id'])
held = {i for ids in new_by_lang.values() for k, i in enumerate(sorted(ids)) if k % 2 == 1}
with open(f'{out}/in.jsonl', 'w', encoding='utf-8') as f:
    for a in arts:
        pd = a.get('publication_date')
        f.write(json.dumps({'id': a['id'], 'text': a['text'], 'language': a['language'],
                            **({'publishedAt': pd} if pd and len(pd) == 10 else {})}, ensure_ascii=False) + '\n')
for split, keep in (('all', lambda i: True), ('tune', lambda i: i not in held), ('held', lambda i: i in held)):
    with open(f'{out}/articles-{split}.jsonl', 'w', encoding='utf-8') as f:
        for a in arts:
            if keep(a['id']): f.write(json.dumps(a, ensure_ascii=False) + '\n')
    with open(f'{out}/articles-ev-{split}.jsonl', 'w', encoding='utf-8') as f:
        for a in arts:
            if keep(a['id']) and a['id'] in gold_ev: f.write(json.dumps(a, ensure_ascii=False) + '\n')
    with open(f'{out}/events-gold-{split}.jsonl', 'w', encoding='utf-8') as f:
        for a in arts:
            if keep(a['id']) and a['id'] in gold_ev: f.write(gold_ev[a['id']])
print('held-out passages:', ' '.join(sorted(held)))
PY
java -Xmx512m -jar "$jar" geoparse --jsonl "$out/in.jsonl" > "$out/out.jsonl"
for split in all tune held; do
  python3 "$shared/tools/eval_geoparse.py" "$out/articles-$split.jsonl" "$out/out.jsonl" > "$out/places-$split.txt"
  # the events scorer wants an articles file holding only passages with gold events
  python3 "$shared/tools/eval_events.py" --gold "$out/events-gold-$split.jsonl" --articles "$out/articles-ev-$split.jsonl" \
      --system "$out/out.jsonl" --json "$out/events-errors-$split.json" > "$out/events-$split.txt" 2>/dev/null
  echo "== $split: places"; grep -E "^(all|ar|en|ru|uk) \{" "$out/places-$split.txt"
  echo "== $split: events (lenient F1 per language, then fields)"; grep -E "^(all|lang:..) " "$out/events-$split.txt" | head -5
  grep -E "^all (date|claim|counts)" "$out/events-$split.txt"
done
