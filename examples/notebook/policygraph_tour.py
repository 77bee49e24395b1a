# %% [markdown]
# # A tour of PolicyGraph from Python
#
# PolicyGraph is a knowledge graph of the tech-policy ecosystem: companies, people, regions,
# products and policies, tied together by dated, sourced facts (investments, board seats,
# partnerships, restrictions, patent statistics, ...). This notebook asks its GraphQL API the
# questions an analyst starts with, and turns the answers into pandas tables and matplotlib
# figures:
#
# 1. who is in the graph;
# 2. every investment, with amounts (or "undisclosed") and sources;
# 3. every board seat;
# 4. OpenAI's neighbourhood, drawn with networkx;
# 5. the founding story: how firms in mainland China still reach OpenAI's models;
# 6. generative-AI patent filings by country.
#
# It uses only the public API: one endpoint, `POST /graphql`, taking JSON
# `{"query": ..., "variables": {...}}`. The contract is the SDL in `schema/`; how the API answers
# (lists, cursors, dates, errors) is in `docs/api.md`.
#
# **Running it.** Start the API with `npm start` (it serves the curated seed at
# http://localhost:4000/graphql), install the Python packages with `npm run setup:python`, then
# run this file as a script, `.venv/bin/python examples/notebook/policygraph_tour.py`, or open
# `policygraph_tour.ipynb` in Jupyter or VS Code. Environment variables change where it looks
# and writes:
#
# - `POLICYGRAPH_URL`: the API (default `http://localhost:4000/graphql`);
# - `POLICYGRAPH_FIGURES`: the folder for the PNG figures (default: `figures/` beside the script,
#   or in the notebook's working folder);
# - `POLICYGRAPH_PAGE_SIZE`: how many items to ask for a page at a time (default 100, the most
#   the API gives).
#
# The notebook is generated from `policygraph_tour.py` by `build_notebook.py`: edit the `.py`
# file, then run `python examples/notebook/build_notebook.py`.

# %%
import os
import textwrap
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import requests
from matplotlib.lines import Line2D

URL = os.environ.get("POLICYGRAPH_URL", "http://localhost:4000/graphql")
HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
FIGURES = Path(os.environ.get("POLICYGRAPH_FIGURES", HERE / "figures"))
FIGURES.mkdir(parents=True, exist_ok=True)
# Lists come a page at a time; 100 is the most the API gives in one page.
PAGE_SIZE = int(os.environ.get("POLICYGRAPH_PAGE_SIZE", "100"))

try:  # In Jupyter, tables are displayed as HTML; a script prints them as text.
    from IPython import get_ipython
    from IPython.display import display

    IN_NOTEBOOK = get_ipython() is not None
except ImportError:
    IN_NOTEBOOK = False

# Show whole tables: source URLs are long.
pd.set_option("display.max_colwidth", None)
pd.set_option("display.max_rows", 200)
pd.set_option("display.width", 250)

# %% [markdown]
# ## Talking to the API
#
# `query(document, variables)` sends one request and returns its `data`. When the API answers
# with errors, it raises one `GraphQLError` that lists each message with its code
# (`BAD_USER_INPUT` for a wrong argument, `SERVICE_UNAVAILABLE` when the database is away, ...).
#
# Lists are Relay connections: a page of `edges`, and `pageInfo { hasNextPage endCursor }`.
# `fetch_all` asks for the next page, passing `endCursor` as `after`, until there is none.


# %%
class GraphQLError(RuntimeError):
    """The API answered with errors (or not at all)."""


def query(document, variables=None):
    """Sends one GraphQL request; returns its data, or raises GraphQLError with the API's errors."""
    try:
        response = requests.post(
            URL, json={"query": document, "variables": variables or {}}, timeout=60
        )
    except requests.ConnectionError as error:
        raise GraphQLError(f"Cannot reach {URL}: is the API running (npm start)?") from error
    try:
        body = response.json()
    except ValueError:
        raise GraphQLError(
            f"{URL} answered HTTP {response.status_code} with no JSON: {response.text[:200]}"
        ) from None
    if body.get("errors"):
        lines = [
            f"{error.get('extensions', {}).get('code', 'ERROR')}: {error.get('message')}"
            for error in body["errors"]
        ]
        raise GraphQLError("The API answered with errors:\n  " + "\n  ".join(lines))
    if not response.ok:
        raise GraphQLError(f"{URL} answered HTTP {response.status_code}: {body}")
    return body["data"]


