#include "dashboards/GrafanaImporter.h"

#include "dashboards/DashboardJson.h"
#include "dashboards/GrafanaSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace opsdeck {
namespace {

using grafana::DsRef;

constexpr int kColumns = 4;         // Opsdeck's grid for an import
constexpr int kGrafanaColumns = 24; // Grafana's gridPos width
constexpr int kMaxRow = 1000;
constexpr qint64 kDefaultRange = 6 * 3600;       // Grafana's default time range
constexpr qint64 kMaxRange = 10LL * 365 * 86400; // DashboardJson's limit

QString slug(const QString& title)
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9_.-]+"));
    QString s = title.toLower().replace(bad, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    s = s.left(64);
    return s.isEmpty() || s == DashboardNames::homeName() ? QStringLiteral("grafana") : s;
}

PanelStatistic statisticOf(const QJsonObject& panel)
{
    const QJsonArray calcs = panel.value(QStringLiteral("options"))
                                 .toObject()
                                 .value(QStringLiteral("reduceOptions"))
                                 .toObject()
                                 .value(QStringLiteral("calcs"))
                                 .toArray();
    const QString c =
        calcs.isEmpty() ? panel.value(QStringLiteral("valueName")).toString() : calcs.first().toString();
    if (c == QLatin1String("last") || c == QLatin1String("lastNotNull") || c == QLatin1String("current"))
        return PanelStatistic::Last;
    if (c == QLatin1String("max"))
        return PanelStatistic::Max;
    if (c == QLatin1String("min"))
        return PanelStatistic::Min;
    if (c == QLatin1String("sum") || c == QLatin1String("total"))
        return PanelStatistic::Sum;
    // Grafana's stat panel shows the last value when its reducer is unset; the old
    // singlestat's `valueName` defaulted to avg.
    if (c.isEmpty() && panel.value(QStringLiteral("type")).toString() == QLatin1String("stat"))
        return PanelStatistic::Last;
    return PanelStatistic::Avg;
}

// One Grafana panel (not a row) at its place in the Opsdeck grid.
struct Placed
{
    QJsonObject panel;
    int x = 0;
    int y = 0;
    int width = 1;
};

class Walker
{
public:
    QList<Placed> panels;

    // New layout: panels with gridPos, rows as `row` panels (collapsed ones hold theirs).
    void walkPanels(const QJsonArray& list)
    {
        for (const QJsonValue& v : list) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("type")).toString() == QLatin1String("row")) {
                walkPanels(p.value(QStringLiteral("panels")).toArray());
                continue;
            }
            const QJsonObject g = p.value(QStringLiteral("gridPos")).toObject();
            const int gx = g.value(QStringLiteral("x")).toInt();
            const int gw = g.value(QStringLiteral("w")).toInt(12);
            const int x = std::clamp(gx * kColumns / kGrafanaColumns, 0, kColumns - 1);
            const int w =
                std::clamp((gw * kColumns + kGrafanaColumns / 2) / kGrafanaColumns, 1, kColumns - x);
            panels.append({p, x, g.value(QStringLiteral("y")).toInt(), w});
        }
    }

    // Grafana's y (grid units) as rows: the n-th distinct y is row n.
    void rankRows()
    {
        QList<int> ys;
        for (const Placed& p : std::as_const(panels))
            ys << p.y;
        std::sort(ys.begin(), ys.end());
        ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
        for (Placed& p : panels)
            p.y = int(ys.indexOf(p.y));
    }

    // Old layout: rows of panels with a span out of 12, left to right.
    void walkRows(const QJsonArray& rows)
    {
        int y = 0;
        for (const QJsonValue& r : rows) {
            int x = 0;
            for (const QJsonValue& v : r.toObject().value(QStringLiteral("panels")).toArray()) {
                const QJsonObject p = v.toObject();
                const int span = p.value(QStringLiteral("span")).toInt(12);
                const int w = std::clamp((span * kColumns + 6) / 12, 1, kColumns);
                if (x + w > kColumns) {
                    x = 0;
                    ++y;
                }
                panels.append({p, x, y, w});
                x += w;
            }
            ++y;
        }
    }
};

class Converter
{
public:
    Converter(const QJsonObject& dashboard, const GrafanaImporter::Options& options)
        : m_options(options), m_matcher(options), m_variables(grafana::variablesOf(dashboard))
    {
        for (const QJsonValue& v : dashboard.value(QStringLiteral("__inputs")).toArray()) {
            const QJsonObject o = v.toObject();
            m_inputs.insert(o.value(QStringLiteral("name")).toString(), o);
        }
        m_range =
            grafana::relativeSeconds(
                dashboard.value(QStringLiteral("time")).toObject().value(QStringLiteral("from")).toString())
                .value_or(6 * 3600);
    }

    Status checkMappings() const { return m_matcher.checkMappings(); }

