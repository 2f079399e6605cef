#include "dashboards/HomeDashboard.h"

#include <QCoreApplication>

namespace opsdeck::HomeDashboard {
namespace {

Panel panel(PanelKind kind, const QString& title, int x, int y, int width)
{
    Panel p;
    p.kind = kind;
    p.title = title;
    p.query.node = QStringLiteral("/");
    p.statistic = PanelStatistic::Avg;
    p.rangeSecs = 3600;
    p.x = x;
    p.y = y;
    p.width = width;
    return p;
}

} // namespace

Dashboard build(int days)
{
    Dashboard d;
    d.name = DashboardNames::homeName();
    d.title = QCoreApplication::translate("HomeDashboard", "Home");
    d.columns = 4;

    Panel cpu =
        panel(PanelKind::Value,
              QCoreApplication::translate("HomeDashboard", "Company CPU (assigned machines)"), 0, 0, 1);
    cpu.query.metric = QStringLiteral("cpu");
    d.panels << cpu;

    Panel cpuChart =
        panel(PanelKind::Chart, QCoreApplication::translate("HomeDashboard", "CPU by machine"), 1, 0, 3);
    cpuChart.query.metric = QStringLiteral("cpu");
    d.panels << cpuChart;

    Panel lines =
        panel(PanelKind::Table, QCoreApplication::translate("HomeDashboard", "Resource use by product line"),
              0, 1, 2);
    lines.rows = PanelRows::ProductLines;
    lines.query.metric = QStringLiteral("cpu");
    lines.columns = DashboardNames::derivedMetrics();
    d.panels << lines;

    Panel domains = panel(PanelKind::Table, QCoreApplication::translate("HomeDashboard", "Domains"), 2, 1, 2);
    domains.rows = PanelRows::Urls;
    domains.columns = DashboardNames::urlColumns();
    d.panels << domains;

    Panel plAvail = panel(
        PanelKind::Table,
        QCoreApplication::translate("HomeDashboard", "Product-line availability and response time (1 day)"),
        0, 2, 2);
    plAvail.rows = PanelRows::ProductLineUrls;
    plAvail.rangeSecs = 86400;
    plAvail.columns = {QStringLiteral("availability"), QStringLiteral("response_time")};
    d.panels << plAvail;

    Panel nDay =
        panel(PanelKind::Table,
              QCoreApplication::translate("HomeDashboard", "%n-day averages", nullptr, days), 2, 2, 2);
    nDay.rows = PanelRows::ProductLineUrls;
    nDay.rangeSecs = qint64(days) * 86400;
    nDay.columns = plAvail.columns;
    d.panels << nDay;
    return d;
}

bool isHome(const QString& name)
{
    return name == DashboardNames::homeName();
}

} // namespace opsdeck::HomeDashboard
