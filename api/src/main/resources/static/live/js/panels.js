// The three panels: free spaces per car park, traffic of the last 15 minutes by direction, and air and
// noise now; each with a sparkline of the last hours.
import { t } from './i18n.js';
import { number, valueText, fieldName, directionName, level, clock } from './format.js';
import { sparkline } from './sparkline.js';

const AIR_FIELDS = ['co2_ppm', 'pm2_5_ugm3', 'pm10_ugm3', 'leq_db', 'temperature_c', 'relative_humidity_pct', 'fill_level_pct'];
export const SPARK_HOURS = 6;

function h(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [key, value] of Object.entries(attributes)) {
		if (key === 'text') {
			element.textContent = value;
		}
		else {
			element.setAttribute(key, value);
		}
	}
	element.append(...children.filter((child) => child !== null && child !== undefined));
	return element;
}

/** The main field of a sensor kind: the one its sparkline and history show. */
export function mainField(sensor) {
	switch (sensor.kind) {
		case 'parking':
			return 'occupied';
		case 'traffic':
		case 'people':
			return 'count';
		case 'noise':
			return 'leq_db';
		case 'bin':
			return 'fill_level_pct';
		default:
			return ['pm2_5_ugm3', 'co2_ppm', 'temperature_c'].find((field) => field in sensor.latest) ?? 'temperature_c';
	}
}

/** A span of simulated minutes as "6 h" or "45 min". */
function simulatedSpan(minutes) {
	return minutes >= 90 ? `${number(minutes / 60, minutes >= 600 ? 0 : 1)} h` : `${number(minutes, 0)} min`;
}

export class Panels {

	constructor(root, store) {
		this.root = root;
		this.store = store;
		this.sparks = new Map();
	}

	/** Stores sparkline points under a key ("zone:P1", "flow", "sensor:<id>"). */
	setSpark(key, points) {
		this.sparks.set(key, points);
	}

	render() {
		this.renderParking(this.root.querySelector('#panel-parking .panel-body'));
		this.renderTraffic(this.root.querySelector('#panel-traffic .panel-body'));
		this.renderAir(this.root.querySelector('#panel-air .panel-body'));
		const now = clock(Date.now(), this.store.site.timeZone);
		// with a simulated clock every time range here is real time: say so
		const simulated = this.store.siteClock?.clock === 'simulated';
		this.root.querySelectorAll('.panel-updated').forEach((node) => {
			node.textContent = t(simulated ? 'panel.updated.real' : 'panel.updated', { time: now });
		});
		const trafficTitle = this.root.querySelector('#panel-traffic-title');
		trafficTitle.textContent = simulated
			? t('panel.traffic.real', { sim: simulatedSpan(15 * this.store.siteClock.speed) }) : t('panel.traffic');
	}

	spark(key) {
		const points = this.sparks.get(key) ?? [];
		const svg = sparkline(points);
		if (!svg) {
			return null;
		}
		const simulated = this.store.siteClock?.clock === 'simulated';
		return h('div', { class: 'spark-wrap', title: t(simulated ? 'panel.spark.real' : 'panel.spark', { h: SPARK_HOURS }) }, svg,
			h('div', { class: 'spark-axis', 'aria-hidden': 'true' },
				h('span', { text: t('spark.start', { h: SPARK_HOURS }) }), h('span', { text: t('spark.now') })));
	}

	renderParking(body) {
		const carParks = [...this.store.zones.values()].filter((zone) => zone.type === 'car_park');
		const rows = carParks
			.map((zone) => ({ zone, parking: this.store.parking(zone.id) }))
			.filter(({ zone, parking }) => parking.total > 0 || zone.capacity);
		if (rows.length === 0) {
			body.replaceChildren(h('p', { class: 'empty', text: t('panel.parking.none') }));
			return;
		}
		body.replaceChildren(...rows.map(({ zone, parking }) => {
			const whole = this.store.carPark(zone.id);
			if (whole) {
				return this.wholeCarPark(zone, whole, parking);
			}
			const share = parking.known ? parking.free / parking.known : 0;
			const status = parking.known === 0 ? 'unknown' : share > 0.25 ? 'free' : share > 0 ? 'tight' : 'full';
			const bar = h('div', { class: 'bar', role: 'presentation' }, h('span', { style: `width:${Math.round(share * 100)}%` }));
			return h('div', { class: 'row parking-row', 'data-zone': zone.id, 'data-status': status },
				h('div', { class: 'row-head' },
					h('span', { class: 'zone-id', text: zone.id }),
					h('span', { class: 'zone-title', text: zone.name.replace(/^(Parkplatz|Car park)\s+\S+\s*/i, '').replace(/^\((.*)\)$/, '$1') || zone.name })),
				h('div', { class: 'figure' },
					h('strong', { class: 'free', text: parking.known ? String(parking.free) : '–' }),
					h('span', { class: 'unit', text: ` ${t('panel.parking.free')}` }),
					h('span', { class: 'of', text: t('panel.parking.of', { total: parking.total }) })),
				bar,
				this.spark(`zone:${zone.id}`));
		}));
	}

