// "Voorstel overnemen": fills the decision form with the UPL proposal (scope, message types, the uniform name).
// One listener on the document, so a button swapped in later (session mode follows the chair) works as well.
document.addEventListener("click", function (event) {
  const button = event.target.closest ? event.target.closest("button.fill-proposal") : null;
  if (!button) { return; }
  const form = document.getElementById(button.dataset.form);
  if (!form) { return; }
  form.querySelector("input[name=inScope][value='" + button.dataset.scope + "']").checked = true;
  button.dataset.types.split(",").filter(Boolean).forEach(function (t) {
    const box = form.querySelector("input[name=messageTypes][value='" + t + "']");
    if (box) { box.checked = true; }
  });
  const notes = form.querySelector("textarea[name=notes]");
  if (button.dataset.name && notes && notes.value.indexOf(button.dataset.name) < 0) {
    notes.value = (notes.value ? notes.value + "\n" : "") + "Uniforme productnaam (UPL-voorstel, bevestigd): " + button.dataset.name;
  }
  form.dispatchEvent(new Event("change", { bubbles: true })); // unsaved now, as if typed
  form.scrollIntoView();
  form.querySelector("button[type=submit]").focus();
});
