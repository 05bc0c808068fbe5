// Translations of the live page. German is the default; English is one tap away.
// Static text in index.html carries data-i18n="key" (text) or data-i18n-attr="attr:key;attr:key".

const de = {
	'page.title': 'Nordpark live',
	'skip': 'Zum Lageplan springen',
	'simulated': 'Simulierter Standort: Alle Messwerte stammen von einem Simulator, der echte LoRaWAN-Sensoren nachbildet.',
	'lang.group': 'Sprache',
	'conn.connecting': 'Verbinde …',
	'conn.live': 'Live',
	'conn.reconnecting': 'Verbinde neu …',
	'conn.lost': 'Verbindung unterbrochen – die Seite verbindet sich von selbst neu. Bis dahin können Werte veraltet sein.',
	'spark.start': 'vor {h} h',
	'spark.now': 'jetzt',
	'conn.offline': 'Offline',
	'plan.title': 'Lageplan',
	'plan.hint': 'Tippen Sie auf einen Sensor, um zu sehen, was er misst.',
	'plan.label': 'Lageplan von {site} mit {n} Sensoren',
	'plan.list': 'Alle Sensoren als Liste',
	'plan.zoomIn': 'Vergrößern',
	'plan.zoomOut': 'Verkleinern',
	'plan.overview': 'Ganzen Standort zeigen',
	'plan.zoomZone': 'Antippen zum Heranzoomen.',
	'legend.free': 'Stellplatz frei',
	'legend.occupied': 'Stellplatz belegt',
	'legend.counter': 'Zähler (Verkehr, Personen)',
	'legend.good': 'Luft/Lärm gut',
	'legend.moderate': 'mäßig',
	'legend.poor': 'schlecht',
	'legend.offline': 'keine Daten',
	'legend.pulse': 'Ein Sensor blinkt kurz auf, wenn er gerade gesendet hat.',
	'panel.parking': 'Freie Parkplätze',
	'panel.parking.none': 'Keine Parkplatzsensoren',
	'panel.parking.free': 'frei',
	'panel.parking.freeOf': '{free} von {total} frei.',
	'panel.parking.of': 'von {total} mit Sensor',
	'panel.parking.capacity': 'Kapazität {capacity}',
	'panel.traffic': 'Verkehr, letzte 15 Minuten',
	'panel.traffic.none': 'Keine Zähler',
	'panel.traffic.vehicles': 'Fahrzeuge',
	'panel.traffic.pedestrians': 'Fußgänger',
	'panel.traffic.bicycles': 'Fahrräder',
	'panel.air': 'Luft und Lärm jetzt',
	'panel.air.none': 'Keine Umweltsensoren',
	'panel.spark': 'Verlauf der letzten {h} Stunden',
	'panel.updated': 'aktualisiert {time}',
	'panel.updated.real': 'aktualisiert {time} (Echtzeit)',
	'panel.traffic.real': 'Verkehr, letzte 15 Minuten Echtzeit (≈ {sim} simuliert)',
	'panel.spark.real': 'Verlauf der letzten {h} Stunden Echtzeit',
	'panel.parking.whole': 'von {capacity} frei',
	'panel.parking.estimate': 'geschätzt aus den Zählern an der Einfahrt',
	'panel.parking.sample': 'Stellplätze mit Sensor: {free} von {known} frei',
	'clock.matchday': 'Spieltag, simuliert {time} – {phase}',
	'clock.normalday': 'Normaler Tag, simuliert {time}',
	'clock.speed': '{speed}-mal so schnell wie echt',
	'phase.before-arrival': 'vor der Anreise',
	'phase.arrival': 'Anreise',
	'phase.first-half': '1. Halbzeit',
	'phase.half-time': 'Halbzeitpause',
	'phase.second-half': '2. Halbzeit',
	'phase.departure': 'Abreise',
	'phase.evening': 'nach dem Spiel',
	'about.title': 'Wie kommen die Daten hierher?',
	'about.text': 'Jeder Sensor funkt seine Messwerte per LoRaWAN – einem Funknetz mit großer Reichweite und sehr wenig Energieverbrauch – an Gateways in der Umgebung. Ein Netzwerkserver (ChirpStack) sammelt die Funkpakete, Nordpark entschlüsselt sie, speichert sie in einer Zeitreihendatenbank und schickt sie sofort an diese Seite.',
	'about.qr': 'Diese Seite auf dem eigenen Handy öffnen',
	'about.flow': 'Der Weg der Daten',
	'flow.sensor': 'Sensor',
	'flow.gateway': 'Gateway',
	'flow.server': 'Netzwerkserver',
	'flow.platform': 'Nordpark',
	'flow.phone': 'Ihr Handy',
	'about.qr.alt': 'QR-Code mit der Adresse dieser Seite',
	'about.open': 'Offene Daten: Die Schnittstelle ist unter /api/v1 dokumentiert.',
	'detail.close': 'Schließen',
	'detail.what': 'Was ist das?',
	'detail.latest': 'Letzte Messwerte',
	'detail.link': 'Funkverbindung',
	'detail.history': 'Verlauf (24 Stunden)',
	'detail.lorawan': 'So kommen die Daten hierher',
	'detail.lastSeen': 'Zuletzt gesendet',
	'detail.never': 'noch nie',
	'detail.online': 'sendet regelmäßig',
	'detail.offline': 'meldet sich nicht',
	'detail.zone': 'Bereich',
	'detail.model': 'Gerät',
	'detail.noValues': 'Noch keine Messwerte.',
	'detail.noHistory': 'Noch kein Verlauf.',
	'detail.every': 'Dieser Sensor sendet etwa alle {interval}.',
	'link.rssi': 'Signalstärke',
	'link.snr': 'Signal-Rausch-Abstand',
	'link.gateways': 'Gateways, die es empfangen haben',
	'link.sf': 'Spreizfaktor',
	'link.battery': 'Batterie',
	'link.quality.good': 'sehr gut',
	'link.quality.fair': 'gut',
	'link.quality.weak': 'schwach',
	'lorawan.text': 'Der Sensor sendet ein kurzes Funkpaket von wenigen Bytes. Mehrere LoRaWAN-Gateways in Reichweite (bis zu einigen Kilometern) empfangen es und leiten es über das Internet an den Netzwerkserver weiter. Nordpark übersetzt die Bytes in Messwerte, speichert sie und zeigt sie hier in Sekunden an. Weil der Sensor nur selten und kurz funkt, hält seine Batterie viele Jahre.',
	'state.free': 'frei',
	'state.occupied': 'belegt',
	'state.unknown': 'unbekannt',
	'state.good': 'gut',
	'state.moderate': 'mäßig',
	'state.poor': 'schlecht',
	'state.active': 'gerade Bewegung',
	'state.quiet': 'ruhig',
	'state.offline': 'keine aktuellen Daten',
	'kind.parking': 'Parkplatzsensor',
	'kind.traffic': 'Verkehrszähler',
	'kind.people': 'Personenzähler',
	'kind.environment': 'Umweltsensor',
	'kind.noise': 'Lärmsensor',
	'kind.bin': 'Füllstandssensor',
	'kind.device': 'Gerät',
	'class.pedestrian': 'Fußgänger',
	'class.bicycle': 'Fahrräder',
	'class.car': 'Autos',
	'class.truck': 'Lkw',
	'class.all': 'alle',
	'dir.inbound': 'hinein',
	'dir.outbound': 'hinaus',
	'dir.entering': 'kommend',
	'dir.leaving': 'gehend',
	'dir.in': 'hinein',
	'dir.out': 'hinaus',
	'dir.north': 'nach Norden',
	'dir.south': 'nach Süden',
	'dir.east': 'nach Osten',
	'dir.west': 'nach Westen',
	'dir.ltr': 'links → rechts',
	'dir.rtl': 'rechts → links',
	'field.occupied': 'Belegt',
	'field.count': 'Anzahl',
	'field.avg_speed_kmh': 'Durchschnittstempo',
	'field.total': 'Summe',
	'field.temperature_c': 'Temperatur',
	'field.relative_humidity_pct': 'Luftfeuchte',
	'field.co2_ppm': 'CO₂',
	'field.pressure_hpa': 'Luftdruck',
	'field.pm1_0_ugm3': 'Feinstaub PM1',
	'field.pm2_5_ugm3': 'Feinstaub PM2,5',
	'field.pm4_ugm3': 'Feinstaub PM4',
	'field.pm10_ugm3': 'Feinstaub PM10',
	'field.tvoc_ppb': 'Flüchtige organische Stoffe',
	'field.light_lux': 'Helligkeit',
	'field.motion_count': 'Bewegungen',
	'field.occupancy': 'Präsenz (0 frei, 1 unsicher, 2 belegt)',
	'field.leq_db': 'Lärmpegel',
	'field.max_db': 'Spitzenpegel',
	'field.l_db': 'Momentanpegel',
	'field.distance_mm': 'Abstand',
	'field.fill_level_pct': 'Füllstand',
	'field.tilted': 'Gekippt',
	'field.battery_pct': 'Batterie',
	'field.battery_v': 'Batteriespannung',
	'field.device_temperature_c': 'Gerätetemperatur',
	'field.margin_db': 'Funkreserve',
	'field.solar_power_mw': 'Solarleistung',
	'yes': 'ja',
	'no': 'nein',
	'ago.now': 'gerade eben',
	'ago.s': 'vor {n} s',
	'ago.m': 'vor {n} min',
	'ago.h': 'vor {n} h',
	'ago.d': 'vor {n} Tagen',
	'dur.m': '{n} Minuten',
	'dur.h': '{n} Stunden',
	'error.load': 'Die Daten konnten nicht geladen werden. Neuer Versuch in Kürze …',
	'model.bosch-tps110': 'Bosch Parking Lot Sensor TPS110: ein flacher Sensor, der im Boden eines Stellplatzes steckt. Ein Magnetfeld- und Radarsensor erkennt, ob ein Auto darüber steht, und meldet jede Änderung.',
	'model.parametric-tcr': 'Parametric TCR: ein Radar-Verkehrszähler am Straßenrand. Er unterscheidet Fußgänger, Fahrräder, Autos und Lkw, zählt sie getrennt nach Richtung und misst ihr Tempo – ohne Kamera, also ohne Bilder von Menschen.',
	'model.parametric-pcr2': 'Parametric PCR2: ein Radar-Personenzähler. Er zählt, wie viele Menschen in welche Richtung vorbeigehen, anonym und ohne Kamera.',
	'model.elsys-ers': 'Elsys ERS: ein kleiner Raum- und Umweltsensor. Je nach Ausführung misst er Temperatur, Luftfeuchte, Helligkeit, CO₂ oder Geräusche.',
	'model.decentlab-dl-pm': 'Decentlab DL-PM: eine Feinstaub-Messstation. Sie zählt mit einem Laser winzige Partikel in der Luft (PM1 bis PM10) und misst Temperatur, Luftfeuchte und Luftdruck.',
	'model.milesight-ws302': 'Milesight WS302: ein Schallpegelmesser. Er misst, wie laut es im Mittel und in der Spitze ist, in Dezibel.',
	'model.milesight-em500-co2': 'Milesight EM500-CO2: ein robuster Außensensor für CO₂, Temperatur, Luftfeuchte und Luftdruck.',
	'model.milesight-em400-mud': 'Milesight EM400-MUD: ein Ultraschallsensor im Deckel eines Mülleimers. Er misst den Abstand zum Inhalt und daraus, wie voll der Eimer ist – so wird nur geleert, was voll ist.',
	'model.unknown': 'Ein LoRaWAN-Sensor des Standorts.',
};