    void convert(const Placed& placed, GrafanaImporter::Outcome& out)
    {
        const QJsonObject& p = placed.panel;
        const QString type = p.value(QStringLiteral("type")).toString();
        const QString title = p.value(QStringLiteral("title")).toString().trimmed();
        auto skip = [&](const QString& why) {
            out.skipped.append({title, type, why});
        };
        const std::optional<PanelKind> kind = kindOf(type);
        if (!kind)
            return skip(QCoreApplication::translate("GrafanaImporter",
                                                    "the panel type '%1' has no Opsdeck counterpart")
                            .arg(type));
        const DsRef panelDs = grafana::refOf(p.value(QStringLiteral("datasource")), m_inputs);
        if (panelDs.mixed)
            return skip(QCoreApplication::translate(
                "GrafanaImporter", "it mixes datasources; Opsdeck reads one source per panel"));
        const QList<Target> targets = targetsOf(p, panelDs);
        if (targets.isEmpty())
            return skip(QCoreApplication::translate("GrafanaImporter", "it has no target"));
        for (const Target& t : std::as_const(targets))
            if (!(t.ds == targets.first().ds))
                return skip(QCoreApplication::translate(
                    "GrafanaImporter", "its targets mix datasources; Opsdeck reads one source per panel"));
        const QString dsKind = targets.first().kind;
        if (dsKind != QLatin1String("prometheus") && dsKind != QLatin1String("graphite"))
            return skip(QCoreApplication::translate("GrafanaImporter",
                                                    "its datasource '%1' is neither Prometheus nor Graphite")
                            .arg(dsKind.isEmpty() ? targets.first().ds.key : dsKind));
        const auto match = m_matcher.match(targets.first().ds, dsKind);
        if (!match.source)
            return skip(match.problem);
        const qint64 range = rangeOf(p);
        QList<std::pair<Panel, Reading>> made;
        for (const Target& t : std::as_const(targets)) {
            if (t.query.isEmpty())
                continue;
            auto query = grafana::substitute(t.query, m_variables, DashboardJson::rangeText(range));
            if (!query.ok())
                return skip(query.error().message);
            Panel panel;
            panel.kind = *kind;
            panel.title = title;
            if (targets.size() > 1)
                panel.title = QStringLiteral("%1 (%2)").arg(title, t.refId);
            if (query->trimmed().isEmpty())
                continue;
            const Reading reading = readingOf(*match.source, query->trimmed(), panel.title, out);
            panel.query.series = reading.series;
            panel.query.source = sourceKindSeriesSource(match.source->kind);
            panel.query.machine = reading.by.machine;
            if (reading.by.machine.isEmpty())
                panel.query.node = reading.by.nodePath;
            panel.statistic = statisticOf(p);
            panel.rangeSecs = range;
            panel.x = placed.x;
            panel.y = std::min(placed.y, kMaxRow);
            panel.width = placed.width;
            made << std::pair(panel, reading);
        }
        if (made.isEmpty())
            return skip(QCoreApplication::translate("GrafanaImporter", "it has no target"));
        for (const auto& [panel, reading] : std::as_const(made)) {
            out.dashboard.panels << panel;
            out.taken.append({panel.title, type, targets.first().ds.key, reading.sourceId, panel.query.series,
                              reading.added});
        }
    }

    QList<GrafanaImporter::Unresolved> unresolved() const { return m_matcher.unresolved(); }

private:
    // The series a panel reads, and from which source (an existing one, or one to add).
    struct Reading
    {
        QString series;
        qint64 sourceId = 0; // 0: the source is Outcome::added[added]
        int added = -1;
        Source by; // its binding
    };

    // A source of the matched one's kind and URL that polls `query` with an `as` key (so
    // the stored name is known): the matched one, another, or one this import adds; else
    // (addSources) one planned now, or (not) the query itself, which stays unpolled.
    Reading readingOf(const Source& matched, const QString& query, const QString& title,
                      GrafanaImporter::Outcome& out) const
    {
        const auto polls = [&](const Source& s) {
            return s.kind == matched.kind && grafana::sameUrl(s.url, matched.url) && !s.asKey.isEmpty() &&
                   s.query.simplified() == query.simplified();
        };
        if (polls(matched))
            return {matched.asKey, matched.id, -1, matched};
        for (const Source& s : m_options.sources)
            if (polls(s))
                return {s.asKey, s.id, -1, s};
        for (qsizetype i = 0; i < out.added.size(); ++i)
            if (polls(out.added.at(i).source)) {
                out.added[i].panels << title;
                return {out.added.at(i).source.asKey, 0, int(i), out.added.at(i).source};
            }
        if (!m_options.addSources) {
            out.unpolled.append({title, matched.id, query});
            return {query, matched.id, -1, matched};
        }
        Source copy = matched;
        copy.id = 0;
        copy.query = query;
        copy.asKey = query.simplified();
        copy.enabled = true;
        copy.stamp = {};
        out.added.append({copy, matched.id, {title}});
        return {copy.asKey, 0, int(out.added.size()) - 1, copy};
    }

