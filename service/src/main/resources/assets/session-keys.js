// Session mode: n/p or arrows go to the next/previous product (asking first when the form has unsaved changes),
// s or Ctrl+Enter saves, Escape leaves a field.
(function () {
  var form = document.querySelector('form.decision');
  var prev = document.getElementById('vorige');
  var next = document.getElementById('volgende');
  var dirty = false;
  if (form) {
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
  }
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
    dirty = false;
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  }
  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.isComposing) { return; }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      if (form) { e.preventDefault(); save(); }
      return;
    }
    if (e.key === 'Escape' && document.activeElement && document.activeElement !== document.body) {
      document.activeElement.blur();
      return;
    }
    var arrow = e.key === 'ArrowRight' || e.key === 'ArrowLeft';
    if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || inField(e.target, arrow)) { return; }
    if (e.key === 'n' || e.key === 'ArrowRight') { e.preventDefault(); go(next); }
    else if (e.key === 'p' || e.key === 'ArrowLeft') { e.preventDefault(); go(prev); }
    else if (e.key === 's' && form) { e.preventDefault(); save(); }
  });
})();
