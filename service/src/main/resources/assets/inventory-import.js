// Posts the chosen spreadsheet as the request body with the CSRF header (the CSRF filter reads no multipart forms)
// and puts the next step (mapping or preview) the server answers into the page. A file, not inline: the
// Content-Security-Policy runs no inline script.
document.addEventListener("submit", async function (event) {
  const form = event.target;
  if (form.id !== "import-upload") { return; }
  event.preventDefault();
  const file = form.querySelector("input[type=file]").files[0];
  const step = document.getElementById("import-stap");
  if (!file) { return; }
  const button = form.querySelector("button");
  button.disabled = true;
  try {
    const answer = await fetch(form.action, {method: "POST", body: file, credentials: "same-origin",
      headers: {"Accept": "text/html", "Content-Type": "application/octet-stream", "X-CSRF-Token": form.dataset.csrf,
        "X-File-Name": encodeURIComponent(file.name)}});
    step.innerHTML = await answer.text();
  } catch (e) {
    step.insertAdjacentHTML("afterbegin",
      "<p class=\"error\" role=\"alert\">Het bestand kon niet worden verstuurd. Probeer het opnieuw.</p>");
  } finally {
    button.disabled = false;
  }
});