def fetch_all(document, field, variables=None):
    """Every node of the connection `field`, one page after another.

    The document must take `$first: Int!` and `$after: String` and select
    `pageInfo { hasNextPage endCursor }` and `edges { node { ... } }`.
    """
    nodes, after = [], None
    while True:
        page = query(document, {**(variables or {}), "first": PAGE_SIZE, "after": after})[field]
        nodes.extend(edge["node"] for edge in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            return nodes
        after = page["pageInfo"]["endCursor"]


def show(table, title):
    """Prints a title and the whole table (a script), or displays the table (a notebook)."""
    print(title)
    if IN_NOTEBOOK:
        display(table)
        return
    # Text reads best aligned left, numbers right.
    text_columns = [c for c in table.columns if not pd.api.types.is_numeric_dtype(table[c])]
    widths = {c: max(len(str(c)), table[c].astype(str).str.len().max()) for c in text_columns}
    formatters = {c: f"{{:<{widths[c]}}}".format for c in text_columns}
    print(table.to_string(index=False, justify="left", formatters=formatters))
    print()


def save_figure(fig, filename):
    """Saves a figure as a PNG in FIGURES; a notebook also shows it."""
    path = FIGURES / filename
    fig.savefig(path, dpi=150, bbox_inches="tight")
    print(f"Saved {path}")
    plt.show()


def sources(fact):
    """A fact's source URLs, in the curator's order, each once."""
    return " ".join(dict.fromkeys(citation["source"]["url"] for citation in fact["sources"]))


def text(date):
    """A PartialDate as curated (`2024`, `2024-07`, `2024-07-09`), or "" for none."""
    return date["text"] if date else ""


database = query("{ database { version edition } }")["database"]
print(f"PolicyGraph at {URL}, on Neo4j {database['version']} {database['edition']}")

# %% [markdown]
# ## 1. Who is in the graph
#
# Every entity is an organization, a person, a region, a product or a policy (`__typename` says
# which). Most have a `kind` (company, regulator, cloud-service, export-control, ...), and a
# `country` (ISO code); a region has its own ISO `code` instead.

# %%
ENTITIES = """
query Entities($first: Int!, $after: String) {
  entities(first: $first, after: $after, orderBy: NAME_ASC) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        __typename
        id
        name
        country
        ... on Organization { kind }
        ... on Product { kind }
        ... on Region { kind code }
        ... on Policy { kind }
      }
    }
  }
}
"""

entities = pd.DataFrame(
    [
        {
            "id": node["id"],
            "name": node["name"],
            "type": node["__typename"],
            "kind": node.get("kind"),
            "country": node["country"] or node.get("code"),
        }
        for node in fetch_all(ENTITIES, "entities")
    ]
)


def count_kinds(kinds):
    return ", ".join(f"{kind} {n}" for kind, n in kinds.value_counts().items())


by_type = (
    entities.groupby("type")
    .agg(
        entities=("id", "size"),
        kinds=("kind", count_kinds),
        examples=("name", lambda names: ", ".join(names.head(3))),
    )
    .sort_values("entities", ascending=False)
    .reset_index()
)
show(by_type, f"Entities by type ({len(entities)} in all)")

# %% [markdown]
# ## 2. Investments
#
# Each investment is a fact with its investors (lead first), the investee, a date as precise as
# the sources (`2021` or `2019-07-22`), and an amount. When the amount was not disclosed,
# `amount` is null, `undisclosed` is true and `estimates` lists what the press reported, each
# with its source. Rounds that only restate a total (such as Microsoft's "cumulative
# commitment" to OpenAI) say so in their `round` and notes: do not add them up blindly.

# %%
INVESTMENTS = """
query Investments($first: Int!, $after: String) {
  facts(types: [INVESTMENT], first: $first, after: $after, orderBy: DATE_ASC) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        status
        date { text }
        sources { source { url } }
        ... on Investment {
          investors { name }
          investee { name }
          amount { value currency }
          undisclosed
          estimates { value currency }
          round
          stakePercent
        }
      }
    }
  }
}
"""


def money(value, currency):
    return f"{currency} {value:,.0f}"


def amount(investment):
    if investment["amount"]:
        return money(**investment["amount"])
    return "undisclosed"


def estimates(investment):
    """The press's estimates of an undisclosed amount, each figure once."""
    figures = dict.fromkeys(money(e["value"], e["currency"]) for e in investment["estimates"])
    return ", ".join(figures)


investments = pd.DataFrame(
    [
        {
            "date": text(fact["date"]),
            "investors": ", ".join(investor["name"] for investor in fact["investors"]),
            "investee": fact["investee"]["name"],
            "amount": amount(fact),
            "press estimate": estimates(fact),
            "round": fact["round"] or "",
            "stake %": f"{fact['stakePercent']:g}" if fact["stakePercent"] is not None else "",
            "status": fact["status"].lower(),
            "id": fact["id"],
            "sources": sources(fact),
        }
        for fact in fetch_all(INVESTMENTS, "facts")
    ]
)
show(investments, f"Investments ({len(investments)})")

# %% [markdown]
# ## 3. Board seats
#
# A board seat ties a person to an organization's board, sometimes on behalf of another
# organization (an investor's observer). Seats held over a period have a `start` and, once
# over, an `end`; a seat that was announced and never taken is `cancelled`, with the date it was
# reported.

# %%
BOARD_SEATS = """
query BoardSeats($first: Int!, $after: String) {
  facts(types: [BOARD_SEAT], first: $first, after: $after, orderBy: DATE_ASC) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        status
        date { text }
        start { text }
        end { text }
        sources { source { url } }
        ... on BoardSeat {
          person { name }
          board { name }
          onBehalfOf { name }
          role
          voting
        }
      }
    }
  }
}
"""


def voting(seat):
    return {True: "yes", False: "no", None: ""}[seat["voting"]]


board_seats = pd.DataFrame(
    [
        {
            "person": seat["person"]["name"],
            "board": seat["board"]["name"],
            "on behalf of": seat["onBehalfOf"]["name"] if seat["onBehalfOf"] else "",
            "role": seat["role"],
            "voting": voting(seat),
            "start": text(seat["start"]) or f"{text(seat['date'])} (reported)",
            "end": text(seat["end"]),
            "status": seat["status"].lower(),
            "id": seat["id"],
            "sources": sources(seat),
        }
        for seat in fetch_all(BOARD_SEATS, "facts")
    ]
)
show(board_seats, f"Board seats ({len(board_seats)})")

# %% [markdown]
# ## 4. OpenAI's neighbourhood
#
# `neighbourhood(id, depth)` returns what lies within one or two steps of an entity, ready for
# drawing: the entities, the facts that tie them, and `edges` from each fact to each entity it
# involves (with the entity's role), plus links recorded on entities themselves (a product's
# provider, a region's grouping). Here entities are the large, labelled nodes, coloured by type;
# facts are the small grey dots between them.
#
# OpenAI is a hub: two steps out reach most of the graph (hundreds of facts, too many to read in
# one picture), so the drawing keeps one step: OpenAI's own facts and everything they involve.
# Set `DEPTH = 2` for a smaller entity's wider circle.

# %%
NEIGHBOURHOOD = """
query Neighbourhood($id: ID!, $depth: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: 200) {
    center { id name }
    truncated
    entities { __typename id name }
    facts { __typename id }
    edges { source target role relation }
  }
}
"""

CENTER, DEPTH = "openai", 1
STEPS = {1: "one step", 2: "two steps"}[DEPTH]
hood = query(NEIGHBOURHOOD, {"id": CENTER, "depth": DEPTH})["neighbourhood"]
if hood["truncated"]:
    print("The API cut the neighbourhood short (limit); some facts are missing.")

graph = nx.Graph()
for entity in hood["entities"]:
    graph.add_node(entity["id"], label=entity["name"], type=entity["__typename"], fact=False)
for fact in hood["facts"]:
    graph.add_node(fact["id"], type=fact["__typename"], fact=True)
for edge in hood["edges"]:
    graph.add_edge(edge["source"], edge["target"], role=edge["role"], relation=edge["relation"])

fact_types = Counter(fact["__typename"] for fact in hood["facts"])
print(
    f"{hood['center']['name']}, {STEPS} out: {len(hood['entities'])} entities, "
    f"{len(hood['facts'])} facts ({', '.join(f'{n} {t}' for t, n in fact_types.most_common())})"
)

# %% [markdown]
# networkx places the nodes (a spring layout: tied nodes pull together, all nodes push apart).
# With 100-odd labels some would still overlap, so `make_room` then nudges labelled nodes apart
# until no two labels touch. It measures labels in inches, so the layout is stretched to the
# figure's size first.

# %%
WIDTH, HEIGHT = 16, 12  # the drawing, in inches
COLOURS = {
    "Organization": "#1f77b4",
    "Person": "#ff7f0e",
    "Region": "#2ca02c",
    "Product": "#9467bd",
    "Policy": "#d62728",
}
entity_ids = [n for n, data in graph.nodes(data=True) if not data["fact"]]
fact_ids = [n for n, data in graph.nodes(data=True) if data["fact"]]
sizes = {n: 900 if n == CENTER else 200 for n in entity_ids}  # marker areas, in points²
radius = {n: size**0.5 / 2 / 72 for n, size in sizes.items()}  # in inches
labels = {n: textwrap.fill(graph.nodes[n]["label"], 22) for n in entity_ids}


def layout_in_inches(graph, width, height, seed=7):
    """networkx's spring layout, stretched to fill width x height inches (less a margin)."""
    position = nx.spring_layout(graph, seed=seed, k=0.35, iterations=300)
    xy = np.array(list(position.values()))
    low, high = xy.min(axis=0), xy.max(axis=0)
    scale = (np.array([width, height]) - 2) / (high - low)
    return {node: tuple((np.array(p) - low) * scale + 1) for node, p in position.items()}


def make_room(position, labels, radius, rounds=300):
    """Nudges labelled nodes apart until no two overlap, each with its label hanging below it.

    Positions are in inches: a character of an 8-point label is about 0.065 inch wide, and a
    line of it 0.14 inch high.
    """
    nodes = list(labels)
    drop = np.array([radius[n] for n in nodes])
    lines = np.array([labels[n].count("\n") + 1 for n in nodes])
    longest = np.array([max(len(line) for line in labels[n].split("\n")) for n in nodes])
    width = longest * 0.065 + 0.1
    height = 2 * drop + lines * 0.14
    xy = np.array([position[n] for n in nodes], dtype=float)
    for _ in range(rounds):
        x, y = xy[:, 0], xy[:, 1] + drop - height / 2  # the middle of node and label together
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        overlap_x = (width[:, None] + width[None, :]) / 2 - np.abs(dx)
        overlap_y = (height[:, None] + height[None, :]) / 2 - np.abs(dy)
        clash = (overlap_x > 0) & (overlap_y > 0)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        # Move the two of each clash apart, along the axis on which they overlap less.
        vertical = clash & (overlap_y < overlap_x)
        sideways = clash & ~vertical
        xy[:, 0] += np.where(sideways, np.sign(dx) * overlap_x, 0).sum(axis=1) / 4
        xy[:, 1] += np.where(vertical, np.sign(dy) * overlap_y, 0).sum(axis=1) / 4
    return {**position, **{node: tuple(p) for node, p in zip(nodes, xy)}}


position = make_room(layout_in_inches(graph, WIDTH, HEIGHT), labels, radius)

fig = plt.figure(figsize=(WIDTH, HEIGHT + 0.8))
ax = fig.add_axes((0, 0, 1, HEIGHT / (HEIGHT + 0.8)), xlim=(0, WIDTH), ylim=(0, HEIGHT))
nx.draw_networkx_edges(graph, position, ax=ax, edge_color="#c8c8c8", width=0.7)
nx.draw_networkx_nodes(
    graph, position, nodelist=fact_ids, ax=ax, node_size=10, node_color="#999999"
)
nx.draw_networkx_nodes(
    graph,
    position,
    nodelist=entity_ids,
    ax=ax,
    node_size=[sizes[n] for n in entity_ids],
    node_color=[COLOURS[graph.nodes[n]["type"]] for n in entity_ids],
    edgecolors="white",
)
nx.draw_networkx_labels(
    graph,
    {n: (position[n][0], position[n][1] - radius[n] - 0.02) for n in entity_ids},
    labels=labels,
    ax=ax,
    font_size=8,
    verticalalignment="top",
    bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.75},
)
legend = [
    Line2D([], [], marker="o", linestyle="", markersize=10, color=colour, label=entity_type)
    for entity_type, colour in COLOURS.items()
]
legend.append(Line2D([], [], marker="o", linestyle="", markersize=4, color="#999999", label="fact"))
ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(1, 1), frameon=False, fontsize=11)
ax.set_title(
    f"{hood['center']['name']} and everything within {STEPS}: "
    f"{len(entity_ids)} entities, {len(fact_ids)} facts",
    fontsize=16,
)
ax.set_axis_off()
save_figure(fig, f"{CENTER}-neighbourhood.png")

