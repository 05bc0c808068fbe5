#!/usr/bin/env python3
"""Writes config/nordpark-site.yaml, the simulated Nordpark demo site (design section 3).

The manifest is generated so that the many bay sensors get tidy positions inside their car
park; edit the tables below and run `python3 scripts/lib/generate-site.py` to regenerate.
Positions are approximate: the site is simulated. Deterministic (no randomness).
"""
import math
import os
import sys

STADIUM = (51.1746, 6.3855)

# id, name, centre, half-size in metres (north-south, east-west), capacity, sections (name, bays)
CAR_PARKS = [
    ("P1", "Parkplatz P1 (Nordwest)", (51.1777, 6.3808), (70, 110), 1300, [("disabled", 6), ("ev-charging", 6), ("general", 12)]),
    ("P2", "Parkplatz P2 (Nord)", (51.1787, 6.3866), (60, 120), 1000, [("disabled", 6), ("general", 14)]),
    ("P3", "Parkplatz P3 (Nordost)", (51.1776, 6.3925), (70, 100), 1400, [("ev-charging", 8), ("general", 12)]),
    ("P4", "Parkplatz P4 (Ost)", (51.1746, 6.3958), (90, 70), 1200, [("disabled", 8), ("general", 12)]),
    ("P5", "Parkplatz P5 (Südost)", (51.1718, 6.3968), (70, 110), 1500, [("ev-charging", 6), ("general", 14)]),
    ("P6", "Parkplatz P6 (Süd)", (51.1716, 6.3800), (60, 120), 1100, [("general", 20)]),
    ("P7", "Parkplatz P7 (West, Busse)", (51.1748, 6.3762), (90, 60), 1300, [("coach", 10), ("general", 10)]),
    ("P8", "Parkplatz P8 (Nordpark Nord)", (51.1812, 6.3830), (60, 140), 1200, [("general", 20)]),
]

WAYS = [
    ("hwa", "Hennes-Weisweiler-Allee", "road", [(51.1830, 6.3890), (51.1790, 6.3897), (51.1760, 6.3905), (51.1725, 6.3915), (51.1690, 6.3925)]),
    ("am-nordpark", "Am Nordpark", "road", [(51.1700, 6.3760), (51.1703, 6.3830), (51.1706, 6.3900), (51.1710, 6.3990)]),
    ("footpath-park-redbox", "Fußweg Nordpark – REDBOX", "footpath", [(51.1693, 6.3845), (51.1700, 6.3870), (51.1708, 6.3893)]),
    ("footpath-redbox-stadium", "Fußweg REDBOX – Stadion", "footpath", [(51.1712, 6.3900), (51.1722, 6.3885), (51.1733, 6.3870)]),
]

# zones that are not car parks: id, name, type, centre, half-size (m)
AREAS = [
    ("stadium", "Borussia-Park (Stadion)", "area", STADIUM, (95, 115)),
    ("park", "Nordpark", "park", (51.1692, 6.3845), (90, 160)),
    ("redbox", "REDBOX", "area", (51.1710, 6.3898), (20, 30)),
    ("hwa", "Hennes-Weisweiler-Allee", "road", (51.1760, 6.3905), None),
    ("am-nordpark", "Am Nordpark", "road", (51.1704, 6.3860), None),
    ("footpath-park-redbox", "Fußweg Nordpark – REDBOX", "footpath", (51.1700, 6.3870), None),
    ("footpath-redbox-stadium", "Fußweg REDBOX – Stadion", "footpath", (51.1722, 6.3885), None),
]

CLASSES = "0:pedestrian,1:bicycle,2:car,3:truck"
ROAD = {"ltr": "inbound", "rtl": "outbound", "classes": CLASSES}
ENTRANCE = {"ltr": "entering", "rtl": "leaving", "classes": CLASSES}
PATH = {"ltr": "inbound", "rtl": "outbound"}