    struct Target
    {
        DsRef ds;
        QString kind; // prometheus, graphite, or the datasource's plugin
        QString query;
        QString refId;
    };

    static std::optional<PanelKind> kindOf(const QString& type)
    {
        if (type == QLatin1String("timeseries") || type == QLatin1String("graph"))
            return PanelKind::Chart;
        if (type == QLatin1String("stat") || type == QLatin1String("singlestat"))
            return PanelKind::Value;
        if (type == QLatin1String("table") || type == QLatin1String("table-old"))
            return PanelKind::Table;
        return std::nullopt;
    }

    // The visible targets, each with its datasource (its own, else the panel's).
    QList<Target> targetsOf(const QJsonObject& p, const DsRef& panelDs) const
    {
        QList<Target> targets;
        for (const QJsonValue& v : p.value(QStringLiteral("targets")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("hide")).toBool())
                continue;
            Target target;
            const DsRef own = grafana::refOf(t.value(QStringLiteral("datasource")), m_inputs);
            target.ds = own.isNull ? panelDs : own;
            target.refId = t.value(QStringLiteral("refId")).toString();
            if (t.contains(QStringLiteral("expr"))) {
                target.kind = QStringLiteral("prometheus");
                target.query = t.value(QStringLiteral("expr")).toString().trimmed();
            } else if (t.contains(QStringLiteral("target"))) {
                target.kind = QStringLiteral("graphite");
                target.query = t.value(QStringLiteral("target")).toString().trimmed();
            } else {
                target.kind = target.ds.kind;
            }
            if (!target.ds.kind.isEmpty() && target.ds.kind != target.kind && !target.query.isEmpty())
                target.kind = target.ds.kind;
            targets << target;
        }
        return targets;
    }

    // The panel's timeFrom, else the dashboard's range; within what DashboardJson takes.
    qint64 rangeOf(const QJsonObject& p) const
    {
        qint64 range = m_range;
        if (auto own = grafana::relativeSeconds(QStringLiteral("now-") +
                                                p.value(QStringLiteral("timeFrom")).toString()))
            range = *own;
        return range <= 0 || range > kMaxRange ? kDefaultRange : range;
    }

    const GrafanaImporter::Options& m_options;
    grafana::DatasourceMatcher m_matcher;
    QHash<QString, std::optional<QString>> m_variables;
    QHash<QString, QJsonObject> m_inputs;
    qint64 m_range = kDefaultRange;
};

} // namespace

QString GrafanaImporter::describe(const Added& added)
{
    return QCoreApplication::translate("GrafanaImporter", "a copy of source %1 polling %2")
        .arg(added.basedOn)
        .arg(added.source.query);
}

Result<GrafanaImporter::Outcome> GrafanaImporter::import(const QByteArray& json, const Options& options)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::usage(QStringLiteral("$: ") +
                            QCoreApplication::translate("GrafanaImporter", "not JSON (at byte %1: %2)")
                                .arg(error.offset)
                                .arg(error.errorString()));
    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("dashboard")).isObject()) // the HTTP API's {"dashboard": ..., "meta": ...}
        root = root.value(QStringLiteral("dashboard")).toObject();
    const bool hasPanels = root.value(QStringLiteral("panels")).isArray();
    const bool hasRows = root.value(QStringLiteral("rows")).isArray();
    if (!doc.isObject() || (!hasPanels && !hasRows))
        return Error::usage(
            QStringLiteral("$: ") +
            QCoreApplication::translate("GrafanaImporter",
                                        "not a Grafana dashboard: it has neither \"panels\" nor \"rows\""));
    Converter converter(root, options);
    if (auto st = converter.checkMappings(); !st.ok())
        return st.error();
    Walker walker;
    if (hasRows)
        walker.walkRows(root.value(QStringLiteral("rows")).toArray());
    if (hasPanels && !hasRows) {
        walker.walkPanels(root.value(QStringLiteral("panels")).toArray());
        walker.rankRows();
    }
    Outcome out;
    const QString title = root.value(QStringLiteral("title")).toString().trimmed();
    out.dashboard.name = options.name.isEmpty() ? slug(title) : options.name;
    out.dashboard.title = title.isEmpty() ? out.dashboard.name : title;
    out.dashboard.columns = kColumns;
    std::stable_sort(walker.panels.begin(), walker.panels.end(), [](const Placed& a, const Placed& b) {
        return std::pair(a.y, a.x) < std::pair(b.y, b.x);
    });
    for (const Placed& p : std::as_const(walker.panels))
        converter.convert(p, out);
    out.unresolved = converter.unresolved();
    return out;
}

} // namespace opsdeck