# %% [markdown]
# ## 5. The founding story: OpenAI from mainland China
#
# OpenAI blocks API traffic from China, yet firms there reach OpenAI's models through Azure
# OpenAI Service, which 21Vianet operates in China for Microsoft. `accessRoutes` answers this in
# one request: the restrictions that block the provider's products in the region on a day, and
# every route that still reaches it, each a chain of sourced facts. (The region's id is `cn`:
# mainland China; Hong Kong and Macau are regions of their own.)
#
# Ask on another day by changing `AS_OF` (`None` means today): from 2024-10-21 both routes are
# also narrowed by Microsoft's withdrawal of the service from individual developers.

# %%
ACCESS = """
query Access($provider: ID!, $region: ID!, $asOf: Date) {
  accessRoutes(provider: $provider, region: $region, asOf: $asOf) {
    asOf
    reachable
    summary
    provider { name }
    region { name }
    blockedBy {
      id
      kind
      description
      start { text }
      imposedBy { name }
      sources { source { url } }
    }
    routes {
      product { name }
      provider { name }
      lineage { name }
      operator { name }
      facts {
        __typename
        id
        description
        sources { source { url } }
      }
      limitedBy { id description }
    }
  }
}
"""

AS_OF = "2024-08-01"
access = query(ACCESS, {"provider": "openai", "region": "cn", "asOf": AS_OF})["accessRoutes"]

