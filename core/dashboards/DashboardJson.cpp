#include "dashboards/DashboardJson.h"

#include "util/TimeSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

namespace opsdeck::DashboardJson {
namespace {

constexpr int maxColumns = 12;
constexpr int maxRows = 1000;
constexpr qint64 maxRangeSecs = 10LL * 365 * 86400;

Error at(const QString& path, const QString& what)
{
    return Error::usage(path + QStringLiteral(": ") + what);
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// One JSON object read field by field; every field it was not asked about is an error.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& o, QString path) : m_o(o), m_path(std::move(path)) {}

    QString path(const QString& key) const { return join(m_path, key); }
    bool has(const QString& key)
    {
        m_known.insert(key);
        return m_o.contains(key);
    }

    Result<QString> string(const QString& key, bool required, const QString& fallback = {})
    {
        if (!has(key))
            return required ? Result<QString>(
                                  at(path(key), QCoreApplication::translate("DashboardJson", "required")))
                            : Result<QString>(fallback);
        const QJsonValue v = m_o.value(key);
        if (!v.isString())
            return at(path(key), QCoreApplication::translate("DashboardJson", "must be a string"));
        return v.toString();
    }

    Result<int> integer(const QString& key, bool required, int fallback, int lo, int hi)
    {
        if (!has(key))
            return required
                       ? Result<int>(at(path(key), QCoreApplication::translate("DashboardJson", "required")))
                       : Result<int>(fallback);
        const QJsonValue v = m_o.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d)
            return at(path(key), QCoreApplication::translate("DashboardJson", "must be a whole number"));
        if (d < lo || d > hi)
            return at(path(key),
                      QCoreApplication::translate("DashboardJson", "must be from %1 to %2").arg(lo).arg(hi));
        return int(d);
    }

    Status unknown() const
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it)
            if (!m_known.contains(it.key()))
                return at(path(it.key()), QCoreApplication::translate("DashboardJson", "unknown field"));
        return {};
    }

    const QJsonObject& object() const { return m_o; }

private:
    QJsonObject m_o;
    QString m_path;
    QSet<QString> m_known;
};

#define DASH_TRY(var, expr)                                                                                  \
    auto var = (expr);                                                                                       \
    if (!var.ok())                                                                                           \
        return var.error();

Result<QString> nodePath(const QString& text, const QString& path)
{
    if (text == QLatin1String("/"))
        return text;
    QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& p : std::as_const(parts))
        if (p.trimmed().isEmpty())
            return at(path,
                      QCoreApplication::translate("DashboardJson", "a node path's segments cannot be blank"));
    if (parts.isEmpty())
        return at(path, QCoreApplication::translate("DashboardJson",
                                                    "must be a node path (a/b, or / for the whole tree)"));
    return parts.join(QLatin1Char('/'));
}

Result<PanelQuery> readQuery(const QJsonValue& value, const QString& path, bool needsKey)
{
    if (!value.isObject())
        return at(path, QCoreApplication::translate("DashboardJson", "must be an object"));
    ObjectReader r(value.toObject(), path);
    PanelQuery q;
    DASH_TRY(machine, r.string(QStringLiteral("machine"), false));
    DASH_TRY(node, r.string(QStringLiteral("node"), false));
    DASH_TRY(metric, r.string(QStringLiteral("metric"), false));
    DASH_TRY(series, r.string(QStringLiteral("series"), false));
    DASH_TRY(source, r.string(QStringLiteral("source"), false));
    if (auto st = r.unknown(); !st.ok())
        return st.error();
    q.machine = machine->trimmed();
    q.metric = metric->trimmed();
    q.series = series->trimmed();
    q.source = source->trimmed();
    if (r.has(QStringLiteral("machine")) && q.machine.isEmpty())
        return at(r.path(QStringLiteral("machine")),
                  QCoreApplication::translate("DashboardJson", "cannot be empty"));
    if (r.has(QStringLiteral("node"))) {
        if (!q.machine.isEmpty())
            return at(r.path(QStringLiteral("node")),
                      QCoreApplication::translate("DashboardJson", "give machine or node, not both"));
        DASH_TRY(n, nodePath(node->trimmed(), r.path(QStringLiteral("node"))));
        q.node = *n;
    }
    if (!q.metric.isEmpty() && !q.series.isEmpty())
        return at(r.path(QStringLiteral("series")),
                  QCoreApplication::translate("DashboardJson", "give metric or series, not both"));
    if (needsKey && q.metric.isEmpty() && q.series.isEmpty())
        return at(r.path(QStringLiteral("metric")),
                  QCoreApplication::translate("DashboardJson", "required (or series)"));
    if (!q.metric.isEmpty() && q.machine.isEmpty() && q.node.isEmpty())
        return at(r.path(QStringLiteral("machine")),
                  QCoreApplication::translate("DashboardJson", "a metric needs a machine or a node"));
    return q;
}

