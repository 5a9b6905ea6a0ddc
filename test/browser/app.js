// The one-helper page of `npm run test:browser`: imports `mineralsOf` from the built package, as a consumer's
// bundler would, and shows the minerals tied to Kazakhstan. Plain JavaScript, so the type check of the repo
// does not need dist/ to exist.
import { mineralsOf } from 'critical-minerals';

const out = document.getElementById('out');
try {
  const minerals = [...new Set(mineralsOf('KZ').map((link) => link.mineral))];
  out.textContent = minerals.join(', ');
  out.dataset.status = 'ok';
} catch (error) {
  out.textContent = String(error);
  out.dataset.status = 'error';
}