print(f"{access['provider']['name']} from {access['region']['name']} on {access['asOf']}")
print(access["summary"])
for block in access["blockedBy"]:
    imposer, since = block["imposedBy"]["name"], text(block["start"])
    print(f"Blocked by {block['id']} ({block['kind']}), imposed by {imposer} from {since}")
    print(f"  {block['description']}")
    print(f"  sources: {sources(block)}")
for number, route in enumerate(access["routes"], start=1):
    provider = route["provider"]["name"] if route["provider"] else "?"
    operator = route["operator"]["name"] if route["operator"] else "its provider"
    print(f"Route {number}: {route['product']['name']} by {provider}, operated by {operator}")
    print(f"  built on: {' -> '.join(product['name'] for product in route['lineage'])}")
    for fact in route["facts"]:
        print(f"  {fact['__typename']} {fact['id']}: {fact['description']}")
        print(f"    sources: {sources(fact)}")
    for limit in route["limitedBy"]:
        print(f"  narrowed by {limit['id']}: {limit['description']}")
print()

# %% [markdown]
# ## 6. Generative-AI patent filings by country
#
# Patent statistics are facts too: who reported them (WIPO), for which field and period, a count
# and its unit, and either a jurisdiction (a country, by where the inventors are) or an applicant
# (a company), or neither (a worldwide total). First, everything the graph holds:

