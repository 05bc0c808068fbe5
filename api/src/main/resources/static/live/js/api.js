// Talks to the Nordpark REST API and its Server-Sent Events stream. URLs are relative to the page
// (/live/ → ../api/v1), so the page also works behind a reverse proxy that adds a path prefix.

const BASE = new URL('../api/v1/', location.href);

function url(path, params = {}) {
	const result = new URL(path, BASE);
	for (const [key, value] of Object.entries(params)) {
		if (value !== undefined && value !== null && value !== '') {
			result.searchParams.set(key, value);
		}
	}
	return result;
}

/** GET a JSON resource; rejects with an Error naming the status on anything but 2xx. */
export async function getJson(path, params) {
	const response = await fetch(url(path, params), { headers: { Accept: 'application/json' } });
	if (!response.ok) {
		throw new Error(`${path}: HTTP ${response.status}`);
	}
	return response.json();
}

/** Like getJson, but resolves to the fallback when the resource fails (optional data). */
export async function tryJson(path, params, fallback = null) {
	try {
		return await getJson(path, params);
	}
	catch (error) {
		console.warn('optional data not loaded', path, error.message);
		return fallback;
	}
}

/** ISO instant of now minus the given minutes. */
export function minutesAgo(minutes) {
	return new Date(Date.now() - minutes * 60_000).toISOString();
}

/**
 * Reads a series answer as [{time, value}]: the api's {series: [{tags, points: [{time, value}]}]} (values of
 * several series at the same time are summed), or a bare {points} / [{time, value}].
 */
export function points(response) {
	if (Array.isArray(response?.series)) {
		const sums = new Map();
		for (const series of response.series) {
			for (const point of points(series)) {
				sums.set(point.time, (sums.get(point.time) ?? 0) + Number(point.value));
			}
		}
		return [...sums].map(([time, value]) => ({ time, value })).sort((a, b) => new Date(a.time) - new Date(b.time));
	}
	const list = Array.isArray(response) ? response : response?.points ?? [];
	return list
		.map((point) => ({ time: point.time, value: point.value }))
		.filter((point) => point.time && point.value !== null && point.value !== undefined);
}

/** Lists from responses that wrap them ({items:[...]}, {sensors:[...]}, ...) or not. */
export function list(response, ...keys) {
	if (Array.isArray(response)) {
		return response;
	}
	for (const key of keys) {
		if (Array.isArray(response?.[key])) {
			return response[key];
		}
	}
	return [];
}

/**
 * The live stream. EventSource reconnects by itself after a dropped connection; when the server
 * refuses (EventSource gives up), we retry with backoff. Callbacks: onReading(reading), onState(state)
 * with state ∈ connecting | live | reconnecting | offline, onReconnected() after each reconnect.
 */
export class LiveStream {

	constructor({ onReading, onState, onReconnected }) {
		this.onReading = onReading;
		this.onState = onState;
		this.onReconnected = onReconnected;
		this.source = null;
		this.retry = 1000;
		this.everOpen = false;
		this.lost = false;
		window.addEventListener('online', () => this.open());
		window.addEventListener('offline', () => this.onState('offline'));
		// A page left for another keeps running in the back/forward cache, and an open
		// EventSource would keep its connection: browsers allow 6 per host over HTTP/1.1, so
		// after five pages left the sixth page's requests would wait forever. Close the
		// stream when the page is hidden; when it comes back from the cache, open it again
		// and catch up on what was missed.
		window.addEventListener('pagehide', () => this.close());
		window.addEventListener('pageshow', (event) => {
			if (event.persisted) {
				this.lost = true;
				this.open();
			}
		});
	}

	/** Closes the stream (no reconnect until open() is called again). */
	close() {
		clearTimeout(this.timer);
		if (this.source) {
			this.source.close();
			this.source = null;
		}
	}

	open() {
		if (this.source && this.source.readyState !== EventSource.CLOSED) {
			return;
		}
		clearTimeout(this.timer);
		this.onState(this.everOpen ? 'reconnecting' : 'connecting');
		const source = new EventSource(url('stream'));
		this.source = source;
		const handle = (event) => {
			try {
				this.onReading(JSON.parse(event.data));
			}
			catch (error) {
				console.warn('stream event not understood', error.message);
			}
		};
		source.addEventListener('reading', handle);
		// the server dropped readings for this slow client: reload the state
		source.addEventListener('dropped', () => this.onReconnected());
		source.onmessage = handle;
		source.onopen = () => {
			this.retry = 1000;
			this.onState('live');
			if (this.everOpen && this.lost) {
				this.onReconnected();
			}
			this.everOpen = true;
			this.lost = false;
		};
		source.onerror = () => {
			this.lost = true;
			if (source.readyState === EventSource.CLOSED) {
				this.source = null;
				this.onState(navigator.onLine === false ? 'offline' : 'reconnecting');
				this.timer = setTimeout(() => this.open(), this.retry);
				this.retry = Math.min(this.retry * 2, 30_000);
			}
			else {
				this.onState('reconnecting');
			}
		};
	}

}
