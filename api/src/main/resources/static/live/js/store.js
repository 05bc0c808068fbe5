// The page's state: the site plan, every sensor with its latest values, and recent counts. REST fills it
// at start and after a reconnect; stream readings update it in between.
import { worstLevel } from './format.js';

// default kind of each native model (sensor-model's SensorModel), for catalog entries that omit it
const MODEL_KINDS = {
	'bosch-tps110': 'parking',
	'parametric-tcr': 'traffic',
	'parametric-pcr2': 'people',
	'elsys-ers': 'environment',
	'decentlab-dl-pm': 'environment',
	'milesight-ws302': 'noise',
	'milesight-em500-co2': 'environment',
	'milesight-em400-mud': 'bin',
};
const COUNTER_KINDS = new Set(['traffic', 'people']);
const ACTIVE_MS = 90_000;
const WINDOW_MS = 15 * 60_000;

function lower(value) {
	return typeof value === 'string' ? value.toLowerCase() : value;
}

function idOf(raw) {
	return lower(raw.sensorId ?? raw.id ?? raw.devEui);
}

export class Store {

	constructor() {
		this.site = { name: 'Nordpark', simulated: false, timeZone: 'Europe/Berlin' };
		this.zones = new Map();
		this.ways = [];
		this.sensors = new Map();
		this.counts = [];
	}

	/** Loads the site plan (GET /site): the manifest's site, zones, ways and sensors. */
	setSite(plan) {
		this.site = { ...this.site, ...(plan.site ?? {}) };
		this.ways = (plan.ways ?? []).map((way) => ({ ...way, type: lower(way.type), line: way.line ?? way.polyline ?? [] }));
		for (const zone of plan.zones ?? []) {
			this.zones.set(zone.id, { ...zone, type: lower(zone.type), polygon: zone.polygon ?? [] });
		}
		for (const sensor of plan.sensors ?? []) {
			this.upsertSensor(sensor);
		}
	}

	/** Merges catalog/status data of one sensor (GET /site, /sensors or /sensors/{id}). */
	upsertSensor(raw) {
		if (raw.sensor && typeof raw.sensor === 'object') {
			// GET /sensors/{id}: {sensor, latest: [{measurement, dims, time, values}]}
			const sensor = this.upsertSensor(raw.sensor);
			if (sensor && Array.isArray(raw.latest)) {
				this.applyLatest(sensor, raw.latest);
			}
			return sensor;
		}
		const id = idOf(raw);
		if (!id) {
			return null;
		}
		const sensor = this.sensors.get(id) ?? { id, latest: {}, observations: [], link: {} };
		const position = raw.position ?? raw.location ?? {};
		Object.assign(sensor, {
			name: raw.name ?? raw.sensorName ?? sensor.name ?? id,
			model: raw.model ?? sensor.model,
			kind: lower(raw.kind) ?? sensor.kind ?? MODEL_KINDS[raw.model],
			zone: raw.zone ?? sensor.zone,
			lat: raw.lat ?? position.lat ?? sensor.lat,
			lon: raw.lon ?? position.lon ?? sensor.lon,
			settings: raw.settings ?? sensor.settings ?? {},
		});
		const status = raw.status ?? raw;
		sensor.lastSeen = status.lastSeen ?? sensor.lastSeen;
		sensor.online = status.online ?? sensor.online;
		sensor.battery = status.batteryPct ?? status.battery_pct ?? status.battery ?? sensor.battery;
		const link = raw.link ?? {};
		sensor.link = {
			rssi: status.rssi ?? link.rssi ?? sensor.link.rssi,
			snr: status.snr ?? link.snr ?? sensor.link.snr,
			gateways: link.gateways ?? status.gateways ?? sensor.link.gateways,
			sf: link.sf ?? status.sf ?? sensor.link.sf,
		};
		if (Array.isArray(raw.latest)) {
			this.applyLatest(sensor, raw.latest);
		}
		const values = raw.latest ?? raw.values;
		if (values && typeof values === 'object' && !Array.isArray(values)) {
			Object.assign(sensor.latest, flatten(values));
		}
		if (Array.isArray(raw.observations)) {
			sensor.observations = raw.observations;
			Object.assign(sensor.latest, valuesOf(raw.observations));
		}
		this.sensors.set(id, sensor);
		return sensor;
	}

	/** Latest values per measurement (GET /sensors/{id}); link values fill the link quality. */
	applyLatest(sensor, latest) {
		const observations = [];
		for (const entry of latest) {
			const values = entry.values ?? {};
			if (entry.measurement === 'link') {
				sensor.link = {
					rssi: values.rssi_dbm ?? sensor.link.rssi,
					snr: values.snr_db ?? sensor.link.snr,
					gateways: values.gateways ?? sensor.link.gateways,
					sf: values.sf ?? sensor.link.sf,
				};
				continue;
			}
			observations.push({ dims: entry.dims ?? {}, values });
		}
		if (observations.length > 0) {
			sensor.observations = observations;
			Object.assign(sensor.latest, valuesOf(observations));
		}
	}