const en = {
	'page.title': 'Nordpark live',
	'skip': 'Skip to the site plan',
	'simulated': 'Simulated site: every reading comes from a simulator that behaves like real LoRaWAN sensors.',
	'lang.group': 'Language',
	'conn.connecting': 'Connecting …',
	'conn.live': 'Live',
	'conn.reconnecting': 'Reconnecting …',
	'conn.lost': 'Connection lost – the page reconnects by itself. Until then values may be out of date.',
	'spark.start': '{h} h ago',
	'spark.now': 'now',
	'conn.offline': 'Offline',
	'plan.title': 'Site plan',
	'plan.hint': 'Tap a sensor to see what it measures.',
	'plan.label': 'Site plan of {site} with {n} sensors',
	'plan.list': 'All sensors as a list',
	'plan.zoomIn': 'Zoom in',
	'plan.zoomOut': 'Zoom out',
	'plan.overview': 'Show the whole site',
	'plan.zoomZone': 'Tap to zoom in.',
	'legend.free': 'bay free',
	'legend.occupied': 'bay occupied',
	'legend.counter': 'counter (traffic, people)',
	'legend.good': 'air/noise good',
	'legend.moderate': 'moderate',
	'legend.poor': 'poor',
	'legend.offline': 'no data',
	'legend.pulse': 'A sensor flashes briefly when it has just reported.',
	'panel.parking': 'Free parking spaces',
	'panel.parking.none': 'No parking sensors',
	'panel.parking.free': 'free',
	'panel.parking.freeOf': '{free} of {total} free.',
	'panel.parking.of': 'of {total} with sensors',
	'panel.parking.capacity': 'capacity {capacity}',
	'panel.traffic': 'Traffic, last 15 minutes',
	'panel.traffic.none': 'No counters',
	'panel.traffic.vehicles': 'Vehicles',
	'panel.traffic.pedestrians': 'Pedestrians',
	'panel.traffic.bicycles': 'Bicycles',
	'panel.air': 'Air and noise now',
	'panel.air.none': 'No environment sensors',
	'panel.spark': 'Last {h} hours',
	'panel.updated': 'updated {time}',
	'panel.updated.real': 'updated {time} (real time)',
	'panel.traffic.real': 'Traffic, last 15 real minutes (≈ {sim} simulated)',
	'panel.spark.real': 'Last {h} hours of real time',
	'panel.parking.whole': 'of {capacity} free',
	'panel.parking.estimate': 'estimated from the counters at the gates',
	'panel.parking.sample': 'Bays with sensors: {free} of {known} free',
	'clock.matchday': 'Match day, simulated {time} — {phase}',
	'clock.normalday': 'Normal day, simulated {time}',
	'clock.speed': '{speed} times real time',
	'phase.before-arrival': 'before the arrival',
	'phase.arrival': 'arrival',
	'phase.first-half': 'first half',
	'phase.half-time': 'half-time',
	'phase.second-half': 'second half',
	'phase.departure': 'departure',
	'phase.evening': 'after the match',
	'about.title': 'How does the data get here?',
	'about.text': 'Every sensor radios its readings over LoRaWAN – a long-range, very low-power radio network – to gateways nearby. A network server (ChirpStack) collects the radio packets; Nordpark decodes them, stores them in a time-series database and pushes them to this page straight away.',
	'about.qr': 'Open this page on your own phone',
	'about.flow': 'The way of the data',
	'flow.sensor': 'Sensor',
	'flow.gateway': 'Gateway',
	'flow.server': 'Network server',
	'flow.platform': 'Nordpark',
	'flow.phone': 'Your phone',
	'about.qr.alt': 'QR code with the address of this page',
	'about.open': 'Open data: the API is documented under /api/v1.',
	'detail.close': 'Close',
	'detail.what': 'What is this?',
	'detail.latest': 'Latest readings',
	'detail.link': 'Radio link',
	'detail.history': 'History (24 hours)',
	'detail.lorawan': 'How the data gets here',
	'detail.lastSeen': 'Last report',
	'detail.never': 'never',
	'detail.online': 'reporting regularly',
	'detail.offline': 'not reporting',
	'detail.zone': 'Area',
	'detail.model': 'Device',
	'detail.noValues': 'No readings yet.',
	'detail.noHistory': 'No history yet.',
	'detail.every': 'This sensor reports about every {interval}.',
	'link.rssi': 'Signal strength',
	'link.snr': 'Signal-to-noise ratio',
	'link.gateways': 'Gateways that received it',
	'link.sf': 'Spreading factor',
	'link.battery': 'Battery',
	'link.quality.good': 'very good',
	'link.quality.fair': 'good',
	'link.quality.weak': 'weak',
	'lorawan.text': 'The sensor sends a short radio packet of a few bytes. Several LoRaWAN gateways within range (up to a few kilometres) receive it and forward it over the internet to the network server. Nordpark turns the bytes into readings, stores them and shows them here within seconds. Because the sensor radios only rarely and briefly, its battery lasts for years.',
	'state.free': 'free',
	'state.occupied': 'occupied',
	'state.unknown': 'unknown',
	'state.good': 'good',
	'state.moderate': 'moderate',
	'state.poor': 'poor',
	'state.active': 'movement just now',
	'state.quiet': 'quiet',
	'state.offline': 'no recent data',
	'kind.parking': 'Parking sensor',
	'kind.traffic': 'Traffic counter',
	'kind.people': 'People counter',
	'kind.environment': 'Environment sensor',
	'kind.noise': 'Noise sensor',
	'kind.bin': 'Fill-level sensor',
	'kind.device': 'Device',
	'class.pedestrian': 'Pedestrians',
	'class.bicycle': 'Bicycles',
	'class.car': 'Cars',
	'class.truck': 'Trucks',
	'class.all': 'all',
	'dir.inbound': 'in',
	'dir.outbound': 'out',
	'dir.entering': 'arriving',
	'dir.leaving': 'leaving',
	'dir.in': 'in',
	'dir.out': 'out',
	'dir.north': 'northbound',
	'dir.south': 'southbound',
	'dir.east': 'eastbound',
	'dir.west': 'westbound',
	'dir.ltr': 'left → right',
	'dir.rtl': 'right → left',
	'field.occupied': 'Occupied',
	'field.count': 'Count',
	'field.avg_speed_kmh': 'Average speed',
	'field.total': 'Total',
	'field.temperature_c': 'Temperature',
	'field.relative_humidity_pct': 'Humidity',
	'field.co2_ppm': 'CO₂',
	'field.pressure_hpa': 'Air pressure',
	'field.pm1_0_ugm3': 'Particulates PM1',
	'field.pm2_5_ugm3': 'Particulates PM2.5',
	'field.pm4_ugm3': 'Particulates PM4',
	'field.pm10_ugm3': 'Particulates PM10',
	'field.tvoc_ppb': 'Volatile organic compounds',
	'field.light_lux': 'Light',
	'field.motion_count': 'Movements',
	'field.occupancy': 'Presence (0 free, 1 pending, 2 occupied)',
	'field.leq_db': 'Noise level',
	'field.max_db': 'Peak level',
	'field.l_db': 'Momentary level',
	'field.distance_mm': 'Distance',
	'field.fill_level_pct': 'Fill level',
	'field.tilted': 'Tilted',
	'field.battery_pct': 'Battery',
	'field.battery_v': 'Battery voltage',
	'field.device_temperature_c': 'Device temperature',
	'field.margin_db': 'Link margin',
	'field.solar_power_mw': 'Solar power',
	'yes': 'yes',
	'no': 'no',
	'ago.now': 'just now',
	'ago.s': '{n} s ago',
	'ago.m': '{n} min ago',
	'ago.h': '{n} h ago',
	'ago.d': '{n} days ago',
	'dur.m': '{n} minutes',
	'dur.h': '{n} hours',
	'error.load': 'The data could not be loaded. Trying again shortly …',
	'model.bosch-tps110': 'Bosch Parking Lot Sensor TPS110: a flat sensor set into the ground of a parking bay. A magnetic and radar sensor detects whether a car stands above it and reports every change.',
	'model.parametric-tcr': 'Parametric TCR: a radar traffic counter at the roadside. It tells pedestrians, bicycles, cars and trucks apart, counts them by direction and measures their speed – no camera, so no pictures of people.',
	'model.parametric-pcr2': 'Parametric PCR2: a radar people counter. It counts how many people pass in which direction, anonymously and without a camera.',
	'model.elsys-ers': 'Elsys ERS: a small indoor and environment sensor. Depending on the variant it measures temperature, humidity, light, CO₂ or sound.',
	'model.decentlab-dl-pm': 'Decentlab DL-PM: a particulate matter station. A laser counts tiny particles in the air (PM1 to PM10); it also measures temperature, humidity and air pressure.',
	'model.milesight-ws302': 'Milesight WS302: a sound level meter. It measures how loud it is on average and at peaks, in decibels.',
	'model.milesight-em500-co2': 'Milesight EM500-CO2: a rugged outdoor sensor for CO₂, temperature, humidity and air pressure.',
	'model.milesight-em400-mud': 'Milesight EM400-MUD: an ultrasonic sensor in the lid of a litter bin. It measures the distance to the contents and from that how full the bin is – so only full bins get emptied.',
	'model.unknown': 'A LoRaWAN sensor of the site.',
};

