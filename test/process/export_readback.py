"""Reads PolicyGraph's exports back with networkx and pandas, as an analyst would.

Usage: export_readback.py EXPORT_DIR HOSTILE_DIR

EXPORT_DIR holds graph.graphml, graph.json, nodes.csv and edges.csv of the curated seed;
HOSTILE_DIR the writers' output for a graph of hostile strings, with expected.json. Prints one
JSON object that the test (export.test.ts) checks.
"""

import json
import sys
from collections import Counter

import networkx as nx
import pandas as pd

FACT = "openai-api-block-china-2024"
INVESTMENT = "microsoft-investment-openai-2023"


def as_list(value):
    """Lists are lists in node-link JSON and JSON text in GraphML and CSV."""
    return json.loads(value) if isinstance(value, str) else value


def describe_graph(graph):
    fact = graph.nodes[FACT]
    out_edges = list(graph.out_edges(FACT, data=True))
    investment = graph.nodes[INVESTMENT]
    return {
        "class": type(graph).__name__,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "groups": Counter(data.get("group") for _, data in graph.nodes(data=True)),
        "fact": {
            "type": fact.get("type"),
            "start": fact.get("start"),
            "startEarliest": fact.get("startEarliest"),
            "status": fact.get("status"),
            "sourceUrls": as_list(fact.get("sourceUrls")),
        },
        "roles": sorted(f"{data['role']} {target}" for _, target, data in out_edges if "role" in data),
        "cited": sorted(graph.nodes[target]["url"] for _, target, data in out_edges
                        if data.get("relation") == "cites"),
        "investment": {
            "date": investment.get("date"),
            "undisclosed": investment.get("undisclosed"),
            "estimates": as_list(investment.get("estimates")),
        },
        "provider": [target for _, target, data in graph.out_edges("azure-openai-service", data=True)
                     if data.get("relation") == "provider"],
        "graph": {key: value for key, value in graph.graph.items() if not key.endswith("_default")},
    }


def describe_tables(nodes, edges):
    fact = nodes.set_index("Id").loc[FACT]
    fact_edges = edges[edges["Source"] == FACT]
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "groups": Counter(nodes["group"]),
        "fact": {
            "type": fact["type"],
            "start": fact["start"],
            "startEarliest": fact["startEarliest"],
            "status": fact["status"],
            "sourceUrls": json.loads(fact["sourceUrls"]),
        },
        "roles": sorted(f"{row.role} {row.Target}" for row in fact_edges.itertuples()
                        if isinstance(row.role, str)),
        "dangling": int((~edges["Source"].isin(nodes["Id"]) | ~edges["Target"].isin(nodes["Id"])).sum()),
        "columns": {"count": str(nodes["count"].dtype), "amount": str(nodes["amount"].dtype)},
    }


def hostile_mismatches(folder):
    """Values the writers made of hostile strings, as networkx and pandas read them."""
    with open(f"{folder}/expected.json", encoding="utf-8") as file:
        expected = json.load(file)
    graph = nx.read_graphml(f"{folder}/graph.graphml")
    # Empty stays empty (not NaN); every column as text, as written.
    nodes = pd.read_csv(f"{folder}/nodes.csv", keep_default_na=False, dtype=str)
    read_csv = dict(zip(nodes["Id"], nodes["description"]))
    mismatches = []
    for node_id, text in expected["xml"].items():
        # networkx reads an empty <data> as no value.
        got = graph.nodes[node_id].get("description", "")
        if got != text:
            mismatches.append({"reader": "networkx", "id": node_id, "got": got, "expected": text})
    for node_id, text in expected["csv"].items():
        if read_csv.get(node_id) != text:
            mismatches.append({"reader": "pandas", "id": node_id, "got": read_csv.get(node_id),
                               "expected": text})
    return mismatches


def main():
    folder, hostile = sys.argv[1], sys.argv[2]
    with open(f"{folder}/graph.json", encoding="utf-8") as file:
        node_link = nx.node_link_graph(json.load(file), edges="links")
    print(json.dumps({
        "graphml": describe_graph(nx.read_graphml(f"{folder}/graph.graphml")),
        "json": describe_graph(node_link),
        "csv": describe_tables(pd.read_csv(f"{folder}/nodes.csv"), pd.read_csv(f"{folder}/edges.csv")),
        "hostile": hostile_mismatches(hostile),
    }, default=str))


main()
