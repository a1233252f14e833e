/*
 * Page-level keyboard help for the viewer (org.kharita.ui.MainView).
 */

// The skip link at the top of the page jumps to the map, whose container takes arrow keys and +/-;
// a Tab from there walks the markers.
document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('.kharita-skip-link') : null;
  if (!link) return;
  e.preventDefault();
  const map = document.querySelector('kharita-leaflet-map .leaflet-container');
  if (map) map.focus();
});