# %%
PATENTS = """
query Patents($first: Int!, $after: String) {
  facts(types: [PATENT_STATISTIC], first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        start { text }
        end { text }
        sources { source { url } }
        ... on PatentStatistic {
          field
          count
          unit
          basis
          reportedBy { name }
          jurisdiction { name code }
          applicant { name country }
        }
      }
    }
  }
}
"""

patents = pd.DataFrame(
    [
        {
            "field": fact["field"],
            "unit": fact["unit"],
            "period": "–".join(dict.fromkeys([text(fact["start"]), text(fact["end"])])),
            "country": fact["jurisdiction"]["name"] if fact["jurisdiction"] else None,
            "code": fact["jurisdiction"]["code"] if fact["jurisdiction"] else None,
            "applicant": fact["applicant"]["name"] if fact["applicant"] else None,
            "applicant's country": fact["applicant"]["country"] if fact["applicant"] else None,
            "basis": fact["basis"],
            "count": fact["count"],
            "reported by": fact["reportedBy"]["name"],
            "id": fact["id"],
            "sources": sources(fact),
        }
        for fact in fetch_all(PATENTS, "facts")
    ]
)


def about(statistic):
    if pd.notna(statistic["country"]):
        return "a country"
    return "an applicant" if pd.notna(statistic["applicant"]) else "worldwide"