	/** Applies one stream reading; returns the sensor it changed (null for unknown sensors without position). */
	applyReading(reading) {
		const id = idOf(reading);
		const known = this.sensors.get(id);
		const sensor = this.upsertSensor({ ...reading, latest: undefined, values: undefined, name: known?.name ?? reading.sensorName });
		if (!sensor) {
			return null;
		}
		sensor.lastSeen = reading.time;
		sensor.lastReading = Date.now();
		sensor.online = true;
		const observations = reading.observations ?? [];
		if (observations.length > 0) {
			sensor.observations = observations;
			Object.assign(sensor.latest, valuesOf(observations));
			if (COUNTER_KINDS.has(sensor.kind)) {
				for (const observation of observations) {
					const count = observation.values?.count;
					if (count > 0) {
						this.counts.push({
							time: new Date(reading.time).getTime(),
							kind: sensor.kind,
							cls: observation.dims?.class ?? (sensor.kind === 'people' ? 'pedestrian' : 'all'),
							direction: observation.dims?.direction ?? '',
							count,
						});
						sensor.lastActivity = Date.now();
					}
				}
			}
		}
		return sensor;
	}

	/** Parking totals per zone from GET /zones, used until bay sensors have reported. */
	setZoneStatus(zones) {
		this.zoneStatus = new Map(zones.map((zone) => [zone.id ?? zone.zone, zone.parking ?? zone]));
		this.carParks = new Map(zones.filter((zone) => zone.carPark).map((zone) => [zone.zone, zone.carPark]));
	}

	/** Replaces the counts of the last 15 minutes with those from REST (each {time, kind, cls, direction, count}). */
	setCounts(counts) {
		this.counts = counts;
	}

	/** Counts of the last 15 minutes summed per class group and direction. */
	recentCounts(now = Date.now()) {
		this.counts = this.counts.filter((entry) => entry.time > now - WINDOW_MS);
		const result = { vehicles: {}, pedestrians: {}, bicycles: {} };
		for (const entry of this.counts) {
			const group = entry.cls === 'pedestrian' ? 'pedestrians' : entry.cls === 'bicycle' ? 'bicycles' : 'vehicles';
			result[group][entry.direction] = (result[group][entry.direction] ?? 0) + entry.count;
		}
		return result;
	}

	/** Free/occupied/total of one car park from its bay sensors. */
	/** The whole car park estimated from its gate counts ({free, occupied, capacity, ...}), if known. */
	carPark(zoneId) {
		return this.carParks?.get(zoneId) ?? null;
	}

	parking(zoneId) {
		let occupied = 0;
		let known = 0;
		let total = 0;
		for (const sensor of this.sensors.values()) {
			if (sensor.zone === zoneId && sensor.kind === 'parking') {
				total++;
				if (sensor.latest.occupied !== undefined) {
					known++;
					occupied += sensor.latest.occupied ? 1 : 0;
				}
			}
		}
		const status = this.zoneStatus?.get(zoneId);
		if (known === 0 && Number.isFinite(status?.free)) {
			return { occupied: status.occupied ?? 0, free: status.free, total: status.total ?? total, known: status.total ?? 0 };
		}
		return { occupied, free: known - occupied, total, known };
	}

	/** The marker state of a sensor: free / occupied / active / quiet / good / moderate / poor / unknown / offline. */
	stateOf(sensor, now = Date.now()) {
		if (sensor.online === false) {
			return 'offline';
		}
		switch (sensor.kind) {
			case 'parking':
				return sensor.latest.occupied === undefined ? 'unknown' : sensor.latest.occupied ? 'occupied' : 'free';
			case 'traffic':
			case 'people':
				return sensor.lastActivity && now - sensor.lastActivity < ACTIVE_MS ? 'active' : 'quiet';
			default:
				return worstLevel(sensor.latest) ?? (Object.keys(sensor.latest).length ? 'good' : 'unknown');
		}
	}

}

/** Latest value per key over all observations; keys of dimensioned observations are summed for counts. */
export function valuesOf(observations) {
	const values = {};
	for (const observation of observations) {
		for (const [key, value] of Object.entries(observation.values ?? {})) {
			const hasDims = Object.keys(observation.dims ?? {}).length > 0;
			values[key] = hasDims && key === 'count' ? (values[key] ?? 0) + value : value;
		}
	}
	return values;
}

function flatten(values) {
	const result = {};
	for (const [key, value] of Object.entries(values)) {
		if (typeof value === 'number' || typeof value === 'boolean') {
			result[key] = Number(value);
		}
		else if (value && typeof value === 'object' && typeof value.value === 'number') {
			result[key] = value.value;
		}
	}
	return result;
}
