// "Voorstel overnemen": fills the decision form with the UPL proposal (scope, message types, the uniform name).
document.querySelectorAll("#feed-facts button.fill-proposal").forEach(function (button) {
  button.addEventListener("click", function () {
    const form = document.getElementById(this.dataset.form);
    if (!form) { return; }
    form.querySelector("input[name=inScope][value='" + this.dataset.scope + "']").checked = true;
    this.dataset.types.split(",").filter(Boolean).forEach(function (t) {
      const box = form.querySelector("input[name=messageTypes][value='" + t + "']");
      if (box) { box.checked = true; }
    });
    const notes = form.querySelector("textarea[name=notes]");
    if (this.dataset.name && notes && notes.value.indexOf(this.dataset.name) < 0) {
      notes.value = (notes.value ? notes.value + "\n" : "") + "Uniforme productnaam (UPL-voorstel, bevestigd): " + this.dataset.name;
    }
    form.scrollIntoView();
    form.querySelector("button[type=submit]").focus();
  });
});