Result<qint64> readRange(ObjectReader& r)
{
    DASH_TRY(text, r.string(QStringLiteral("range"), false, QStringLiteral("1h")));
    auto secs = TimeSpec::parseDuration(*text);
    if (!secs.ok() || *secs <= 0 || *secs > maxRangeSecs)
        return at(r.path(QStringLiteral("range")),
                  QCoreApplication::translate(
                      "DashboardJson", "must be a duration such as 1h, 1d or 7d, at most 10 years, not '%1'")
                      .arg(*text));
    return *secs;
}

Status readPosition(ObjectReader& panel, Panel& p, int columns)
{
    const QString path = panel.path(QStringLiteral("position"));
    if (!panel.has(QStringLiteral("position")))
        return {};
    const QJsonValue v = panel.object().value(QStringLiteral("position"));
    if (!v.isObject())
        return at(path, QCoreApplication::translate("DashboardJson", "must be an object"));
    ObjectReader r(v.toObject(), path);
    DASH_TRY(x, r.integer(QStringLiteral("x"), true, 0, 0, columns - 1));
    DASH_TRY(y, r.integer(QStringLiteral("y"), true, 0, 0, maxRows));
    DASH_TRY(w, r.integer(QStringLiteral("width"), false, 1, 1, columns));
    DASH_TRY(h, r.integer(QStringLiteral("height"), false, 1, 1, maxColumns));
    if (auto st = r.unknown(); !st.ok())
        return st;
    if (*x + *w > columns)
        return at(
            r.path(QStringLiteral("width")),
            QCoreApplication::translate("DashboardJson", "the panel reaches past the dashboard's %1 columns")
                .arg(columns));
    p.x = *x;
    p.y = *y;
    p.width = *w;
    p.height = *h;
    return {};
}

Status readColumns(ObjectReader& r, Panel& p)
{
    const QString path = r.path(QStringLiteral("columns"));
    if (!r.has(QStringLiteral("columns")))
        return {};
    if (p.kind != PanelKind::Table)
        return at(path, QCoreApplication::translate("DashboardJson", "only a table has columns"));
    const QJsonValue v = r.object().value(QStringLiteral("columns"));
    if (!v.isArray())
        return at(path, QCoreApplication::translate("DashboardJson", "must be an array of strings"));
    const QJsonArray a = v.toArray();
    const bool urls = p.rows == PanelRows::Urls || p.rows == PanelRows::ProductLineUrls;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QString text = a.at(i).toString().trimmed();
        if (!a.at(i).isString() || text.isEmpty())
            return at(item, QCoreApplication::translate("DashboardJson", "must be a non-empty string"));
        if (urls && !DashboardNames::urlColumns().contains(text))
            return at(item, QCoreApplication::translate("DashboardJson", "a URL table's column is one of %1")
                                .arg(DashboardNames::urlColumns().join(QStringLiteral(", "))));
        p.columns << text;
    }
    if (a.size() > 16)
        return at(path, QCoreApplication::translate("DashboardJson", "at most 16 columns"));
    return {};
}

