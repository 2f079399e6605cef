#pragma once

#include "dashboards/Dashboard.h"
#include "sources/Source.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace opsdeck {

// A Grafana dashboard's JSON (an export or /api/dashboards/uid/X's "dashboard"; the old
// `rows` layout and the new `panels` one, with nested collapsed rows) as an Opsdeck
// dashboard. `timeseries` and `graph` panels become chart panels, `stat` value panels,
// `table` table panels, one Opsdeck panel per visible target whose datasource is
// Prometheus (`expr`) or Graphite (`target`): the query passed through as the panel's
// series, read from an Opsdeck source of that kind. Everything else is skipped with the
// reason. Reading only: nothing is written (the CLI validates and saves).
//
// Datasources: a panel's (or target's) datasource is a name, a uid, an object {type, uid}
// or a `${DS_X}` input; it is matched to an Opsdeck source by, in order: the caller's map
// (Options::datasources: Grafana uid or name -> Opsdeck source id or URL), the only
// Opsdeck source of that kind, or the one source whose URL's host the datasource's name or
// uid names. Otherwise it is unresolved: its panels are skipped and it is listed with
// the candidates, so the CLI can ask for --datasource NAME=SOURCE. Sources of one URL
// and binding count as one datasource (the lowest id stands for them).
//
// A source polls one query. A panel reads the series of the source of the matched kind
// and URL that polls its very query with an `as` key (that key is what the poll stores,
// exactly, when the query gives one series; a chart panel also draws the KEY.<series> a
// query giving several is stored as, PanelEvaluator). When no source does, the import plans one
// (Outcome::added, with Options::addSources): a copy of the matched source (kind, URL,
// auth user and secret name, binding, interval, timeout, step) with the panel's query
// and the query as its `as` key, which the panel reads. GrafanaImportWriter adds the
// planned sources with the dashboard. Without addSources the panel keeps the query and
// is listed in Outcome::unpolled: it stays empty until a source polls it.
class GrafanaImporter
{
public:
    struct Options
    {
        QString name;                        // the dashboard's name; empty: from the Grafana title
        QHash<QString, QString> datasources; // Grafana uid or name -> Opsdeck source id or URL
        QList<Source> sources;               // Opsdeck's sources (SourceRepository::list())
        bool addSources = true;              // plan a source for each query no source polls
    };

    struct Taken
    {
        QString title;       // the Opsdeck panel's
        QString grafanaType; // timeseries, graph, stat, table
        QString datasource;  // the Grafana datasource as the panel names it
        qint64 sourceId = 0; // 0 while the source it reads is still to be added
        QString series;
        int added = -1; // the index in Outcome::added of the source it reads, or -1
    };

    // A source the import adds: `source` (its id 0 until GrafanaImportWriter wrote it),
    // a copy of source `basedOn` polling `source.query`, stored as `source.asKey`.
    struct Added
    {
        Source source;
        qint64 basedOn = 0;
        QStringList panels; // the titles of the panels that read it
    };

    // A panel no source polls the query of (with addSources false): it stays empty.
    struct Unpolled
    {
        QString title;
        qint64 sourceId = 0; // the matched source
        QString series;
    };

    struct Skipped
    {
        QString title;
        QString grafanaType;
        QString reason; // translated
    };

    struct Unresolved
    {
        QString datasource; // the name or uid to give in --datasource NAME=SOURCE
        QString kind;       // prometheus, graphite
        QList<qint64> candidates;
    };

    struct Outcome
    {
        Dashboard dashboard;
        QList<Taken> taken;
        QList<Skipped> skipped;
        QList<Unresolved> unresolved;
        QList<Added> added;
        QList<Unpolled> unpolled;
    };

    // "source 3 + `rate(x[5m])`": how an added source reads in a report (translated).
    static QString describe(const Added& added);

    // Usage when the text is not a Grafana dashboard (the JSON path says where), or when
    // a --datasource mapping names no Opsdeck source.
    static Result<Outcome> import(const QByteArray& json, const Options& options);
};

} // namespace opsdeck
