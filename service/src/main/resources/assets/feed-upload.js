// Posts the chosen feed file as the request body with the CSRF header (the CSRF filter reads no multipart
// forms), shows the report and refreshes the overview. A file, not inline: the Content-Security-Policy runs no inline script.
document.getElementById("feed-upload").addEventListener("submit", async function (event) {
  event.preventDefault();
  const form = event.target;
  const file = form.querySelector("input[type=file]").files[0];
  const result = document.getElementById("feed-resultaat");
  if (!file) { return; }
  const button = form.querySelector("button");
  button.disabled = true;
  result.innerHTML = "<p>Bezig met inlezen van " + file.name.replace(/[<>&"]/g, "") + "…</p>";
  try {
    const answer = await fetch(form.action, {method: "POST", body: file, credentials: "same-origin",
      headers: {"Accept": "text/html", "Content-Type": "application/octet-stream", "X-CSRF-Token": form.dataset.csrf}});
    result.innerHTML = await answer.text();
    if (answer.ok) {
      const page = await fetch(location.pathname + "?gemeente=" + form.dataset.gemeente, {credentials: "same-origin"});
      const fresh = new DOMParser().parseFromString(await page.text(), "text/html").getElementById("catalogus-overzicht");
      if (fresh) { document.getElementById("catalogus-overzicht").replaceWith(fresh); }
    }
  } catch (e) {
    result.innerHTML = "<p class=\"error\" role=\"alert\">Het bestand kon niet worden verstuurd. Probeer het opnieuw.</p>";
  } finally {
    button.disabled = false;
  }
});
