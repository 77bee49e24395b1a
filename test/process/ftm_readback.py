"""Reads a FollowTheMoney export with the followthemoney package (the model itself) and prints
what it found as JSON: every problem, the schemata counted, and each entity as FtM cleans it."""

import json
import sys

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.types import registry

problems = []
entities = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for number, line in enumerate(lines, 1):
        data = json.loads(line)
        where = f"line {number} ({data.get('id')})"
        if set(data) != {"id", "schema", "properties"}:
            problems.append(f"{where}: keys {sorted(data)}")
        schema = model.get(data.get("schema"))
        if schema is None or schema.abstract:
            problems.append(f"{where}: no concrete FtM schema {data.get('schema')!r}")
            continue
        for name, values in data["properties"].items():
            prop = schema.get(name)
            if prop is None:
                problems.append(f"{where}: {schema.name} has no property {name!r}")
            elif not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                problems.append(f"{where}: {name} is not a list of strings")
        try:
            # Read as given (cleaned=True: no cleaning), then cleaned by FtM's own types.
            model.get_proxy(data, cleaned=True)
            proxy = model.get_proxy(data, cleaned=False)
        except InvalidData as error:
            problems.append(f"{where}: {error}")
            continue
        cleaned = proxy.to_dict()["properties"]
        for name, values in data["properties"].items():
            kept = cleaned.get(name, [])
            for value in values:
                if value not in kept:
                    problems.append(f"{where}: FtM cleans {name}={value!r} to {kept!r}")
        for name in schema.required:
            if not proxy.get(name):
                problems.append(f"{where}: required {name} missing")
        if proxy.id in entities:
            problems.append(f"{where}: id used twice")
        entities[proxy.id] = proxy

for proxy in entities.values():
    for prop, value in proxy.itervalues():
        if prop.type != registry.entity:
            continue
        target = entities.get(value)
        if target is None:
            problems.append(f"{proxy.id}: {prop.name} points at {value}, not in the file")
        elif not target.schema.is_a(prop.range):
            problems.append(f"{proxy.id}: {prop.name} is a {target.schema.name}, not a {prop.range.name}")

schemata = {}
for proxy in entities.values():
    schemata[proxy.schema.name] = schemata.get(proxy.schema.name, 0) + 1
print(json.dumps({
    "problems": problems,
    "schemata": schemata,
    "entities": {id: proxy.to_dict() for id, proxy in entities.items()},
}))
