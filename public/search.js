// Search is an enhancement: without JavaScript the page points to the list of schools. A file,
// not an inline script, so the Content-Security-Policy can refuse every inline script.
{
  const element = document.getElementById('search');
  new PagefindUI({ element: '#search', bundlePath: element.dataset.bundle, showImages: false, resetStyles: false });
}
