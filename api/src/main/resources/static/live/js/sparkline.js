// A tiny SVG sparkline: line, soft area and the latest point. Decorative (aria-hidden); the caller
// gives the figures in text.

const SVG = 'http://www.w3.org/2000/svg';

/** Returns an <svg> for the points ([{time, value}], any order) or null when there are fewer than two. */
export function sparkline(points, { width = 160, height = 36, className = '' } = {}) {
	const data = points
		.map((p) => ({ x: new Date(p.time).getTime(), y: Number(p.value) }))
		.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
		.sort((a, b) => a.x - b.x);
	if (data.length < 2) {
		return null;
	}
	const minX = data[0].x;
	const spanX = Math.max(data[data.length - 1].x - minX, 1);
	let minY = Math.min(...data.map((p) => p.y));
	let maxY = Math.max(...data.map((p) => p.y));
	if (maxY - minY < 1e-9) {
		minY -= 1;
		maxY += 1;
	}
	const pad = 3;
	const sx = (x) => pad + ((x - minX) / spanX) * (width - 2 * pad);
	const sy = (y) => height - pad - ((y - minY) / (maxY - minY)) * (height - 2 * pad);
	const line = data.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)} ${sy(p.y).toFixed(1)}`).join('');
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
	svg.setAttribute('class', `spark ${className}`.trim());
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('preserveAspectRatio', 'none');
	const last = data[data.length - 1];
	svg.innerHTML = `<path class="spark-area" d="${line}L${sx(last.x).toFixed(1)} ${height}L${sx(minX).toFixed(1)} ${height}Z"/>`
		+ `<path class="spark-line" d="${line}" vector-effect="non-scaling-stroke"/>`;
	return svg;
}
