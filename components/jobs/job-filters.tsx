"use client";
import { ArrowDownWideNarrow, ArrowUpNarrowWide, Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { EXTERNAL_PERSON, isFiltered, JOB_SORTS, type JobListFilter, type JobListQuery } from "@/lib/jobs/list";
import { JOB_STATUSES } from "@/lib/jobs/status";
import type { FacetOption, JobFacets } from "@/lib/jobs/view";

type JobFiltersProps = {
  query: JobListQuery;
  facets: JobFacets;
  onChange: (patch: Partial<JobListQuery>) => void;
};

/** Filter menus, search and sort of the jobs list; every choice lands in the URL. */
export function JobFilters({ query, facets, onChange }: JobFiltersProps) {
  const t = useTranslations("jobs");
  const any = { value: "", label: t("filters.any") };
  const options = (facet: FacetOption[], label = (option: FacetOption) => option.label) => [
    any,
    ...facet.map((option) => ({ value: option.value, label: `${label(option)} (${option.count})` })),
  ];
  const select = (name: JobListFilter, label: string, choices: { value: string; label: string }[]) => (
    <SelectField
      label={label}
      name={name}
      value={query[name] ?? ""}
      options={choices}
      onChange={(event) => onChange({ [name]: event.target.value || undefined })}
    />
  );

  return (
    <div className="mb-4 flex flex-col gap-3">
      <search>
        <form
          className="flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
            onChange({ q: q || undefined });
          }}
        >
          <input
            key={query.q ?? ""}
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            aria-label={t("filters.search")}
            placeholder={t("filters.searchPlaceholder")}
            className="h-10 min-w-0 flex-1 rounded-md border border-border bg-surface px-3 text-sm placeholder:text-fg-muted"
          />
          <Button type="submit" variant="secondary">
            <Search aria-hidden className="size-4" />
            {t("filters.searchButton")}
          </Button>
        </form>
      </search>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 2xl:grid-cols-6">
        {select("status", t("filters.status"), [
          any,
          ...JOB_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        ])}
        {select("connection", t("filters.connection"), options(facets.connections))}
        {select("model", t("filters.model"), options(facets.models))}
        {select(
          "person",
          t("filters.person"),
          options(facets.people, (option) => (option.value === EXTERNAL_PERSON ? t("external") : option.label)),
        )}
        {select("dataset", t("filters.dataset"), options(facets.datasets))}
        <div className="flex items-end gap-1">
          <SelectField
            className="min-w-0 flex-1"
            label={t("filters.sort")}
            name="sort"
            value={query.sort}
            options={JOB_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
            onChange={(event) => onChange({ sort: event.target.value as JobListQuery["sort"] })}
          />
          <Button
            variant="secondary"
            aria-label={query.dir === "asc" ? t("filters.ascending") : t("filters.descending")}
            title={query.dir === "asc" ? t("filters.ascending") : t("filters.descending")}
            onClick={() => onChange({ dir: query.dir === "asc" ? "desc" : "asc" })}
          >
            {query.dir === "asc" ? (
              <ArrowUpNarrowWide aria-hidden className="size-4" />
            ) : (
              <ArrowDownWideNarrow aria-hidden className="size-4" />
            )}
          </Button>
        </div>
      </div>
      {isFiltered(query) && (
        <div>
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              onChange({
                status: undefined,
                connection: undefined,
                model: undefined,
                person: undefined,
                dataset: undefined,
                q: undefined,
              })
            }
          >
            <X aria-hidden className="size-4" />
            {t("filters.clear")}
          </Button>
        </div>
      )}
    </div>
  );
}