const dictionaries = { de, en };
const STORAGE_KEY = 'nordpark.live.lang';
const listeners = [];
let current = initialLanguage();

function initialLanguage() {
	const fromUrl = new URLSearchParams(location.search).get('lang');
	if (fromUrl && dictionaries[fromUrl]) {
		return fromUrl;
	}
	try {
		const stored = localStorage.getItem(STORAGE_KEY);
		if (stored && dictionaries[stored]) {
			return stored;
		}
	}
	catch {
		// storage may be disabled; German is the default
	}
	return 'de';
}

/** The current language code ("de" or "en"). */
export function lang() {
	return current;
}

/** The BCP 47 locale for number and date formatting. */
export function locale() {
	return current === 'de' ? 'de-DE' : 'en-GB';
}

/** Translates a key, replacing {name} placeholders; unknown keys fall back to German, then to the key. */
export function t(key, params = {}) {
	const text = dictionaries[current][key] ?? de[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Whether a translation exists for the key. */
export function has(key) {
	return key in dictionaries[current];
}

/** Switches the language, re-translates static text and notifies listeners. */
export function setLanguage(code) {
	if (!dictionaries[code] || code === current) {
		return;
	}
	current = code;
	try {
		localStorage.setItem(STORAGE_KEY, code);
	}
	catch {
		// not persisted; fine
	}
	translateDocument();
	listeners.forEach((listener) => listener(code));
}

/** Registers a callback run after each language switch. */
export function onLanguageChange(listener) {
	listeners.push(listener);
}

/** Applies the current language to every element marked with data-i18n / data-i18n-attr. */
export function translateDocument(root = document) {
	document.documentElement.lang = current;
	root.querySelectorAll('[data-i18n]').forEach((element) => {
		element.textContent = t(element.dataset.i18n);
	});
	root.querySelectorAll('[data-i18n-attr]').forEach((element) => {
		for (const pair of element.dataset.i18nAttr.split(';')) {
			const [attr, key] = pair.split(':');
			element.setAttribute(attr, t(key));
		}
	});
	document.querySelectorAll('[data-lang]').forEach((button) => {
		button.setAttribute('aria-pressed', String(button.dataset.lang === current));
	});
	document.title = t('page.title');
}
