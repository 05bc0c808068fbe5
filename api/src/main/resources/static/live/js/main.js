// Entry point of the live page: loads the initial state from REST, draws the plan and panels, and keeps
// them current from the SSE stream.
import { t, setLanguage, onLanguageChange, translateDocument } from './i18n.js';
import { getJson, tryJson, list, points, minutesAgo, LiveStream } from './api.js';
import { Store } from './store.js';
import { SitePlan } from './plan.js';
import { Panels, SPARK_HOURS, mainField } from './panels.js';
import { SensorDetail } from './detail.js';
import { clock, number } from './format.js';

const store = new Store();
const connection = document.getElementById('conn');
const sensorList = document.getElementById('sensor-list');
const detail = new SensorDetail(document.getElementById('detail'), store);
const plan = new SitePlan(document.getElementById('plan'), store, (id, opener) => detail.open(id, opener));
const panels = new Panels(document.getElementById('panels'), store);

let renderQueued = false;

function scheduleRender() {
	if (!renderQueued) {
		renderQueued = true;
		requestAnimationFrame(() => {
			renderQueued = false;
			panels.render();
			plan.refresh();
		});
	}
}

function setConnection(state) {
	connection.dataset.state = state;
	connection.querySelector('.conn-text').textContent = t(`conn.${state}`);
	document.getElementById('conn-lost').hidden = state !== 'reconnecting' && state !== 'offline';
}

/** Reads traffic flow responses ([{class, direction, points}] or flat [{time, class, direction, count}]). */
function flowEntries(response, kind = 'traffic') {
	const entries = [];
	for (const item of list(response, 'series', 'flows', 'items')) {
		const cls = item.class ?? item.cls ?? item.tags?.class ?? (kind === 'people' ? 'pedestrian' : 'all');
		const direction = item.direction ?? item.tags?.direction ?? '';
		if (Array.isArray(item.points) || Array.isArray(item.values)) {
			for (const point of points(item)) {
				entries.push({ time: new Date(point.time).getTime(), kind, cls, direction, count: Number(point.value) });
			}
		}
		else if (item.time) {
			entries.push({ time: new Date(item.time).getTime(), kind, cls, direction, count: Number(item.count ?? item.value ?? 0) });
		}
	}
	return entries.filter((entry) => entry.count > 0);
}

/**
 * Loads catalog, status and zones; then the latest values of every sensor that has none yet or has
 * reported since we last heard of it (after a reconnect: exactly those whose readings we missed).
 */
async function loadState() {
	const [sensors, zones] = await Promise.all([tryJson('sensors', {}, []), tryJson('zones', {}, [])]);
	const stale = new Set();
	for (const raw of list(sensors, 'sensors', 'items')) {
		const before = store.sensors.get(String(raw.sensorId ?? raw.id ?? '').toLowerCase())?.lastSeen;
		const sensor = store.upsertSensor(raw);
		if (sensor && (Object.keys(sensor.latest).length === 0 || newer(sensor.lastSeen, before))) {
			stale.add(sensor.id);
		}
	}
	store.setZoneStatus(list(zones, 'zones', 'items'));
	scheduleRender();
	if (stale.size > 0) {
		// one request for the latest values of the whole site
		const bulk = await tryJson('sensors/latest');
		for (const detail of list(bulk, 'sensors', 'items')) {
			if (store.upsertSensor(detail)) {
				stale.delete(String(detail.sensor?.sensorId ?? '').toLowerCase());
			}
		}
		scheduleRender();
	}
	// whatever the bulk answer missed: a few at a time, bays last (the car park totals come from /zones)
	const ids = [...stale].sort((a, b) => (store.sensors.get(a).kind === 'parking') - (store.sensors.get(b).kind === 'parking'));
	for (let i = 0; i < ids.length; i += 6) {
		const batch = await Promise.all(ids.slice(i, i + 6).map((id) => tryJson(`sensors/${encodeURIComponent(id)}`)));
		batch.filter(Boolean).forEach((sensor) => store.upsertSensor(sensor));
		scheduleRender();
	}
	await loadCounts();
	scheduleRender();
}

function newer(time, before) {
	return Boolean(time) && (!before || new Date(time).getTime() > new Date(before).getTime());
}

async function loadCounts() {
	const from = minutesAgo(15);
	const counters = [...store.sensors.values()].filter((s) => s.kind === 'people');
	const [flow, ...people] = await Promise.all([
		tryJson('traffic/flow', { from, every: '1m' }, []),
		...counters.map((s) => tryJson(`sensors/${encodeURIComponent(s.id)}/series`, { field: 'count', from, every: '1m', agg: 'sum' }, [])),
	]);
	const entries = flowEntries(flow);
	people.forEach((series) => entries.push(...flowEntries(series, 'people')));
	store.setCounts(entries.filter((entry) => entry.count > 0));
}

