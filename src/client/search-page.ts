// The /search/ page: Pagefind's JS API behind a form whose state lives in the URL.
import {
  hasCriteria,
  pagefindOptions,
  readSearchState,
  SEARCH_FILTERS,
  writeSearchState,
  type SearchFilter,
  type SearchState,
} from "../lib/search/search-query";
import {
  openShards,
  type Counts,
  type PagefindModule,
  type ShardedIndex,
  type PartialResponse,
} from "../lib/search/search-shards";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string; category?: string; image?: string; image_alt?: string };
}
type Pagefind = ShardedIndex<PagefindResultData>;
type PagefindResponse = PartialResponse<PagefindResultData>;

const PAGE_SIZE = 10;
const FILTER_TITLES: Record<SearchFilter, string> = {
  category: "Category",
  make: "Make",
  author: "Author",
  year: "Year",
};

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const panel = document.querySelector<HTMLDetailsElement>("#search-filters")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const sortSelect = form.querySelector<HTMLSelectElement>("select[name=sort]")!;
const facets = document.querySelector<HTMLElement>("#search-facets")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const more = document.querySelector<HTMLButtonElement>("#search-more")!;

let pagefind: Pagefind | undefined;
let allFilters: Counts = {};
let shown = 0;
/** The search on screen: its state, and what the parts searched so far gave. */
let current: { state: SearchState; response: PagefindResponse } | null = null;
let run = 0;

function stateFromForm(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function unavailable(message: string) {
  status.replaceChildren(message, " You can still browse by ");
  const archive = document.createElement("a");
  archive.href = "/archive/";
  archive.textContent = "date";
  status.append(archive, " or by section from the menu.");
  document.body.dataset.search = "unavailable";
}

/** Counts per filter group, and whether each is exact (every part answered) or a lower bound. */
interface FacetCounts {
  counts: Counts;
  exact: Partial<Record<SearchFilter, boolean>>;
}

/**
 * Counts for each filter value: how many results ticking it would give. For a
 * group with ticked values that means searching without that group's own
 * filter, or every other value of the group would show 0. Over the parts the
 * search itself has answered from, so the counts grow with its results.
 * None until the filters are on screen (the parts' filter files loaded).
 */
async function facetCounts(state: SearchState, response: PagefindResponse): Promise<FacetCounts | null> {
  if (!pagefind?.counting) return null;
  const counts: Counts = { ...response.filters };
  const exact: FacetCounts["exact"] = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, response.complete]));
  await Promise.all(
    SEARCH_FILTERS.filter((name) => state.filters[name].length > 0).map(async (name) => {
      const without = { ...state, filters: { ...state.filters, [name]: [] } };
      const wider = hasCriteria(without)
        ? await pagefind!.search(without.query || null, pagefindOptions(without), { atLeast: 0, parts: response.parts })
        : null;
      counts[name] = wider?.filters[name] ?? allFilters[name] ?? {};
      exact[name] = wider?.complete ?? true;
    }),
  );
  return { counts, exact };
}

/** The build's counts over the whole archive. */
const EXACT = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, true]));

/** `known` null: the values alone, their counts not known yet. */
function renderFacets(state: SearchState, known: FacetCounts | null) {
  facets.replaceChildren(
    ...SEARCH_FILTERS.map((name) => {
      // Values from the URL that the index does not know stay listed, so they can be unticked.
      const values = [...new Set([...Object.keys(allFilters[name] ?? {}), ...state.filters[name]])];
      if (values.length === 0) return undefined;
      values.sort((a, b) => (name === "year" ? b.localeCompare(a) : a.localeCompare(b)));
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = FILTER_TITLES[name];
      fieldset.append(legend);
      for (const value of values) {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = name;
        box.value = value;
        box.checked = state.filters[name].includes(value);
        label.append(box, ` ${value} `);
        fieldset.append(label);
        if (!known) continue;
        const { counts, exact } = known;
        const count = counts[name]?.[value] ?? 0;
        const badge = document.createElement("span");
        badge.className = "count";
        // Older stories not searched yet may add to it.
        badge.textContent = exact[name] ? `(${count})` : `(${count}+)`;
        if (!exact[name]) badge.title = `At least ${count}: older stories are searched when you ask for more results`;
        label.append(badge);
        if (count === 0 && exact[name] && !box.checked) label.classList.add("empty");
      }
      return fieldset;
    }).filter((fieldset) => fieldset !== undefined),
  );
}

function announce(state: SearchState, response: PagefindResponse) {
  const total = response.results.length;
  const what = state.query ? ` for “${state.query}”` : "";
  status.textContent = `${total}${response.complete ? "" : "+"} ${total === 1 ? "result" : "results"}${what}`;
}