# Counters, environment, noise and bins: (model, name, zone, position, interval, settings)
OTHERS = [
    ("parametric-tcr", "HWA Nord Zählstelle", "hwa", (51.1800, 6.3895), "PT15M", ROAD),
    ("parametric-tcr", "HWA Süd Zählstelle", "hwa", (51.1705, 6.3921), "PT15M", ROAD),
    ("parametric-tcr", "Am Nordpark West Zählstelle", "am-nordpark", (51.1701, 6.3785), "PT15M", ROAD),
    ("parametric-tcr", "Am Nordpark Ost Zählstelle", "am-nordpark", (51.1708, 6.3950), "PT15M", ROAD),
] + [
    ("parametric-tcr", f"{cp[0]} Einfahrt", cp[0], None, "PT15M", ENTRANCE) for cp in CAR_PARKS
] + [
    ("parametric-pcr2", "Nordpark Weg Süd", "footpath-park-redbox", (51.1696, 6.3858), "PT15M", PATH),
    ("parametric-pcr2", "Nordpark Weg Nord", "footpath-park-redbox", (51.1705, 6.3884), "PT15M", PATH),
    ("parametric-pcr2", "REDBOX Vorplatz", "footpath-redbox-stadium", (51.1715, 6.3895), "PT15M", PATH),
    ("parametric-pcr2", "Stadion Südost Zugang", "footpath-redbox-stadium", (51.1729, 6.3876), "PT15M", PATH),
    ("parametric-pcr2", "Stadion Osttribüne Zugang", "stadium", (51.1748, 6.3878), "PT15M", PATH),
    ("parametric-pcr2", "Stadion Westtribüne Zugang", "stadium", (51.1744, 6.3832), "PT15M", PATH),
    ("elsys-ers", "Nordpark Wiese Klima", "park", (51.1690, 6.3830), "PT10M", {}),
    ("elsys-ers", "Nordpark Teich Klima", "park", (51.1686, 6.3862), "PT10M", {}),
    ("elsys-ers", "Nordpark Spielplatz Klima", "park", (51.1698, 6.3815), "PT10M", {}),
    ("elsys-ers", "REDBOX Klima", "redbox", (51.1711, 6.3900), "PT10M", {}),
    ("decentlab-dl-pm", "HWA Feinstaub", "hwa", (51.1765, 6.3904), "PT15M", {}),
    ("decentlab-dl-pm", "Am Nordpark Feinstaub", "am-nordpark", (51.1704, 6.3872), "PT15M", {}),
    ("decentlab-dl-pm", "Nordpark Feinstaub", "park", (51.1694, 6.3850), "PT15M", {}),
    ("milesight-em500-co2", "Stadion Vorplatz CO2", "stadium", (51.1735, 6.3862), "PT10M", {}),
    ("milesight-em500-co2", "P3 CO2", "P3", (51.1773, 6.3920), "PT10M", {}),
    ("milesight-em500-co2", "REDBOX CO2", "redbox", (51.1709, 6.3896), "PT10M", {}),
    ("milesight-ws302", "Stadion Ost Lärm", "stadium", (51.1750, 6.3880), "PT10M", {}),
    ("milesight-ws302", "Nordpark Lärm", "park", (51.1689, 6.3848), "PT10M", {}),
    ("milesight-ws302", "Am Nordpark Anwohner Lärm", "am-nordpark", (51.1698, 6.3820), "PT10M", {}),
    ("milesight-ws302", "REDBOX Lärm", "redbox", (51.1712, 6.3903), "PT10M", {}),
] + [
    ("milesight-em400-mud", f"Abfallbehälter {i + 1:02d}", zone, pos, "PT30M",
     {"emptyDistanceMm": "1100", "fullDistanceMm": "150"})
    for i, (zone, pos) in enumerate([
        ("park", (51.1693, 6.3835)), ("park", (51.1688, 6.3858)), ("park", (51.1699, 6.3822)),
        ("footpath-park-redbox", (51.1701, 6.3873)), ("redbox", (51.1713, 6.3897)),
        ("footpath-redbox-stadium", (51.1725, 6.3882)), ("stadium", (51.1732, 6.3866)), ("stadium", (51.1757, 6.3846)),
    ])
]

