#pragma once

#include "dashboards/Dashboard.h"
#include "dashboards/PanelEvaluator.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QGridLayout;
class QAction;

namespace opsdeck {

class ChartTimeline;
class Database;
class DashboardListModel;
class GrafanaImportFlow;
class MetricStore;
class PanelView;

// The Dashboards tab: a picker (Home first, then the stored dashboards), a range (each
// panel's own, or one for all), and the chosen dashboard's grid of panels, each read off
// the GUI thread (runAsync over PanelEvaluator). New Dashboard…, New / Edit / Remove Panel
// (PanelDialog; Home is read-only: export it and import it under another name to change
// it; the actions say so in their tool tips), Import… and Export… of the dashboard JSON. Saves go through
// DashboardStore off the GUI thread; what failed, or what was done, goes to statusMessage() (the status bar).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(MetricStore& metrics, std::shared_ptr<Database> db, QWidget* parent = nullptr);

    const Dashboard& dashboard() const { return m_current; }
    bool isLoading() const { return m_loading; }
    PanelView* panelView(int index) const;
    int panelCount() const { return int(m_views.size()); }
    DashboardListModel* listModel() const { return m_list; }
    // Import from Grafana… (tests answer its datasource prompt and start it with a file).
    GrafanaImportFlow* grafanaImport() const { return m_grafana; }

    // Offers "The charts' range" in the range box: the panels then show the timeline's
    // window (the Charts tab's) and follow its changes. The timeline outlives the page.
    void followTimeline(ChartTimeline* timeline);

public slots:
    // Re-reads the list of dashboards and the current one's panels.
    void reload();
    void showDashboard(const QString& name);
    void newDashboard();
    void newPanel();
    void editPanel();
    void removePanel();
    void importDashboard();
    void importGrafana();
    void exportDashboard();

signals:
    void statusMessage(const QString& message);
    // After the current dashboard's panels were read (tests, the status bar).
    void loaded();
    // The user picked a dashboard in the picker (the window's Back/Forward history).
    void picked(const QString& name);

private:
    void buildGrid();
    void loadPanels();
    void loadList(const QString& select);
    void save(const Dashboard& d, bool replace, const QString& done);
    void select(int index);
    void updateActions();
    PanelEvaluator::Range range() const;

    MetricStore& m_metrics;
    std::shared_ptr<Database> m_db;
    DashboardListModel* m_list = nullptr;
    QComboBox* m_picker = nullptr;
    QComboBox* m_range = nullptr;
    QAction* m_newPanel = nullptr;
    QAction* m_editPanel = nullptr;
    QAction* m_removePanel = nullptr;
    GrafanaImportFlow* m_grafana = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<PanelView*> m_views;
    Dashboard m_current;
    int m_selected = -1;
    ChartTimeline* m_timeline = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace opsdeck
