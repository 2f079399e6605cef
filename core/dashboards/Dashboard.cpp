#include "dashboards/Dashboard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <utility>

namespace opsdeck::DashboardNames {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char*>, N>& table, const QString& name)
{
    for (const auto& [value, text] : table)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QLatin1String(text);
    return {};
}

constexpr std::array<std::pair<PanelKind, const char*>, 3> kinds{
    {{PanelKind::Chart, "chart"}, {PanelKind::Value, "value"}, {PanelKind::Table, "table"}}};
constexpr std::array<std::pair<PanelStatistic, const char*>, 6> statistics{{{PanelStatistic::Last, "last"},
                                                                            {PanelStatistic::Avg, "avg"},
                                                                            {PanelStatistic::Max, "max"},
                                                                            {PanelStatistic::Min, "min"},
                                                                            {PanelStatistic::Sum, "sum"},
                                                                            {PanelStatistic::P95, "p95"}}};
constexpr std::array<std::pair<PanelRows, const char*>, 4> rowKinds{
    {{PanelRows::Machines, "machines"},
     {PanelRows::ProductLines, "product_lines"},
     {PanelRows::Urls, "urls"},
     {PanelRows::ProductLineUrls, "product_line_urls"}}};

} // namespace

QString kindName(PanelKind kind)
{
    return nameOf(kinds, kind);
}

std::optional<PanelKind> kindFromName(const QString& name)
{
    return lookup(kinds, name);
}

QString statisticName(PanelStatistic s)
{
    return nameOf(statistics, s);
}

std::optional<PanelStatistic> statisticFromName(const QString& name)
{
    return lookup(statistics, name);
}

QStringList statisticNames()
{
    QStringList out;
    for (const auto& [v, text] : statistics)
        out << QLatin1String(text);
    return out;
}

QString rowsName(PanelRows rows)
{
    return nameOf(rowKinds, rows);
}

std::optional<PanelRows> rowsFromName(const QString& name)
{
    return lookup(rowKinds, name);
}

QString homeName()
{
    return QStringLiteral("home");
}

QString nameProblem(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!re.match(name).hasMatch())
        return QCoreApplication::translate("Dashboard",
                                           "a dashboard's name is 1 to 64 letters, digits, '_', '.' or '-'");
    return {};
}

QStringList derivedMetrics()
{
    return {QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("disk")};
}

QStringList urlColumns()
{
    return {QStringLiteral("qps"), QStringLiteral("response_time"), QStringLiteral("bandwidth"),
            QStringLiteral("availability")};
}

} // namespace opsdeck::DashboardNames
