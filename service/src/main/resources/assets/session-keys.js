// Session mode: n/p or arrows go to the next/previous product (asking first when the form has unsaved changes),
// s or Ctrl+Enter saves, Escape leaves a field. Following the chair swaps the page's content (htmx): the elements
// are looked up when used, and a swap never throws away what someone is typing in the decision form.
(function () {
  var dirty = false;
  function form() { return document.querySelector('form.decision'); }
  function inForm(el) { return el && el.closest && el.closest('form.decision'); }
  document.addEventListener('input', function (e) { if (inForm(e.target)) { dirty = true; } });
  document.addEventListener('change', function (e) { if (inForm(e.target) || e.target === form()) { dirty = true; } });
  document.addEventListener('submit', function (e) { if (inForm(e.target)) { dirty = false; } });
  // the chair moved on while this person types: keep the entry, say so, and follow once it is saved or left
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (dirty && e.detail.target && e.detail.target.id === 'sessie-inhoud') {
      e.detail.shouldSwap = false;
      var notice = document.getElementById('volgen-wacht');
      if (notice) { notice.hidden = false; }
    }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    if (e.detail.target && e.detail.target.id === 'sessie-inhoud') { dirty = false; }
  });
  // true while the focus is in a field where letters and arrows mean typing or choosing
  function inField(el, arrow) {
    if (!el || !el.tagName) { return false; }
    if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') { return true; }
    if (el.tagName !== 'INPUT') { return false; }
    var type = (el.getAttribute('type') || 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') { return arrow; }
    return type !== 'button' && type !== 'submit' && type !== 'reset' && type !== 'hidden';
  }
  function go(link) {
    if (!link) { return; }
    if (dirty && !window.confirm('U hebt wijzigingen die niet zijn opgeslagen. Toch naar een ander product?')) { return; }
    window.location.href = link.href;
  }
  function save() {
    var f = form();
    dirty = false;
    if (f.requestSubmit) { f.requestSubmit(); } else { f.submit(); }
  }
  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.isComposing) { return; }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      if (form()) { e.preventDefault(); save(); }
      return;
    }
    if (e.key === 'Escape' && document.activeElement && document.activeElement !== document.body) {
      document.activeElement.blur();
      return;
    }
    var arrow = e.key === 'ArrowRight' || e.key === 'ArrowLeft';
    if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || inField(e.target, arrow)) { return; }
    if (e.key === 'n' || e.key === 'ArrowRight') { e.preventDefault(); go(document.getElementById('volgende')); }
    else if (e.key === 'p' || e.key === 'ArrowLeft') { e.preventDefault(); go(document.getElementById('vorige')); }
    else if (e.key === 's' && form()) { e.preventDefault(); save(); }
  });
})();
