// The sensor detail dialog: what the sensor is, its latest values, link quality and a short history.
import { t, has } from './i18n.js';
import { ago, duration, fieldName, valueText, linkQuality, number, level } from './format.js';
import { sparkline } from './sparkline.js';
import { mainField } from './panels.js';
import { tryJson, points, minutesAgo } from './api.js';

const HIDDEN_FIELDS = new Set(['battery_pct', 'battery_v']);

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

export class SensorDetail {

	constructor(dialog, store) {
		this.dialog = dialog;
		this.store = store;
		this.body = dialog.querySelector('.detail-body');
		this.history = new Map();
		this.sensorId = null;
		dialog.querySelector('.detail-close').addEventListener('click', () => dialog.close());
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) {
				dialog.close();
			}
		});
		dialog.addEventListener('close', () => {
			this.sensorId = null;
			this.opener?.focus();
		});
	}

	async open(id, opener) {
		this.sensorId = id;
		this.opener = opener;
		this.render();
		if (!this.dialog.open) {
			this.dialog.showModal();
		}
		const sensor = this.store.sensors.get(id);
		const [latest, series] = await Promise.all([
			tryJson(`sensors/${encodeURIComponent(id)}`),
			tryJson(`sensors/${encodeURIComponent(id)}/series`, {
				field: mainField(sensor), from: minutesAgo(24 * 60), every: '30m', agg: sensor.kind === 'traffic' || sensor.kind === 'people' ? 'sum' : 'mean',
			}),
		]);
		if (latest) {
			this.store.upsertSensor(latest);
		}
		if (series) {
			this.history.set(id, points(series));
		}
		if (this.sensorId === id) {
			this.render();
		}
	}

	/** Re-renders when the open sensor changed (a reading arrived or the language switched). */
	refresh(id = this.sensorId) {
		if (this.sensorId && id === this.sensorId) {
			this.render();
		}
	}

	render() {
		const sensor = this.store.sensors.get(this.sensorId);
		if (!sensor) {
			return;
		}
		const zone = this.store.zones.get(sensor.zone);
		this.dialog.querySelector('.detail-title').textContent = sensor.name;
		this.dialog.querySelector('.detail-kind').textContent = t(`kind.${sensor.kind}`);
		this.dialog.dataset.kind = sensor.kind;
		this.dialog.querySelector('.detail-icon').innerHTML = `<svg viewBox="0 0 24 24" width="24" height="24"><use href="#icon-${sensor.kind}"/></svg>`;
		this.dialog.dataset.state = this.store.stateOf(sensor);

		const interval = Number(sensor.settings?.uplinkIntervalS);
		const what = h('section', { class: 'detail-section' },
			h('h3', { text: t('detail.what') }),
			h('p', { class: 'model-text', text: t(has(`model.${sensor.model}`) ? `model.${sensor.model}` : 'model.unknown') }),
			h('dl', { class: 'facts' },
				h('div', {}, h('dt', { text: t('detail.zone') }), h('dd', { text: zone ? `${zone.name} (${zone.id})` : sensor.zone ?? '–' })),
				h('div', {}, h('dt', { text: t('detail.model') }), h('dd', { text: sensor.model ?? '–' })),
				h('div', {}, h('dt', { text: t('detail.lastSeen') }),
					h('dd', { class: 'last-seen', text: `${ago(sensor.lastSeen)}${sensor.online === false ? ` · ${t('detail.offline')}` : ''}` }))),
			interval > 0 ? h('p', { class: 'muted', text: t('detail.every', { interval: duration(interval) }) }) : null);

		const fields = Object.entries(sensor.latest).filter(([field]) => !HIDDEN_FIELDS.has(field));
		const latest = h('section', { class: 'detail-section' },
			h('h3', { text: t('detail.latest') }),
			fields.length === 0 ? h('p', { class: 'empty', text: t('detail.noValues') }) : h('dl', { class: 'values' },
				...this.observationRows(sensor, fields)));

		const link = sensor.link ?? {};
		const quality = linkQuality(link.rssi, link.snr);
		const linkRows = [
			['link.rssi', link.rssi, (v) => `${number(v, 0)} dBm`],
			['link.snr', link.snr, (v) => `${number(v, 1)} dB`],
			['link.gateways', link.gateways, (v) => number(v, 0)],
			['link.sf', link.sf, (v) => `SF${v}`],
			['link.battery', sensor.battery ?? sensor.latest.battery_pct, (v) => `${number(v, 0)} %`],
		].filter(([, value]) => value !== undefined && value !== null);
		const linkSection = h('section', { class: 'detail-section' },
			h('h3', {}, t('detail.link'), quality ? h('span', { class: `quality quality-${quality}`, text: t(`link.quality.${quality}`) }) : null),
			linkRows.length === 0 ? h('p', { class: 'empty', text: '–' }) : h('dl', { class: 'values link' },
				...linkRows.map(([key, value, format]) => h('div', {}, h('dt', { text: t(key) }), h('dd', { text: format(value) })))));

		const series = this.history.get(sensor.id) ?? [];
		const spark = sparkline(series, { width: 320, height: 64, className: 'spark-large' });
		const history = h('section', { class: 'detail-section' },
			h('h3', { text: `${t('detail.history')} · ${fieldName(mainField(sensor))}` }),
			spark ?? h('p', { class: 'empty', text: t('detail.noHistory') }));

		const lorawan = h('details', { class: 'detail-section lorawan' },
			h('summary', { text: t('detail.lorawan') }),
			h('p', { text: t('lorawan.text') }));

		this.body.replaceChildren(what, latest, linkSection, history, lorawan);
	}

	/** One row per value; counters list each class/direction observation separately. */
	observationRows(sensor, fields) {
		const dimensioned = (sensor.observations ?? []).filter((o) => Object.keys(o.dims ?? {}).length > 0);
		if (dimensioned.length > 0 && (sensor.kind === 'traffic' || sensor.kind === 'people')) {
			return dimensioned.flatMap((observation) => Object.entries(observation.values ?? {}).map(([field, value]) => {
				const dims = observation.dims;
				const what = [dims.class ? t(`class.${dims.class}`) : null, dims.direction].filter(Boolean).join(', ');
				return h('div', {}, h('dt', { text: `${fieldName(field)} (${what})` }), h('dd', { text: valueText(field, value) }));
			}));
		}
		return fields.map(([field, value]) => {
			const band = level(field, value);
			return h('div', { 'data-field': field },
				h('dt', { text: fieldName(field) }),
				h('dd', {}, valueText(field, value), band ? h('span', { class: `level level-${band}`, text: t(`state.${band}`) }) : null));
		});
	}

}
