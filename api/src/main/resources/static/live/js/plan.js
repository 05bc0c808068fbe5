// The site plan: zones, roads, footpaths and sensor markers drawn as SVG from the manifest's WGS84
// coordinates (an equirectangular projection is exact enough for a site a few kilometres wide).
// No tiles, no map library. Markers keep their size on screen at every zoom level; parking bays,
// a few metres apart, are small dots in the overview and become tappable markers when zoomed in.
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const MARKER_PX = 13;
const BAY_M = 2.6;
const BAY_TAPPABLE_PX = 7;
const METRES_PER_DEGREE = 111_320;
// below this plan width (phones) the overview draws markers smaller
const COMPACT_WIDTH_PX = 600;
const COMPACT_MARKER_SCALE = 0.62;

function el(name, attributes = {}, parent = null) {
	const element = document.createElementNS(SVG, name);
	for (const [key, value] of Object.entries(attributes)) {
		element.setAttribute(key, value);
	}
	parent?.append(element);
	return element;
}

const ICONS = {
	parking: '<path fill-rule="evenodd" d="M7 4h6a5 5 0 0 1 0 10h-2.5v6H7zM10.5 7.5v3H13a1.5 1.5 0 0 0 0-3z"/>',
	traffic: '<path fill-rule="evenodd" d="M3.5 17v-4.5L6 6.5h12l2.5 6V17H19v2.2h-3V17H8v2.2H5V17zM7.5 11.5h9l-1.4-3.2H8.9zM7 13.2a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4zm10 0a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4z"/>',
	people: '<circle cx="12" cy="4.6" r="2.6"/><path d="M8.6 8.6h6.8l1.3 6.8h-2.4l-.7 6.1h-3.2l-.7-6.1H7.3z"/>',
	environment: '<path d="M7 19a4.5 4.5 0 0 1-.6-9A6 6 0 0 1 18 8.6 5.2 5.2 0 0 1 17.2 19z"/>',
	noise: '<path d="M2.5 9h4l5.5-4.5v15L6.5 15h-4z"/><path d="M15 8.8a4.5 4.5 0 0 1 0 6.4M17.6 6.3a8 8 0 0 1 0 11.4" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>',
	bin: '<path d="M5 5.5h14V7H5zM9.5 3h5v1.7h-5zM6.3 8.3h11.4L16.6 21H7.4z"/>',
};

export class SitePlan {

	constructor(container, store, onSelect) {
		this.container = container;
		this.store = store;
		this.onSelect = onSelect;
		this.markers = new Map();
		this.scaled = [];
		this.bays = [];
		this.zoneButtons = new Map();
		new ResizeObserver(() => this.rescale()).observe(container);
	}

	render() {
		const { site, zones, ways, sensors } = this.store;
		const points = [];
		zones.forEach((zone) => points.push(...zone.polygon));
		ways.forEach((way) => points.push(...way.line));
		sensors.forEach((sensor) => points.push({ lat: sensor.lat, lon: sensor.lon }));
		const valid = points.filter((p) => p && Number.isFinite(p.lat) && Number.isFinite(p.lon));
		if (valid.length === 0) {
			valid.push(site.centre ?? { lat: 0, lon: 0 });
		}
		this.fit(valid);
		this.scaled = [];
		this.bays = [];
		this.markers.clear();
		this.zoneButtons.clear();

		const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${this.height}`, role: 'group', class: 'plan-svg' });
		this.svg = svg;
		this.view = { x: 0, y: 0, w: WIDTH, h: this.height };
		const defs = el('defs', {}, svg);
		for (const [kind, body] of Object.entries(ICONS)) {
			el('symbol', { id: `icon-${kind}`, viewBox: '0 0 24 24' }, defs).innerHTML = body;
		}
		el('rect', { x: -WIDTH, y: -this.height, width: WIDTH * 3, height: this.height * 3, class: 'ground' }, svg);

		const zoneLayer = el('g', { class: 'zones' }, svg);
		const order = { park: 0, area: 1, car_park: 2 };
		const sorted = [...zones.values()].sort((a, b) => (order[a.type] ?? 3) - (order[b.type] ?? 3));
		for (const zone of sorted.filter((z) => z.polygon.length >= 3)) {
			const polygon = el('polygon', {
				points: zone.polygon.map((p) => this.xy(p).map((v) => v.toFixed(1)).join(',')).join(' '),
				class: `zone zone-${zone.type}`,
				'data-zone': zone.id,
			}, zoneLayer);
			if (zone.type === 'car_park') {
				polygon.setAttribute('role', 'button');
				polygon.setAttribute('tabindex', '0');
				const zoom = () => this.zoomToZone(zone.id);
				polygon.addEventListener('click', zoom);
				polygon.addEventListener('keydown', (event) => {
					if (event.key === 'Enter' || event.key === ' ') {
						event.preventDefault();
						zoom();
					}
				});
				this.zoneButtons.set(zone.id, polygon);
			}
			else {
				polygon.setAttribute('aria-hidden', 'true');
			}
		}
		const wayLayer = el('g', { class: 'ways', 'aria-hidden': 'true' }, svg);
		const wayNames = [];
		ways.forEach((way, index) => {
			const line = way.line.map((p) => this.xy(p));
			if (line[0][0] > line[line.length - 1][0]) {
				line.reverse();
			}
			const d = line.map((p, i) => `${i ? 'L' : 'M'}${p.map((v) => v.toFixed(1)).join(' ')}`).join('');
			if (way.type === 'road') {
				el('path', { d, class: 'road-casing', 'vector-effect': 'non-scaling-stroke' }, wayLayer);
			}
			el('path', { d, id: `way-${index}`, class: `way way-${way.type}`, 'vector-effect': 'non-scaling-stroke' }, wayLayer);
			if (way.type === 'road' && way.name) {
				wayNames.push([index, way.name]);
			}
		});
		this.wayLabels = el('g', { class: 'way-labels', 'aria-hidden': 'true' }, svg);
		for (const [index, name] of wayNames) {
			const text = el('text', { class: 'way-name', dy: '-0.9em' }, this.wayLabels);
			el('textPath', { href: `#way-${index}`, startOffset: '30%', 'text-anchor': 'middle' }, text).textContent = name;
		}

