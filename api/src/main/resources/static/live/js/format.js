// Number, time and level formatting shared by the plan, the panels and the detail view.
import { locale, t, has } from './i18n.js';

const UNITS = [
	['_ppm', 'ppm'], ['_ppb', 'ppb'], ['_ugm3', 'µg/m³'], ['_db', 'dB'], ['_pct', '%'], ['_c', '°C'],
	['_hpa', 'hPa'], ['_lux', 'lx'], ['_kmh', 'km/h'], ['_mm', 'mm'], ['_v', 'V'], ['_mw', 'mW'], ['_dbm', 'dBm'],
];

/** The unit of a value key, read from its suffix (design §4: the unit is in the key). */
export function unitOf(field) {
	const match = UNITS.find(([suffix]) => field.endsWith(suffix));
	return match ? match[1] : '';
}

/** A number in the current locale with at most the given fraction digits. */
export function number(value, digits = 1) {
	if (value === null || value === undefined || Number.isNaN(value)) {
		return '–';
	}
	return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

/** A value with its unit, e.g. "412 ppm"; yes/no for 0/1 flags. */
export function valueText(field, value) {
	if (field === 'occupied' || field === 'tilted') {
		return value ? t('yes') : t('no');
	}
	const unit = unitOf(field);
	const digits = Math.abs(value) >= 100 ? 0 : 1;
	return unit ? `${number(value, digits)} ${unit}` : number(value, digits);
}

/** The visitor-facing name of a value key. */
export function fieldName(field) {
	return has(`field.${field}`) ? t(`field.${field}`) : field.replaceAll('_', ' ');
}

/** A direction label from the catalog in plain words (unknown labels are shown as they are). */
export function directionName(direction) {
	return has(`dir.${direction}`) ? t(`dir.${direction}`) : direction;
}

/** Time of day in the site's time zone. */
export function clock(time, timeZone) {
	if (!time) {
		return '–';
	}
	return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(time));
}

/** "3 min ago" style text for an instant. */
export function ago(time, now = Date.now()) {
	if (!time) {
		return t('detail.never');
	}
	const seconds = Math.max(0, Math.round((now - new Date(time).getTime()) / 1000));
	if (seconds < 10) {
		return t('ago.now');
	}
	if (seconds < 60) {
		return t('ago.s', { n: seconds });
	}
	if (seconds < 3600) {
		return t('ago.m', { n: Math.round(seconds / 60) });
	}
	if (seconds < 86400) {
		return t('ago.h', { n: Math.round(seconds / 3600) });
	}
	return t('ago.d', { n: Math.round(seconds / 86400) });
}

/** A duration in seconds as plain words. */
export function duration(seconds) {
	return seconds < 5400 ? t('dur.m', { n: Math.round(seconds / 60) }) : t('dur.h', { n: Math.round(seconds / 3600) });
}

// Thresholds: WHO 2021 daily guideline for PM2.5 (15 µg/m³) and PM10 (45 µg/m³), common indoor/outdoor CO2
// bands, WHO road-traffic noise guidance (53 dB Lden) rounded into visitor bands.
const LEVELS = {
	co2_ppm: [800, 1200],
	pm2_5_ugm3: [15, 35],
	pm10_ugm3: [45, 100],
	leq_db: [55, 70],
	fill_level_pct: [60, 85],
};

const RANK = { good: 0, moderate: 1, poor: 2 };

/** good / moderate / poor for one value, or null when the field has no bands. */
export function level(field, value) {
	const bands = LEVELS[field];
	if (!bands || value === null || value === undefined) {
		return null;
	}
	return value < bands[0] ? 'good' : value < bands[1] ? 'moderate' : 'poor';
}

/** The worst level among the values of a map, or null when none has bands. */
export function worstLevel(values) {
	let worst = null;
	for (const [field, value] of Object.entries(values ?? {})) {
		const current = level(field, value);
		if (current && (worst === null || RANK[current] > RANK[worst])) {
			worst = current;
		}
	}
	return worst;
}

/** Plain-language quality of a LoRaWAN link from RSSI (dBm) and SNR (dB). */
export function linkQuality(rssi, snr) {
	if (rssi === undefined || rssi === null) {
		return null;
	}
	if (rssi > -100 && (snr === undefined || snr === null || snr > 0)) {
		return 'good';
	}
	if (rssi > -115 && (snr === undefined || snr === null || snr > -10)) {
		return 'fair';
	}
	return 'weak';
}