	/** A car park counted at its gates: free spaces of the whole capacity, the sampled bays beside. */
	wholeCarPark(zone, whole, parking) {
		const share = whole.capacity ? whole.free / whole.capacity : 0;
		const status = share > 0.25 ? 'free' : share > 0 ? 'tight' : 'full';
		const bar = h('div', { class: 'bar', role: 'presentation' }, h('span', { style: `width:${Math.round(share * 100)}%` }));
		return h('div', { class: 'row parking-row', 'data-zone': zone.id, 'data-status': status, 'data-method': whole.method },
			h('div', { class: 'row-head' },
				h('span', { class: 'zone-id', text: zone.id }),
				h('span', { class: 'zone-title', text: zone.name.replace(/^(Parkplatz|Car park)\s+\S+\s*/i, '').replace(/^\((.*)\)$/, '$1') || zone.name })),
			h('div', { class: 'figure' },
				h('strong', { class: 'free', text: number(whole.free, 0) }),
				h('span', { class: 'of', text: ` ${t('panel.parking.whole', { capacity: number(whole.capacity, 0) })}` })),
			bar,
			h('p', { class: 'method hint', text: t('panel.parking.estimate') + (parking.known
				? ` · ${t('panel.parking.sample', { free: parking.free, known: parking.known })}` : '') }),
			this.spark(`zone:${zone.id}`));
	}

	renderTraffic(body) {
		const counters = [...this.store.sensors.values()].filter((s) => s.kind === 'traffic' || s.kind === 'people');
		if (counters.length === 0) {
			body.replaceChildren(h('p', { class: 'empty', text: t('panel.traffic.none') }));
			return;
		}
		const counts = this.store.recentCounts();
		const groups = [['vehicles', 'panel.traffic.vehicles', 'traffic'], ['pedestrians', 'panel.traffic.pedestrians', 'people'], ['bicycles', 'panel.traffic.bicycles', 'bicycle']];
		body.replaceChildren(
			...groups.map(([group, label, icon]) => {
				const byDirection = counts[group];
				const total = Object.values(byDirection).reduce((a, b) => a + b, 0);
				const directions = Object.keys(byDirection).filter((d) => d && byDirection[d] > 0).sort();
				return h('div', { class: 'row flow-row', 'data-group': group },
					h('div', { class: 'flow-head' },
						h('span', { class: `glyph glyph-${icon}`, 'aria-hidden': 'true' }),
						h('span', { class: 'flow-label', text: t(label) }),
						h('strong', { class: 'flow-total', text: number(total, 0) })),
					directions.length === 0 ? null : h('ul', { class: 'dirs' }, ...directions.map((direction) => h('li', { 'data-direction': direction },
						h('span', { class: 'dir-name', text: directionName(direction) }),
						h('span', { class: 'dir-count', text: number(byDirection[direction], 0) })))));
			}),
			this.spark('flow'));
	}

	renderAir(body) {
		const sensors = [...this.store.sensors.values()]
			.filter((s) => s.kind === 'environment' || s.kind === 'noise')
			.sort((a, b) => a.name.localeCompare(b.name));
		if (sensors.length === 0) {
			body.replaceChildren(h('p', { class: 'empty', text: t('panel.air.none') }));
			return;
		}
		body.replaceChildren(...sensors.map((sensor) => {
			const fields = AIR_FIELDS.filter((field) => field in sensor.latest).slice(0, 3);
			return h('div', { class: 'row air-row', 'data-sensor': sensor.id },
				h('div', { class: 'row-head' }, h('span', { class: 'zone-title', text: sensor.name })),
				fields.length === 0 ? h('p', { class: 'empty', text: t('detail.noValues') }) : h('dl', { class: 'chips' },
					...fields.map((field) => {
						const value = sensor.latest[field];
						const band = level(field, value);
						return h('div', { class: 'chip', 'data-field': field, 'data-level': band ?? 'none' },
							h('dt', { text: fieldName(field) }),
							h('dd', {}, h('span', { class: 'chip-value', text: valueText(field, value) }),
								band ? h('span', { class: 'chip-level', text: t(`state.${band}`) }) : null));
					})),
				this.spark(`sensor:${sensor.id}`));
		}));
	}

}
