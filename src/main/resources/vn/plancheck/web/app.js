// plancheck's page: choosing and dropping files, sending them, the filters, moving between a finding and its place,
// and the downloads (the files are sent again from the browser's memory: the server keeps nothing after an answer).
// Text from the server is inserted only as the server's own escaped HTML; text the script writes goes in textContent.
(function () {
  'use strict';

  var sent = null; // {files: [File], parent: File|null} of the results on the page

  function size(bytes) {
    if (bytes >= 1048576) {
      var mb = bytes / 1048576;
      return (mb === Math.round(mb) ? String(mb) : mb.toFixed(1).replace('.', ',')) + ' MB';
    }
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  // ------------------------------------------------------------------ the form
  var form = document.getElementById('upload');
  if (form) {
    var input = document.getElementById('files');
    var drop = document.getElementById('drop');
    var list = document.getElementById('chosen');
    var parentPick = document.getElementById('parent-pick');
    var status = document.getElementById('status');
    var results = document.getElementById('results');
    var go = document.getElementById('go');
    var maxFiles = parseInt(form.getAttribute('data-max-files'), 10);
    var maxFile = parseInt(form.getAttribute('data-max-file'), 10);
    var maxTotal = parseInt(form.getAttribute('data-max-total'), 10);
    var chosen = [];
    var parentIndex = -1;

    // with the script, the parent plan is marked among the chosen files
    parentPick.hidden = true;
    document.getElementById('parent').disabled = true;

    function add(files) {
      for (var i = 0; i < files.length; i++) {
        var f = files[i];
        var dup = chosen.some(function (c) { return c.name === f.name && c.size === f.size && c.lastModified === f.lastModified; });
        if (!dup) {
          chosen.push(f);
        }
      }
      render();
    }

    function render() {
      list.textContent = '';
      list.hidden = chosen.length === 0;
      if (chosen.length === 0) {
        return;
      }
      var total = chosen.reduce(function (s, f) { return s + f.size; }, 0);
      var table = el('table', null, 'files');
      var cap = el('caption', chosen.length + ' tệp đã chọn (' + size(total) + ')');
      table.appendChild(cap);
      var head = el('tr');
      ['Tệp', 'Dung lượng', 'Kế hoạch cấp trên', ''].forEach(function (t) {
        var th = el('th', t);
        th.scope = 'col';
        head.appendChild(th);
      });
      var thead = el('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var body = el('tbody');
      chosen.forEach(function (f, i) {
        var tr = el('tr');
        tr.appendChild(el('td', f.name));
        tr.appendChild(el('td', size(f.size), 'num'));
        var td = el('td');
        var label = el('label');
        var radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'parent-choice';
        radio.checked = i === parentIndex;
        radio.addEventListener('change', function () { parentIndex = i; });
        label.appendChild(radio);
        label.appendChild(document.createTextNode(' là kế hoạch cấp trên'));
        td.appendChild(label);
        tr.appendChild(td);
        var rm = el('td');
        var b = el('button', 'Bỏ');
        b.type = 'button';
        b.setAttribute('aria-label', 'Bỏ tệp ' + f.name);
        b.addEventListener('click', function () {
          chosen.splice(i, 1);
          if (parentIndex === i) {
            parentIndex = -1;
          } else if (parentIndex > i) {
            parentIndex--;
          }
          render();
          input.focus();
        });
        rm.appendChild(b);
        tr.appendChild(rm);
        body.appendChild(tr);
      });
      var none = el('tr');
      var cell = el('td');
      cell.colSpan = 4;
      var l = el('label');
      var r = document.createElement('input');
      r.type = 'radio';
      r.name = 'parent-choice';
      r.checked = parentIndex < 0;
      r.addEventListener('change', function () { parentIndex = -1; });
      l.appendChild(r);
      l.appendChild(document.createTextNode(' Không có kế hoạch cấp trên (hoặc để plancheck tự tìm trong các tệp đã chọn)'));
      cell.appendChild(l);
      none.appendChild(cell);
      body.appendChild(none);
      table.appendChild(body);
      list.appendChild(table);
    }

    function problem() {
      if (chosen.length === 0) {
        return 'Chưa có tệp nào để kiểm tra: hãy chọn hoặc kéo thả ít nhất một tệp.';
      }
      if (parentIndex >= 0 && chosen.length === 1) {
        return 'Chỉ có kế hoạch cấp trên: hãy chọn thêm các kế hoạch cần đối chiếu với nó.';
      }
      if (chosen.length > maxFiles) {
        return 'Mỗi lần chỉ gửi được tối đa ' + maxFiles + ' tệp: hãy chia thành nhiều lần kiểm tra.';
      }
      var total = 0;
      for (var i = 0; i < chosen.length; i++) {
        if (chosen[i].size > maxFile) {
          return 'Tệp “' + chosen[i].name + '” lớn hơn ' + size(maxFile) + ' cho mỗi tệp: hãy tách hoặc nén tệp.';
        }
        total += chosen[i].size;
      }
      if (total > maxTotal) {
        return 'Tổng dung lượng các tệp gửi một lần vượt quá ' + size(maxTotal) + ': hãy chia thành nhiều lần kiểm tra.';
      }
      return null;
    }

    input.addEventListener('change', function () {
      add(input.files);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (t) {
      form.addEventListener(t, function (e) {
        e.preventDefault();
        drop.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      form.addEventListener(t, function (e) {
        e.preventDefault();
        drop.classList.remove('over');
      });
    });
    form.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files) {
        add(e.dataTransfer.files);
      }
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var why = problem();
      if (why) {
        status.textContent = why;
        status.className = 'status bad';
        return;
      }
      var files = chosen.filter(function (f, i) { return i !== parentIndex; });
      var parent = parentIndex >= 0 ? chosen[parentIndex] : null;
      var started = Date.now();
      go.disabled = true;
      status.className = 'status';
      status.textContent = 'Đang kiểm tra ' + files.length + ' tệp…';
      var timer = setInterval(function () {
        status.textContent = 'Đang kiểm tra ' + files.length + ' tệp… ' + Math.round((Date.now() - started) / 1000) + ' giây';
      }, 1000);
      fetch('/kiem-tra?fragment=1', {method: 'POST', body: formData(files, parent)})
        .then(function (r) { return r.text().then(function (t) { return {ok: r.ok, text: t}; }); })
        .then(function (r) {
          results.innerHTML = r.text; // the server's page fragment, every document word escaped there
          if (r.ok) {
            sent = {files: files, parent: parent};
            status.textContent = 'Đã kiểm tra ' + files.length + ' tệp trong ' + ((Date.now() - started) / 1000).toFixed(1).replace('.', ',') + ' giây.';
            var title = document.getElementById('run-title');
            if (title) {
              title.scrollIntoView({block: 'start'});
              title.focus({preventScroll: true});
            }
          } else {
            status.textContent = 'Không kiểm tra được: xem thông báo bên dưới.';
            status.className = 'status bad';
          }
        })
        .catch(function () {
          status.textContent = 'Không kết nối được với máy chủ plancheck.';
          status.className = 'status bad';
        })
        .then(function () {
          clearInterval(timer);
          go.disabled = false;
        });
    });
  }

  function formData(files, parent) {
    var fd = new FormData();
    files.forEach(function (f) { fd.append('files', f, f.name); });
    if (parent) {
      fd.append('parent', parent, parent.name);
    }
    return fd;
  }

  // ------------------------------------------------------------------ downloads
  function fileName(disposition, fallback) {
    var m = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
    if (m) {
      try {
        return decodeURIComponent(m[1]);
      } catch (e) { /* fall through */ }
    }
    return fallback;
  }

  function download(button) {
    if (!sent) {
      return;
    }
    var kind = button.getAttribute('data-download');
    var files = sent.files;
    var url = {workbook: '/api/workbook', json: '/api/check', copy: '/api/copy', copies: '/api/copy'}[kind];
    var fallback = {workbook: 'plancheck-ket-qua.xlsx', json: 'plancheck-ket-qua.json', copies: 'ban-cho-nguoi-soat.zip'}[kind];
    if (kind === 'copy') {
      files = [sent.files[parseInt(button.getAttribute('data-index'), 10)]];
      fallback = files[0].name + '.plancheck.html';
    }
    var label = button.textContent;
    button.disabled = true;
    button.textContent = 'Đang chuẩn bị…';
    fetch(url, {method: 'POST', body: formData(files, sent.parent)})
      .then(function (r) {
        if (!r.ok) {
          return r.json().then(function (j) { throw new Error(j.error || 'Lỗi ' + r.status); });
        }
        var name = fileName(r.headers.get('Content-Disposition'), fallback);
        return r.blob().then(function (b) {
          var a = document.createElement('a');
          a.href = URL.createObjectURL(b);
          a.download = name;
          document.body.appendChild(a);
          a.click();
          setTimeout(function () {
            URL.revokeObjectURL(a.href);
            a.remove();
          }, 1000);
        });
      })
      .catch(function (e) {
        window.alert('Không tải được: ' + e.message);
      })
      .then(function () {
        button.disabled = false;
        button.textContent = label;
      });
  }

  // ------------------------------------------------------------------ findings and their places
  function current(findingId) {
    document.querySelectorAll('mark.current, .line.current').forEach(function (m) { m.classList.remove('current'); });
    document.querySelectorAll('mark[data-findings]').forEach(function (m) {
      if ((' ' + m.getAttribute('data-findings') + ' ').indexOf(' ' + findingId + ' ') >= 0) {
        m.classList.add('current');
      }
    });
  }

  function goTo(link) {
    var line = document.getElementById(link.getAttribute('href').slice(1));
    if (!line) {
      return false;
    }
    var pane = line.closest('.text');
    current(link.getAttribute('data-finding'));
    line.classList.add('current');
    if (pane && pane.scrollHeight > pane.clientHeight) {
      var top = line.offsetTop - pane.offsetTop;
      pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
      var r = pane.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) {
        pane.scrollIntoView({block: 'nearest'});
      }
    } else {
      line.scrollIntoView({block: 'center'});
    }
    line.focus({preventScroll: true});
    return true;
  }

  function back(link) {
    var item = document.getElementById(link.getAttribute('href').slice(1));
    if (!item) {
      return false;
    }
    if (item.hidden) {
      item.hidden = false; // a filtered finding shows when asked for
    }
    item.setAttribute('tabindex', '-1');
    item.scrollIntoView({block: 'center'});
    item.focus({preventScroll: true});
    return true;
  }

  function filter(section) {
    var sev = {};
    var cat = {};
    section.querySelectorAll('[data-filter-sev]').forEach(function (c) { sev[c.getAttribute('data-filter-sev')] = c.checked; });
    section.querySelectorAll('[data-filter-cat]').forEach(function (c) { cat[c.getAttribute('data-filter-cat')] = c.checked; });
    var off = {};
    section.querySelectorAll('li.finding').forEach(function (li) {
      var show = sev[li.getAttribute('data-sev')] !== false && cat[li.getAttribute('data-cat')] !== false;
      li.hidden = !show;
      if (!show) {
        off[li.id] = true;
      }
    });
    section.querySelectorAll('mark[data-findings]').forEach(function (m) {
      var ids = m.getAttribute('data-findings').split(' ');
      m.classList.toggle('off', ids.every(function (id) { return off[id]; }));
    });
    section.querySelectorAll('a.back').forEach(function (a) {
      a.hidden = !!off[a.getAttribute('href').slice(1)];
    });
  }

  document.addEventListener('click', function (e) {
    var t = e.target.closest('a.goto, a.back, button[data-download], button[data-print]');
    if (!t) {
      return;
    }
    if (t.matches('a.goto')) {
      if (goTo(t)) {
        e.preventDefault();
      }
    } else if (t.matches('a.back')) {
      if (back(t)) {
        e.preventDefault();
      }
    } else if (t.matches('button[data-download]')) {
      download(t);
    } else {
      window.print();
    }
  });

  document.addEventListener('change', function (e) {
    if (e.target.matches('[data-filter-sev], [data-filter-cat]')) {
      filter(e.target.closest('section.run'));
    }
  });

  // ------------------------------------------------------------------ the rule catalog
  var find = document.getElementById('rule-filter');
  if (find) {
    find.addEventListener('input', function () {
      var q = find.value.trim().toLowerCase();
      document.querySelectorAll('#catalog tbody tr').forEach(function (tr) {
        tr.hidden = q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
})();