async function loadSparklines() {
	const from = minutesAgo(SPARK_HOURS * 60);
	const carParks = [...store.zones.values()].filter((zone) => zone.type === 'car_park');
	const airSensors = [...store.sensors.values()].filter((s) => s.kind === 'environment' || s.kind === 'noise');
	await Promise.all([
		...carParks.map(async (zone) => {
			const response = await tryJson('parking/occupancy', { zone: zone.id, from, every: '15m' }, {});
			// the whole car park where its gates are counted (as the figure beside it), else the sampled bays
			const entry = list(response, 'zones').find((z) => z.zone === zone.id);
			const series = entry?.carPark?.points?.length ? entry.carPark.points : entry?.points ?? [];
			panels.setSpark(`zone:${zone.id}`, series.map((p) => ({ time: p.time, value: p.free })).filter((p) => p.value !== null && p.value !== undefined));
		}),
		(async () => {
			const response = await tryJson('traffic/flow', { from, every: '15m' }, []);
			const buckets = new Map();
			flowEntries(response).filter((e) => e.cls !== 'pedestrian').forEach((e) => buckets.set(e.time, (buckets.get(e.time) ?? 0) + e.count));
			panels.setSpark('flow', [...buckets].map(([time, value]) => ({ time, value })));
		})(),
		...airSensors.map(async (sensor) => {
			const response = await tryJson(`sensors/${encodeURIComponent(sensor.id)}/series`, { field: mainField(sensor), from, every: '15m', agg: 'mean' }, []);
			panels.setSpark(`sensor:${sensor.id}`, points(response));
		}),
	]);
	scheduleRender();
}

function renderSensorList() {
	const byZone = new Map();
	for (const sensor of store.sensors.values()) {
		byZone.set(sensor.zone, [...(byZone.get(sensor.zone) ?? []), sensor]);
	}
	const groups = [...byZone].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([zoneId, sensors]) => {
		const zone = store.zones.get(zoneId);
		const item = document.createElement('li');
		const heading = document.createElement('span');
		heading.className = 'list-zone';
		heading.textContent = zone ? zone.name : zoneId;
		const inner = document.createElement('ul');
		for (const sensor of sensors.sort((a, b) => a.name.localeCompare(b.name))) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'list-sensor';
			button.dataset.sensor = sensor.id;
			button.dataset.kind = sensor.kind;
			button.textContent = `${sensor.name} · ${t(`kind.${sensor.kind}`)}`;
			button.addEventListener('click', () => detail.open(sensor.id, button));
			const li = document.createElement('li');
			li.append(button);
			inner.append(li);
		}
		item.append(heading, inner);
		return item;
	});
	sensorList.replaceChildren(...groups);
}

/** Reads the site's clock: real, or the simulator's time of day and match phase. */
async function loadClock() {
	const siteClock = await tryJson('site/clock', {}, null);
	store.siteClock = siteClock ? { ...siteClock, fetchedAt: Date.now() } : null;
	renderClock();
	scheduleRender();
}

/** "Match day, simulated 17:42 — second half", carried forward between reads at the simulation's speed. */
function renderClock() {
	const node = document.getElementById('site-clock');
	const siteClock = store.siteClock;
	if (!store.site || siteClock?.clock !== 'simulated' || !siteClock.simulatedTime) {
		node.hidden = true;
		return;
	}
	const now = new Date(siteClock.simulatedTime).getTime() + (Date.now() - siteClock.fetchedAt) * siteClock.speed;
	const time = clock(now, store.site.timeZone);
	const phase = siteClock.phase && siteClock.phase !== 'normal-day' ? t(`phase.${siteClock.phase}`) : null;
	node.querySelector('.clock-text').textContent = phase ? t('clock.matchday', { time, phase }) : t('clock.normalday', { time });
	node.querySelector('.clock-speed').textContent = `(${t('clock.speed', { speed: number(siteClock.speed, 0) })})`;
	node.dataset.phase = siteClock.phase ?? '';
	node.hidden = false;
}

/** The zones again: the whole car parks' estimates change with every gate reading. */
async function loadZones() {
	const zones = await tryJson('zones', {}, null);
	if (zones) {
		store.setZoneStatus(list(zones, 'zones', 'items'));
		scheduleRender();
	}
}

function renderAll() {
	document.getElementById('site-name').textContent = store.site.name;
	document.getElementById('simulated').hidden = !store.site.simulated;
	plan.label(store.site.name, store.sensors.size);
	renderSensorList();
	panels.render();
	plan.refresh();
	detail.refresh();
}

async function start() {
	translateDocument();
	document.querySelectorAll('[data-lang]').forEach((button) => button.addEventListener('click', () => setLanguage(button.dataset.lang)));
	onLanguageChange(() => {
		setConnection(connection.dataset.state);
		renderAll();
		renderClock();
	});
	const pageUrl = new URL('./', location.href);
	document.getElementById('page-url').textContent = pageUrl.host + pageUrl.pathname;
	setConnection('connecting');

	let site;
	while (!site) {
		try {
			site = await getJson('site');
		}
		catch (error) {
			console.warn('site plan not loaded', error.message);
			document.getElementById('load-error').hidden = false;
			await new Promise((resolve) => setTimeout(resolve, 5000));
		}
	}
	document.getElementById('load-error').hidden = true;
	store.setSite(site);
	plan.render();
	renderAll();

	const stream = new LiveStream({
		onReading(reading) {
			const sensor = store.applyReading(reading);
			if (sensor) {
				plan.update(sensor.id, true);
				detail.refresh(sensor.id);
				scheduleRender();
			}
		},
		onState: setConnection,
		onReconnected: () => loadState(),
	});
	stream.open();
	// the clock is optional: the page is ready without it
	loadClock();
	await loadState();
	document.body.dataset.ready = 'true';
	loadSparklines();
	setInterval(scheduleRender, 15_000);
	setInterval(loadSparklines, 5 * 60_000);
	setInterval(loadClock, 10_000);
	setInterval(renderClock, 1_000);
	setInterval(loadZones, 30_000);
}

start();