/** Adds the next page of results, searching older parts first if those searched so far have too few. */
async function renderResults(from: number) {
  let shownSearch = current;
  if (!shownSearch || !pagefind) return;
  const mine = run;
  const { state } = shownSearch;
  let response = shownSearch.response;
  if (!response.complete && response.results.length < from + PAGE_SIZE) {
    response = await pagefind.search(state.query || null, pagefindOptions(state), {
      atLeast: from + PAGE_SIZE,
      parts: response.parts + 1,
    });
    const counts = await facetCounts(state, response);
    if (mine !== run) return;
    shownSearch = current = { state, response };
    renderFacets(state, counts);
  }
  const slice = response.results.slice(from, from + PAGE_SIZE);
  const items = await Promise.all(slice.map((result) => result.data()));
  // A newer search replaced these results while they loaded.
  if (shownSearch !== current) return;
  for (const data of items) {
    const item = document.createElement("li");
    item.className = "result";
    if (data.meta.image) {
      const img = document.createElement("img");
      img.src = data.meta.image;
      img.alt = data.meta.image_alt ?? "";
      img.width = 160;
      img.height = 90;
      img.loading = "lazy";
      item.append(img);
    }
    const body = document.createElement("div");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = [data.meta.category, data.meta.date].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    // Pagefind escapes the indexed text and adds only <mark> around matches.
    excerpt.innerHTML = data.excerpt;
    body.append(heading, meta, excerpt);
    item.append(body);
    list.append(item);
  }
  shown = from + slice.length;
  more.hidden = response.complete && shown >= response.results.length;
  announce(state, response);
}

/** Shows the results for `state`. `fromUrl`: the form is refilled (first load, back/forward); typing never is. */
async function search(state: SearchState, fromUrl: boolean) {
  const mine = ++run;
  if (fromUrl) {
    input.value = state.query;
    sortSelect.value = state.sort;
  }
  if (!pagefind) return;
  try {
    if (!hasCriteria(state)) {
      current = null;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "Type a word or pick a filter to search every story.";
      renderFacets(state, { counts: allFilters, exact: EXACT });
      return;
    }
    // Newest first, the newest parts alone while they give a page of results.
    const response = await pagefind.search(state.query || null, pagefindOptions(state), { atLeast: PAGE_SIZE });
    // A newer search started while this one ran: its results win.
    if (mine !== run) return;
    const counts = await facetCounts(state, response);
    if (mine !== run) return;
    current = { state, response };
    list.replaceChildren();
    renderFacets(state, counts);
    // Announced once the results are on screen.
    await renderResults(0);
  } catch {
    unavailable("Search is not working right now.");
  }
}

// Typing replaces one history entry per burst of typing; a submitted or filtered search adds one.
let typingEntry = false;
function commit(kind: "typing" | "action") {
  const state = stateFromForm();
  const url = `${location.pathname}${writeSearchState(state)}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (kind === "typing" && typingEntry) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }
  typingEntry = kind === "typing";
  void search(state, false);
}

/**
 * Counts for the search on screen, once the filters are: a reader on a phone, whose filters start
 * folded, pays for the parts' filter files only on opening them.
 */
async function startCounting() {
  if (!pagefind || pagefind.counting) return;
  await pagefind.countFilters();
  const shownSearch = current;
  if (!shownSearch) return;
  const { state, response } = shownSearch;
  // The parts that answered, searched again with their filter files: Pagefind fetches only those.
  const counted = await pagefind.search(state.query || null, pagefindOptions(state), {
    atLeast: 0,
    parts: response.parts,
  });
  const counts = await facetCounts(state, counted);
  if (shownSearch === current) renderFacets(state, counts);
}

async function start() {
  // On a phone the filters would push every result below the fold: start them folded.
  if (matchMedia("(max-width: 50rem)").matches) panel.open = false;
  try {
    // The index exists only in a build; `astro dev` serves no /pagefind/ folder.
    pagefind = await openShards(
      "/pagefind/",
      async (url) => (await import(/* @vite-ignore */ url)) as PagefindModule<PagefindResultData>,
    );
    await pagefind.options({ excerptLength: 24 });
    allFilters = await pagefind.filters();
    if (panel.open) await startCounting();
  } catch {
    pagefind = undefined;
    unavailable(
      import.meta.env.DEV
        ? "The search index is missing. It is made by `npm run build`; run `npm run preview` to try search locally."
        : "Search is not available right now.",
    );
    return;
  }
  document.body.dataset.search = "ready";
  await search(readSearchState(new URLSearchParams(location.search)), true);
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => commit("typing"), 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  commit("action");
});
form.addEventListener("change", (event) => {
  if (event.target !== input) commit("action");
});
more.addEventListener("click", () => {
  more.disabled = true;
  renderResults(shown)
    .catch(() => unavailable("Search is not working right now."))
    .finally(() => (more.disabled = false));
});
panel.addEventListener("toggle", () => {
  if (panel.open) startCounting().catch(() => unavailable("Search is not working right now."));
});
addEventListener("popstate", () => {
  typingEntry = false;
  void search(readSearchState(new URLSearchParams(location.search)), true);
});

void start();
