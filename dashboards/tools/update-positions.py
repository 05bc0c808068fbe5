#!/usr/bin/env python3
"""Rewrites the sensor positions embedded in the overview map (query POS of the geomap in
json/overview.json) from the site manifest. InfluxDB holds no positions, so the map carries a
copy; SitePositionsTests fails when it differs from config/nordpark-site.yaml.

Usage: dashboards/tools/update-positions.py [path/to/nordpark-site.yaml]   (needs PyYAML)
"""
import json
import pathlib
import sys

import yaml

MODULE = pathlib.Path(__file__).resolve().parent.parent
MANIFEST = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else MODULE.parent / 'config' / 'nordpark-site.yaml'
OVERVIEW = MODULE / 'json' / 'overview.json'
# default kind of each model, as in org.nordpark.model.SensorModel
KINDS = {'bosch-tps110': 'parking', 'parametric-tcr': 'traffic', 'parametric-pcr2': 'people',
         'elsys-ers': 'environment', 'decentlab-dl-pm': 'environment', 'milesight-ws302': 'noise',
         'milesight-em500-co2': 'environment', 'milesight-em400-mud': 'bin'}

site = yaml.safe_load(MANIFEST.read_text(encoding='utf-8'))
columns = [[], [], [], [], [], []]
for sensor in site['sensors']:
    row = [sensor['devEui'].lower(), sensor['name'], sensor.get('kind') or KINDS[sensor['model']], sensor['zone'],
           sensor['lat'], sensor['lon']]
    for column, value in zip(columns, row):
        column.append(value)

dashboard = json.loads(OVERVIEW.read_text(encoding='utf-8'))
for panel in dashboard['panels']:
    for target in panel.get('targets', []):
        if target.get('refId') == 'POS':
            target['snapshot'][0]['data']['values'] = columns
            panel['options']['view']['lat'] = site['site']['centre']['lat']
            panel['options']['view']['lon'] = site['site']['centre']['lon']
OVERVIEW.write_text(json.dumps(dashboard, indent=2, ensure_ascii=False) + '\n', encoding='utf-8')
print(f'{len(columns[0])} sensor positions written to {OVERVIEW}')