Result<Panel> readPanel(const QJsonValue& value, const QString& path, int columns)
{
    if (!value.isObject())
        return at(path, QCoreApplication::translate("DashboardJson", "must be an object"));
    ObjectReader r(value.toObject(), path);
    Panel p;
    DASH_TRY(kind, r.string(QStringLiteral("kind"), true));
    const auto k = DashboardNames::kindFromName(*kind);
    if (!k)
        return at(r.path(QStringLiteral("kind")),
                  QCoreApplication::translate("DashboardJson", "must be chart, value or table, not '%1'")
                      .arg(*kind));
    p.kind = *k;
    DASH_TRY(title, r.string(QStringLiteral("title"), false));
    p.title = title->trimmed();
    DASH_TRY(rows, r.string(QStringLiteral("rows"), false, QStringLiteral("machines")));
    const auto rk = DashboardNames::rowsFromName(*rows);
    if (!rk)
        return at(r.path(QStringLiteral("rows")),
                  QCoreApplication::translate(
                      "DashboardJson", "must be machines, product_lines, urls or product_line_urls, not '%1'")
                      .arg(*rows));
    if (r.has(QStringLiteral("rows")) && p.kind != PanelKind::Table)
        return at(r.path(QStringLiteral("rows")),
                  QCoreApplication::translate("DashboardJson", "only a table has rows"));
    p.rows = *rk;
    const bool urlRows = p.rows == PanelRows::Urls || p.rows == PanelRows::ProductLineUrls;
    if (!r.has(QStringLiteral("query")))
        return at(r.path(QStringLiteral("query")), QCoreApplication::translate("DashboardJson", "required"));
    DASH_TRY(query,
             readQuery(r.object().value(QStringLiteral("query")), r.path(QStringLiteral("query")), !urlRows));
    p.query = *query;
    if (p.rows != PanelRows::Machines && !p.query.machine.isEmpty())
        return at(r.path(QStringLiteral("query.machine")),
                  QCoreApplication::translate("DashboardJson", "these rows come from a node: give node"));
    DASH_TRY(stat, r.string(QStringLiteral("statistic"), false, QStringLiteral("avg")));
    const auto s = DashboardNames::statisticFromName(*stat);
    if (!s)
        return at(r.path(QStringLiteral("statistic")),
                  QCoreApplication::translate("DashboardJson", "must be one of %1, not '%2'")
                      .arg(DashboardNames::statisticNames().join(QStringLiteral(", ")), *stat));
    p.statistic = *s;
    DASH_TRY(range, readRange(r));
    p.rangeSecs = *range;
    if (auto st = readPosition(r, p, columns); !st.ok())
        return st.error();
    if (auto st = readColumns(r, p); !st.ok())
        return st.error();
    if (auto st = r.unknown(); !st.ok())
        return st.error();
    return p;
}

QJsonObject queryJson(const PanelQuery& q)
{
    QJsonObject o;
    if (!q.machine.isEmpty())
        o.insert(QStringLiteral("machine"), q.machine);
    if (!q.node.isEmpty())
        o.insert(QStringLiteral("node"), q.node);
    if (!q.metric.isEmpty())
        o.insert(QStringLiteral("metric"), q.metric);
    if (!q.series.isEmpty())
        o.insert(QStringLiteral("series"), q.series);
    if (!q.source.isEmpty())
        o.insert(QStringLiteral("source"), q.source);
    return o;
}

} // namespace

Result<Dashboard> parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return at(QStringLiteral("$"),
                  QCoreApplication::translate("DashboardJson", "not JSON (at byte %1: %2)")
                      .arg(error.offset)
                      .arg(error.errorString()));
    if (!doc.isObject())
        return at(QStringLiteral("$"), QCoreApplication::translate("DashboardJson", "must be a JSON object"));
    return fromJson(doc.object());
}