		const bayLayer = el('g', { class: 'bays' }, svg);
		const markerLayer = el('g', { class: 'markers' }, svg);
		const placed = [...sensors.values()].filter((s) => Number.isFinite(s.lat) && Number.isFinite(s.lon))
			.sort((a, b) => b.lat - a.lat);
		for (const sensor of placed) {
			const [x, y] = this.xy(sensor);
			const bay = sensor.kind === 'parking';
			const marker = el('g', {
				class: bay ? 'marker bay' : 'marker',
				role: 'button',
				tabindex: bay ? '-1' : '0',
				'data-sensor': sensor.id,
				'data-kind': sensor.kind,
			}, bay ? bayLayer : markerLayer);
			el('circle', { class: 'hit', r: bay ? MARKER_PX : 20 }, marker);
			el('circle', { class: 'halo', r: MARKER_PX }, marker);
			el('circle', { class: 'dot', r: MARKER_PX }, marker);
			el('use', { href: `#icon-${ICONS[sensor.kind] ? sensor.kind : 'environment'}`, x: -8, y: -8, width: 16, height: 16, class: 'icon' }, marker);
			marker.addEventListener('click', (event) => {
				event.stopPropagation();
				if (bay && !this.baysTappable) {
					this.zoomToZone(sensor.zone);
				}
				else {
					this.onSelect(sensor.id, marker);
				}
			});
			marker.addEventListener('keydown', (event) => {
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					this.onSelect(sensor.id, marker);
				}
			});
			marker.addEventListener('animationend', () => marker.classList.remove('pulse'));
			this.markers.set(sensor.id, marker);
			(bay ? this.bays : this.scaled).push({ node: marker, x, y });
		}

		// street names above the markers, so that no marker hides them
		svg.append(this.wayLabels);
		this.zoneLabels = new Map();
		const labelLayer = el('g', { class: 'labels', 'aria-hidden': 'true' }, svg);
		for (const zone of sorted.filter((z) => z.centre && (z.type === 'car_park' || z.polygon.length >= 3))) {
			const [x, y] = this.xy(zone.centre);
			const group = el('g', { class: `zone-label zone-label-${zone.type}` }, labelLayer);
			const text = el('text', { x: 0, y: 0, 'text-anchor': 'middle' }, group);
			el('tspan', { class: 'zone-name', x: 0 }, text).textContent = zone.type === 'car_park' ? zone.id : zone.name;
			const sub = el('tspan', { class: 'zone-sub', x: 0, dy: '1.2em' }, text);
			this.zoneLabels.set(zone.id, sub);
			this.scaled.push({ node: group, x, y, label: true });
		}

		this.container.replaceChildren(svg, this.controls());
		this.enablePanning();
		this.rescale();
		this.refresh();
	}

	controls() {
		const box = document.createElement('div');
		box.className = 'plan-controls';
		const button = (cls, text, key, action) => {
			const b = document.createElement('button');
			b.type = 'button';
			b.className = cls;
			b.textContent = text;
			b.dataset.i18nAttr = `aria-label:${key};title:${key}`;
			b.setAttribute('aria-label', t(key));
			b.title = t(key);
			b.addEventListener('click', action);
			box.append(b);
			return b;
		};
		button('zoom-in', '+', 'plan.zoomIn', () => this.zoomBy(0.5));
		button('zoom-out', '−', 'plan.zoomOut', () => this.zoomBy(2));
		this.resetButton = button('zoom-reset', '⤢', 'plan.overview', () => this.animateTo({ x: 0, y: 0, w: WIDTH, h: this.height }));
		return box;
	}

	/** Bounding box with padding, then the height of the plan for a width of 1000 units. */
	fit(points) {
		const lats = points.map((p) => p.lat);
		const lons = points.map((p) => p.lon);
		const minLat = Math.min(...lats);
		const maxLat = Math.max(...lats);
		const minLon = Math.min(...lons);
		const maxLon = Math.max(...lons);
		this.cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
		const spanX = Math.max((maxLon - minLon) * this.cos, 1e-4);
		const spanY = Math.max(maxLat - minLat, 1e-4);
		const pad = 0.05;
		const inner = WIDTH * (1 - 2 * pad);
		this.k = Math.min(inner / spanX, (inner * 1.25) / spanY);
		this.height = Math.round(Math.max(spanY * this.k + WIDTH * 2 * pad, WIDTH * 0.5));
		this.x0 = (WIDTH - spanX * this.k) / 2 - minLon * this.cos * this.k;
		this.y0 = (this.height - spanY * this.k) / 2 + maxLat * this.k;
	}

	xy(point) {
		return [this.x0 + point.lon * this.cos * this.k, this.y0 - point.lat * this.k];
	}

	setView(view) {
		const minW = 30;
		const w = Math.min(Math.max(view.w, minW), WIDTH);
		const h = (w / WIDTH) * this.height;
		const x = Math.min(Math.max(view.x + (view.w - w) / 2, 0), WIDTH - w);
		const y = Math.min(Math.max(view.y + (view.h - h) / 2, 0), this.height - h);
		this.view = { x, y, w, h };
		this.svg.setAttribute('viewBox', `${x.toFixed(2)} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}`);
		this.rescale();
	}

	animateTo(target) {
		const start = { ...this.view };
		const begin = performance.now();
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		const step = (now) => {
			const p = reduce ? 1 : Math.min((now - begin) / 350, 1);
			const e = 1 - (1 - p) ** 3;
			this.setView({
				x: start.x + (target.x - start.x) * e,
				y: start.y + (target.y - start.y) * e,
				w: start.w + (target.w - start.w) * e,
				h: start.h + (target.h - start.h) * e,
			});
			if (p < 1) {
				requestAnimationFrame(step);
			}
		};
		requestAnimationFrame(step);
	}

	zoomBy(factor, cx = this.view.x + this.view.w / 2, cy = this.view.y + this.view.h / 2) {
		const w = this.view.w * factor;
		const h = this.view.h * factor;
		this.animateTo({ x: cx - w / 2, y: cy - h / 2, w, h });
	}

	/** Zooms to a car park's bays (or its outline) so that the bays become tappable markers. */
	zoomToZone(zoneId) {
		const zone = this.store.zones.get(zoneId);
		const bays = [...this.store.sensors.values()].filter((s) => s.zone === zoneId && s.kind === 'parking' && Number.isFinite(s.lat));
		const outline = bays.length >= 2 ? bays : zone?.polygon ?? [];
		if (outline.length === 0) {
			return;
		}
		const xy = outline.map((p) => this.xy(p));
		const xs = xy.map((p) => p[0]);
		const ys = xy.map((p) => p[1]);
		const w = Math.max(...xs) - Math.min(...xs);
		const h = Math.max(...ys) - Math.min(...ys);
		const width = Math.max(w * 1.5, (h * 1.5 * WIDTH) / this.height, 40);
		const height = (width / WIDTH) * this.height;
		this.animateTo({ x: (Math.min(...xs) + Math.max(...xs) - width) / 2, y: (Math.min(...ys) + Math.max(...ys) - height) / 2, w: width, h: height });
	}

	enablePanning() {
		let drag = null;
		this.svg.addEventListener('pointerdown', (event) => {
			if (this.view.w < WIDTH && event.isPrimary) {
				drag = { x: event.clientX, y: event.clientY, view: { ...this.view }, moved: false };
			}
		});
		this.svg.addEventListener('pointermove', (event) => {
			if (!drag) {
				return;
			}
			const dx = event.clientX - drag.x;
			const dy = event.clientY - drag.y;
			if (!drag.moved && Math.hypot(dx, dy) < 6) {
				return;
			}
			drag.moved = true;
			this.svg.setPointerCapture?.(event.pointerId);
			const upp = this.unitsPerPx ?? 1;
			this.setView({ ...drag.view, x: drag.view.x - dx * upp, y: drag.view.y - dy * upp });
		});
		const end = (event) => {
			if (drag?.moved) {
				event.preventDefault();
				this.svg.addEventListener('click', (e) => e.stopPropagation(), { capture: true, once: true });
			}
			drag = null;
		};
		this.svg.addEventListener('pointerup', end);
		this.svg.addEventListener('pointercancel', () => {
			drag = null;
		});
		this.svg.addEventListener('wheel', (event) => {
			if (!event.ctrlKey && !event.metaKey && this.view.w >= WIDTH && event.deltaY > 0) {
				return;
			}
			event.preventDefault();
			const rect = this.svg.getBoundingClientRect();
			const cx = this.view.x + ((event.clientX - rect.left) / rect.width) * this.view.w;
			const cy = this.view.y + ((event.clientY - rect.top) / rect.height) * this.view.h;
			this.zoomBy(event.deltaY < 0 ? 0.7 : 1 / 0.7, cx, cy);
		}, { passive: false });
	}

	/** Keeps markers and labels at the same size on screen whatever the zoom and the plan's width. */
	rescale() {
		const rect = this.svg?.getBoundingClientRect();
		if (!rect?.width) {
			return;
		}
		const unitsPerPx = Math.max(this.view.w / rect.width, this.view.h / rect.height);
		this.unitsPerPx = unitsPerPx;
		// a phone showing the whole site: smaller markers, so that the place names stay readable
		const compact = rect.width < COMPACT_WIDTH_PX && this.view.w >= WIDTH - 0.5;
		const markerScale = compact ? COMPACT_MARKER_SCALE : 1;
		for (const item of this.scaled) {
			const scale = item.label ? unitsPerPx : unitsPerPx * markerScale;
			item.node.setAttribute('transform', `translate(${item.x.toFixed(1)} ${item.y.toFixed(1)}) scale(${scale.toFixed(4)})`);
		}
		this.svg.classList.toggle('compact', compact);
		this.wayLabels?.setAttribute('font-size', (11 * unitsPerPx).toFixed(3));
		const unitsPerMetre = this.k / METRES_PER_DEGREE;
		const bayPx = Math.min(Math.max((BAY_M * unitsPerMetre) / unitsPerPx, 2.2), MARKER_PX);
		this.baysTappable = bayPx >= BAY_TAPPABLE_PX;
		const bayScale = (bayPx / MARKER_PX) * unitsPerPx;
		for (const item of this.bays) {
			item.node.setAttribute('transform', `translate(${item.x.toFixed(1)} ${item.y.toFixed(1)}) scale(${bayScale.toFixed(4)})`);
			item.node.setAttribute('tabindex', this.baysTappable ? '0' : '-1');
		}
		this.svg.classList.toggle('bays-small', !this.baysTappable);
		this.svg.classList.toggle('zoomed', this.view.w < WIDTH - 0.5);
		this.zoneButtons.forEach((polygon) => polygon.setAttribute('tabindex', this.baysTappable ? '-1' : '0'));
	}

	/** Updates every marker's state, label and zone sub-label from the store. */
	refresh() {
		for (const id of this.markers.keys()) {
			this.update(id);
		}
		for (const [zoneId, sub] of this.zoneLabels ?? []) {
			const zone = this.store.zones.get(zoneId);
			const parking = this.store.parking(zoneId);
			const whole = zone.type === 'car_park' ? this.store.carPark(zoneId) : null;
			const free = zone.type === 'car_park' && parking.known > 0;
			sub.textContent = whole ? `${whole.free} ${t('state.free')}` : free ? `${parking.free} ${t('state.free')}` : '';
			const button = this.zoneButtons.get(zoneId);
			button?.setAttribute('aria-label', `${zone.name}: ${free ? t('panel.parking.freeOf', { free: parking.free, total: parking.known }) : ''} ${t('plan.zoomZone')}`);
		}
	}

	/** Updates one marker; with pulse it also flashes to show a reading has just arrived. */
	update(id, pulse = false) {
		const marker = this.markers.get(id);
		const sensor = this.store.sensors.get(id);
		if (!marker || !sensor) {
			return;
		}
		const state = this.store.stateOf(sensor);
		marker.dataset.state = state;
		marker.setAttribute('aria-label', `${sensor.name}: ${t(`kind.${sensor.kind}`)}, ${t(`state.${state}`)}`);
		if (pulse) {
			marker.dataset.updated = String(Date.now());
			marker.classList.remove('pulse');
			void marker.getBoundingClientRect();
			marker.classList.add('pulse');
		}
	}

	label(siteName, count) {
		this.svg?.setAttribute('aria-label', t('plan.label', { site: siteName, n: count }));
		this.container.querySelectorAll('.plan-controls [data-i18n-attr]').forEach((b) => {
			const key = b.dataset.i18nAttr.split(';')[0].split(':')[1];
			b.setAttribute('aria-label', t(key));
			b.title = t(key);
		});
	}

}