MODEL_CODES = {"bosch-tps110": 0x10, "parametric-tcr": 0x20, "parametric-pcr2": 0x30, "elsys-ers": 0x40,
               "decentlab-dl-pm": 0x50, "milesight-ws302": 0x60, "milesight-em500-co2": 0x70, "milesight-em400-mud": 0x80}


def offset(centre, north_m, east_m):
    lat, lon = centre
    return (round(lat + north_m / 111_320, 6), round(lon + east_m / (111_320 * math.cos(math.radians(lat))), 6))


def rect(centre, half):
    n, e = half
    return [offset(centre, n, -e), offset(centre, n, e), offset(centre, -n, e), offset(centre, -n, -e)]


def pt(p):
    return f"{{ lat: {p[0]}, lon: {p[1]} }}"


def main():
    counters = {}

    def dev_eui(model):
        counters[model] = counters.get(model, 0) + 1
        return f"70b3d5e75e{MODEL_CODES[model]:02x}{counters[model]:04x}"

    out = ["# The simulated Nordpark demo site (design section 3): Borussia-Park Mönchengladbach and the",
           "# Nordpark around it. Generated by scripts/lib/generate-site.py; positions are approximate.",
           "site:", "  name: Nordpark Mönchengladbach (simulated)", f"  centre: {pt(STADIUM)}",
           "  timeZone: Europe/Berlin", "  simulated: true", "zones:"]
    for zid, name, ztype, centre, half in AREAS:
        out += [f"  - id: {zid}", f"    name: {name}", f"    type: {ztype}", f"    centre: {pt(centre)}"]
        if half:
            out.append("    polygon:")
            out += [f"      - {pt(p)}" for p in rect(centre, half)]
    for cid, name, centre, half, capacity, _ in CAR_PARKS:
        out += [f"  - id: {cid}", f"    name: {name}", "    type: car_park", f"    capacity: {capacity}",
                f"    centre: {pt(centre)}", "    polygon:"]
        out += [f"      - {pt(p)}" for p in rect(centre, half)]
    out.append("ways:")
    for wid, name, wtype, line in WAYS:
        out += [f"  - id: {wid}", f"    name: {name}", f"    type: {wtype}", "    line:"]
        out += [f"      - {pt(p)}" for p in line]
    out.append("sensors:")

    def sensor(model, name, zone, pos, interval, settings):
        out.extend([f"  - devEui: {dev_eui(model)}", f"    name: {name}", f"    model: {model}",
                    f"    zone: {zone}", f"    lat: {pos[0]}", f"    lon: {pos[1]}", f"    uplinkInterval: {interval}"])
        if settings:
            body = ", ".join(f'{k}: "{v}"' for k, v in settings.items())
            out.append(f"    settings: {{ {body} }}")

    for cid, _, centre, half, _, sections in CAR_PARKS:
        row = 0
        for section, bays in sections:
            for i in range(bays):
                # bays in rows of 10 across the car park, 2.5 m apart, rows 15 m apart
                r, c = divmod(row, 10)
                pos = offset(centre, half[0] * 0.6 - r * 15, -half[1] * 0.6 + c * 2.5 * (half[1] / 40))
                sensor("bosch-tps110", f"{cid} {section} bay {i + 1:02d}", cid, pos, "PT24H", {"section": section})
                row += 1
    for model, name, zone, pos, interval, settings in OTHERS:
        if pos is None:
            cp = next(c for c in CAR_PARKS if c[0] == zone)
            pos = offset(cp[2], cp[3][0], 0)  # entrance on the north edge
        sensor(model, name, zone, pos, interval, settings)

    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "config", "nordpark-site.yaml")
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {os.path.normpath(target)}: {sum(counters.values())} sensors", file=sys.stderr)


if __name__ == "__main__":
    main()