overview = (
    patents.assign(about=patents.apply(about, axis=1))
    .groupby(["field", "unit", "about"])
    .agg(statistics=("id", "size"), periods=("period", lambda p: ", ".join(sorted(set(p)))))
    .reset_index()
)
show(overview, f"Patent statistics ({len(patents)})")

# %% [markdown]
# Counts in different units (patent families, inventions) or fields must not be added, so the
# table by country keeps one field and one unit. A country's count is the sum of its statistics
# for them (one each in the curated seed: WIPO's 2014–2023 totals, by inventor location).

# %%
FIELD, UNIT = "generative AI", "patent-families"
same_measure = (patents["field"] == FIELD) & (patents["unit"] == UNIT)


def distinct(values):
    return ", ".join(sorted(set(values.dropna())))


def distinct_urls(urls):
    return " ".join(dict.fromkeys(" ".join(urls).split()))


by_country = (
    patents[same_measure & patents["country"].notna()]
    .groupby(["country", "code"])
    .agg(
        count=("count", "sum"),
        period=("period", distinct),
        basis=("basis", distinct),
        sources=("sources", distinct_urls),
    )
    .sort_values("count", ascending=False)
    .reset_index()
)
show(by_country, f"{FIELD} {UNIT} by country")

# %% [markdown]
# The statistics by applicant count something else (patent families filed by one company, where
# ever its inventors are), so they are not added to the countries; here they are with each
# applicant's home country, named from the regions read in section 1.

# %%
# Groupings of regions (the European Union, ...) have no code: only countries are named here.
countries = entities[(entities["type"] == "Region") & entities["country"].notna()]
region_names = countries.set_index("country")["name"]
top_applicants = (
    patents[same_measure & patents["applicant"].notna()]
    .groupby(["applicant", "applicant's country"])
    .agg(count=("count", "sum"), period=("period", distinct))
    .sort_values("count", ascending=False)
    .reset_index()
    .rename(columns={"applicant's country": "code"})
)
home_country = top_applicants["code"].map(region_names).fillna(top_applicants["code"])
top_applicants.insert(1, "home country", home_country)
show(top_applicants, f"{FIELD} {UNIT} by applicant")

# %%
# One colour per country, the same in both charts.
codes = sorted(set(by_country["code"]) | set(top_applicants["code"]))
colour_of = dict(zip(codes, plt.cm.tab10.colors))

fig, (left, right) = plt.subplots(1, 2, figsize=(15, 6), gridspec_kw={"wspace": 0.5})
left.barh(
    by_country["country"], by_country["count"], color=[colour_of[c] for c in by_country["code"]]
)
left.set_title(f"By inventor location, {distinct(by_country['period'])}")
right.barh(
    top_applicants["applicant"],
    top_applicants["count"],
    color=[colour_of[c] for c in top_applicants["code"]],
)
right.set_title(f"Top applicants, {distinct(top_applicants['period'])}, by home country")
home_countries = top_applicants.drop_duplicates("code")
right.legend(
    handles=[plt.Rectangle((0, 0), 1, 1, color=colour_of[c]) for c in home_countries["code"]],
    labels=list(home_countries["home country"]),
    loc="lower right",
    frameon=False,
)
for axis in (left, right):
    axis.bar_label(axis.containers[0], fmt="{:,.0f}", padding=3)
    axis.invert_yaxis()  # the largest on top
    axis.set_xlabel(UNIT.replace("-", " "))
    axis.xaxis.set_major_formatter("{x:,.0f}")
    axis.locator_params(axis="x", nbins=5)
    axis.margins(x=0.15)
    axis.spines[["top", "right"]].set_visible(False)
# Who counted what is charted (other statistics may come from other offices).
reporters = ", ".join(sorted(set(patents[same_measure]["reported by"])))
title = f"{FIELD[0].upper()}{FIELD[1:]} {UNIT.replace('-', ' ')}, as counted by {reporters}"
fig.suptitle(title, fontsize=15)
fig.subplots_adjust(top=0.86)
save_figure(fig, "patent-families-by-country.png")
