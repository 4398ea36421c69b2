// Ingest panel: drop or choose files (one request per file, so the progress
// is n/total), or paste an article's text. Each result links to the stored
// document.

import { api, type IngestResult } from '../api';
import { bdi, clear, h } from '../dom';
import type { View } from '../view';
import { docHref } from '../widgets';

const ACCEPT = '.txt,.html,.htm,.xhtml,.md,.json,.jsonl,.ndjson,.pdf,.xml,.csv';

function resultRow(name: string, r: IngestResult | null, err: unknown): HTMLElement {
  if (!r) {
    return h('li', { class: 'ingest-row failed' }, h('strong', null, bdi(name)), ' — ', h('span', { class: 'error-text' }, err instanceof Error ? err.message : String(err)));
  }
  const totals = Object.entries(r.totals)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
  return h(
    'li',
    { class: `ingest-row ${r.errors.length ? 'partial' : 'ok'}` },
    h('strong', null, bdi(name)),
    h('span', { class: 'muted small' }, ` — خُزّنت ${r.stored}، تُخطّيت ${r.skipped}${r.errors.length ? `، أخطاء ${r.errors.length}` : ''}`),
    r.documents.length ? h('div', { class: 'chips' }, r.documents.map((d) => h('a', { class: 'chip chip-link', href: docHref(d) }, bdi(d)))) : null,
    totals ? h('div', { class: 'muted small', dir: 'ltr' }, totals) : null,
    r.errors.length ? h('ul', { class: 'error-text small' }, r.errors.map((e) => h('li', null, bdi(e.doc), ': ', bdi(e.error)))) : null,
  );
}

const ingest: View = async (container) => {
  clear(container);
  const results = h('ul', { class: 'ingest-results', id: 'ingest-results' });
  const progress = h('progress', { id: 'ingest-progress', hidden: true });
  const progressText = h('span', { class: 'muted', id: 'ingest-progress-text', role: 'status' });
  const fileInput = h('input', { type: 'file', id: 'ingest-files', hidden: true });
  fileInput.multiple = true;
  fileInput.accept = ACCEPT;
  let busy = false;

  async function upload(files: File[]): Promise<void> {
    if (busy || !files.length) return;
    busy = true;
    progress.hidden = false;
    progress.max = files.length;
    progress.value = 0;
    let failed = 0;
    for (let i = 0; i < files.length; i++) {
      progressText.textContent = `${i + 1}/${files.length} — ${files[i].name}`;
      try {
        results.prepend(resultRow(files[i].name, await api.ingestFile(files[i]), null));
      } catch (err) {
        failed += 1;
        results.prepend(resultRow(files[i].name, null, err));
      }
      progress.value = i + 1;
    }
    progressText.textContent = `${files.length}/${files.length} — انتهى${failed ? ` (${failed} فشل)` : ''}`;
    busy = false;
  }

  const drop = h(
    'div',
    { class: 'dropzone', id: 'dropzone', tabindex: 0, role: 'button', aria: { label: 'أسقط الملفات هنا أو انقر للاختيار' } },
    h('strong', null, 'أسقط الملفات هنا'),
    h('span', { class: 'muted' }, 'أو انقر لاختيارها — نص، HTML، JSON lines، PDF'),
    h('small', { class: 'latin' }, 'Drop files here or click to choose'),
  );
  drop.addEventListener('click', () => fileInput.click());
  drop.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') fileInput.click();
  });
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    void upload(Array.from(ev.dataTransfer?.files ?? []));
  });
  fileInput.addEventListener('change', () => {
    void upload(Array.from(fileInput.files ?? []));
    fileInput.value = '';
  });

  const title = h('input', { type: 'text', id: 'paste-title', placeholder: 'العنوان (اختياري)', dir: 'auto' });
  const text = h('textarea', { id: 'paste-text', placeholder: 'الصق نص المقال هنا…', dir: 'auto' });
  text.rows = 10;
  const submit = h('button', { type: 'submit', class: 'btn primary', id: 'paste-submit' }, 'أضف النص · Ingest');
  const form = h(
    'form',
    {
      class: 'paste-form',
      on: {
        submit: async (ev) => {
          ev.preventDefault();
          if (busy || !text.value.trim()) return;
          busy = true;
          submit.disabled = true;
          progressText.textContent = 'جارٍ التحليل…';
          const name = title.value.trim() || 'نص ملصق';
          try {
            results.prepend(resultRow(name, await api.ingestText(text.value, title.value.trim()), null));
            text.value = '';
            title.value = '';
            progressText.textContent = 'تم';
          } catch (err) {
            results.prepend(resultRow(name, null, err));
            progressText.textContent = '';
          } finally {
            busy = false;
            submit.disabled = false;
          }
        },
      },
    },
    title,
    text,
    submit,
  );

  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'إضافة وثائق', h('span', { class: 'latin' }, 'Ingest')),
      h('p', { class: 'muted' }, 'تُحلَّل كل وثيقة وتُضاف إلى قاعدة المعارف. الوثيقة المخزنة مسبقًا بالمحتوى نفسه تُتخطّى.'),
    ),
  );
  container.appendChild(
    h(
      'div',
      { class: 'grid-2' },
      h('section', { class: 'card' }, h('h3', null, 'ملفات', h('span', { class: 'latin' }, 'Files')), drop, fileInput, h('div', { class: 'progress-row' }, progress, progressText)),
      h('section', { class: 'card' }, h('h3', null, 'نص ملصق', h('span', { class: 'latin' }, 'Paste text')), form),
    ),
  );
  container.appendChild(h('section', { class: 'card' }, h('h3', null, 'النتائج', h('span', { class: 'latin' }, 'Results')), results));
};

export default ingest;
