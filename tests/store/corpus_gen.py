"""Builds a larger corpus for ingest tests by repeating and varying the
project's own example articles (examples/corpus): each copy gets a distinct
closing paragraph, so every document has its own content hash."""
import json
import os
import re

NAMES = ['خليفة حفتر', 'عبد الحميد الدبيبة', 'فلاديمير بوتين', 'رجب طيب أردوغان', 'عبد الفتاح البرهان']
PLACES = ['بنغازي', 'طرابلس', 'دمشق', 'موسكو', 'أنقرة', 'الخرطوم', 'القاهرة']


def example_texts(source_dir):
    root = os.path.join(source_dir, 'examples', 'corpus')
    texts = []
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith('.txt'):
            texts.append(open(path, encoding='utf-8').read())
        elif name.endswith('.jsonl'):
            for line in open(path, encoding='utf-8'):
                if line.strip():
                    texts.append(json.loads(line).get('text', ''))
        elif name.endswith(('.html', '.htm')):
            html = open(path, encoding='utf-8').read()
            texts.append('\n'.join(re.sub(r'<[^>]+>', '', p) for p in re.findall(r'<p[^>]*>.*?</p>', html, re.S)))
    return [t for t in texts if len(t) > 200]


def write_corpus(source_dir, path, count):
    texts = example_texts(source_dir)
    with open(path, 'w', encoding='utf-8') as f:
        for n in range(count):
            name, place = NAMES[n % len(NAMES)], PLACES[(n // 3) % len(PLACES)]
            # "Report number n: X arrived in Y on day d, according to sources."
            tail = (f'\n\nالتقرير رقم {n}: وصل {name} إلى {place} يوم {1 + n % 28} '
                    f'مارس/آذار {2015 + n % 10}، بحسب مصادر مطلعة.')
            f.write(json.dumps({'id': f'gen-{n:05d}', 'title': f'تقرير {n}',
                                'date': f'{2015 + n % 10}-03-{1 + n % 28:02d}',
                                'source': 'rased-test', 'text': texts[n % len(texts)] + tail},
                               ensure_ascii=False) + '\n')
