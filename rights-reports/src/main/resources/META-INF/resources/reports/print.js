// The print view of a report opens the print dialog once loaded. Kept in a file of its own because
// the site's Content-Security-Policy allows scripts from our origin only, never inline ones.
window.addEventListener("load", function () {
  window.print();
});