Result<Dashboard> fromJson(const QJsonObject& object)
{
    ObjectReader r(object, QString());
    DASH_TRY(version, r.integer(QStringLiteral("opsdeck_dashboard"), true, 0, 1, 1'000'000));
    if (*version != formatVersion)
        return at(QStringLiteral("opsdeck_dashboard"),
                  QCoreApplication::translate("DashboardJson",
                                              "version %1 is not one this Opsdeck reads (it reads %2)")
                      .arg(*version)
                      .arg(formatVersion));
    Dashboard d;
    DASH_TRY(name, r.string(QStringLiteral("name"), true));
    d.name = name->trimmed();
    if (const QString why = DashboardNames::nameProblem(d.name); !why.isEmpty())
        return at(QStringLiteral("name"), why);
    DASH_TRY(title, r.string(QStringLiteral("title"), false));
    d.title = title->trimmed().isEmpty() ? d.name : title->trimmed();
    DASH_TRY(columns, r.integer(QStringLiteral("columns"), false, 2, 1, maxColumns));
    d.columns = *columns;
    if (!r.has(QStringLiteral("panels")))
        return at(QStringLiteral("panels"), QCoreApplication::translate("DashboardJson", "required"));
    const QJsonValue panels = object.value(QStringLiteral("panels"));
    if (!panels.isArray())
        return at(QStringLiteral("panels"), QCoreApplication::translate("DashboardJson", "must be an array"));
    if (panels.toArray().size() > maxPanels)
        return at(QStringLiteral("panels"),
                  QCoreApplication::translate("DashboardJson", "at most %1 panels").arg(maxPanels));
    const QJsonArray a = panels.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        DASH_TRY(panel, readPanel(a.at(i), QStringLiteral("panels[%1]").arg(i), d.columns));
        d.panels << *panel;
    }
    if (auto st = r.unknown(); !st.ok())
        return st.error();
    return d;
}

QJsonObject toJson(const Dashboard& d)
{
    QJsonArray panels;
    for (const Panel& p : d.panels) {
        QJsonObject o{{QStringLiteral("kind"), DashboardNames::kindName(p.kind)},
                      {QStringLiteral("title"), p.title},
                      {QStringLiteral("query"), queryJson(p.query)},
                      {QStringLiteral("statistic"), DashboardNames::statisticName(p.statistic)},
                      {QStringLiteral("range"), rangeText(p.rangeSecs)},
                      {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), p.x},
                                                               {QStringLiteral("y"), p.y},
                                                               {QStringLiteral("width"), p.width},
                                                               {QStringLiteral("height"), p.height}}}};
        if (p.kind == PanelKind::Table) {
            o.insert(QStringLiteral("rows"), DashboardNames::rowsName(p.rows));
            o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(p.columns));
        }
        panels.append(o);
    }
    return {{QStringLiteral("opsdeck_dashboard"), formatVersion},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("columns"), d.columns},
            {QStringLiteral("panels"), panels}};
}

QByteArray serialize(const Dashboard& d)
{
    return QJsonDocument(toJson(d)).toJson(QJsonDocument::Indented);
}

Status validate(const Dashboard& d)
{
    auto back = fromJson(toJson(d));
    if (!back.ok())
        return back.error();
    return {};
}

QString rangeText(qint64 seconds)
{
    if (seconds > 0 && seconds % (7 * 86400) == 0)
        return QString::number(seconds / (7 * 86400)) + QLatin1Char('w');
    for (const auto& [unit, len] : {std::pair{'d', qint64(86400)}, {'h', qint64(3600)}, {'m', qint64(60)}})
        if (seconds > 0 && seconds % len == 0)
            return QString::number(seconds / len) + QLatin1Char(unit);
    return QString::number(seconds) + QLatin1Char('s');
}

} // namespace opsdeck::DashboardJson
