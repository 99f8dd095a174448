// agree overview: sorting and filtering the table of documents. Static code:
// it reads the table and the words the page gives it in data attributes, and
// writes only text and the hidden/aria-sort attributes — never markup.
(function () {
  'use strict';
  var table = document.getElementById('documents-table');
  var controls = document.getElementById('table-controls');
  if (!table || !controls) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var lang = document.documentElement.lang || undefined;
  var collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  // case, accents and runs of white space do not matter when searching
  var fold = function (s) { return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').toLowerCase(); };
  var texts = new Map();
  rows.forEach(function (row, i) {
    row.setAttribute('data-index', String(i));
    var cells = Array.prototype.map.call(row.cells, function (cell) { return cell.textContent || ''; });
    texts.set(row, fold(cells.join(' | ')));
  });

  // sorting: a button in each column heading; choosing it again reverses the order
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var sortKey = function (row, column) {
    var cell = row.cells[column];
    var value = cell ? cell.getAttribute('data-sort') : null;
    return value === null ? (cell ? cell.textContent || '' : '') : value;
  };
  var sortBy = function (column, descending) {
    var numeric = headers[column].getAttribute('data-type') === 'number';
    var keyed = rows.map(function (row) { return { row: row, key: sortKey(row, column), index: Number(row.getAttribute('data-index')) }; });
    keyed.sort(function (a, b) {
      // an empty value (no review, no PDF) goes last, whichever the direction
      if (a.key === '' || b.key === '') return a.key === b.key ? a.index - b.index : a.key === '' ? 1 : -1;
      var order = numeric ? Number(a.key) - Number(b.key) : collator.compare(a.key, b.key);
      if (order === 0) return a.index - b.index;
      return descending ? -order : order;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    tbody.appendChild(fragment);
    headers.forEach(function (th, i) {
      if (i === column) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
  };
  headers.forEach(function (th, column) {
    var button = th.querySelector('button.sort');
    if (!button) return;
    button.addEventListener('click', function () {
      sortBy(column, th.getAttribute('aria-sort') === 'ascending');
    });
  });

  // filtering: free text, status and kind together
  var input = document.getElementById('filter');
  var status = document.getElementById('status-filter');
  var kind = document.getElementById('kind-filter');
  var shown = document.getElementById('shown');
  var none = document.getElementById('none-shown');
  var template = shown.getAttribute('data-template') || '{shown}';
  var apply = function () {
    // the search is a phrase: "Kreis Nummer 12" finds Nummer 12 and 120 to 129, not every row with a 12
    var query = fold(input.value).trim();
    var wantStatus = status.value;
    var wantKind = kind.value;
    var count = 0;
    rows.forEach(function (row) {
      var text = texts.get(row);
      var match =
        (!wantStatus || row.getAttribute('data-status') === wantStatus) &&
        (!wantKind || row.getAttribute('data-kind') === wantKind) &&
        (query === '' || text.indexOf(query) !== -1);
      row.hidden = !match;
      if (match) count++;
    });
    shown.textContent = template.replace('{shown}', count.toLocaleString(lang));
    none.hidden = count !== 0;
  };
  input.addEventListener('input', apply);
  status.addEventListener('change', apply);
  kind.addEventListener('change', apply);
  controls.hidden = false;
})();
