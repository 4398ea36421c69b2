// The stored documents, page by page, each opening in the reader.

import { api } from '../api';
import { bdi, clear, empty, h, route } from '../dom';
import { formatIsoDate } from '../text';
import type { View } from '../view';
import { docHref, shortDocId } from '../widgets';

const PAGE = 50;

const documents: View = async (container, ctx) => {
  const page = Math.max(0, Number(ctx.params.get('page') ?? '0') || 0);
  const docs = await api.documents(PAGE + 1, page * PAGE);
  if (!ctx.isCurrent()) return;
  clear(container);
  const more = docs.length > PAGE;
  container.appendChild(
    h('div', { class: 'page-head' }, h('h1', null, 'الوثائق', h('span', { class: 'latin' }, 'Documents')), h('p', { class: 'muted' }, 'افتح وثيقة لقراءتها مع الكيانات والعلاقات مبرزة.')),
  );
  if (!docs.length) {
    container.appendChild(h('div', { class: 'card' }, empty('لا وثائق بعد. '), h('a', { href: '#/ingest' }, 'أضف وثائق')));
    return;
  }
  container.appendChild(
    h(
      'div',
      { class: 'card' },
      h(
        'table',
        { class: 'table', id: 'documents-table' },
        h('thead', null, h('tr', null, h('th', null, 'العنوان'), h('th', null, 'الناشر'), h('th', null, 'التاريخ'), h('th', null, 'إشارات'))),
        h(
          'tbody',
          null,
          docs.slice(0, PAGE).map((d) =>
            h(
              'tr',
              null,
              h(
                'td',
                null,
                h('a', { href: docHref(d.id) }, bdi(d.title || shortDocId(d.id))),
                d.near_duplicate_of ? h('span', { class: 'chip small' }, 'نسخة مكررة') : null,
                d.title ? h('div', { class: 'muted small doc-id', dir: 'ltr', title: d.id }, bdi(shortDocId(d.id))) : null,
              ),
              h('td', null, bdi(d.publisher)),
              h('td', { class: 'nowrap' }, formatIsoDate(d.published)),
              h('td', { class: 'num' }, String(d.mention_count)),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'pager' },
        page > 0 ? h('a', { class: 'btn', href: route('documents', { page: page - 1 }) }, '→ السابق') : null,
        h('span', { class: 'muted' }, `صفحة ${page + 1}`),
        more ? h('a', { class: 'btn', href: route('documents', { page: page + 1 }) }, 'التالي ←') : null,
      ),
    ),
  );
};

export default documents;
