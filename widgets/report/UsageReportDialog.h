#pragma once

#include "metrics/UsageReport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace opsdeck {

class MessageBanner;
class ReportChartWidget;
class UsageReportModel;

// kanyun's usage report (issue 10, part 5): (machine, metric, param, statistic, period,
// range) -> a value per period, as a table and a chart; Save CSV writes what
// `opsdeck metrics report --format csv` prints. The store is read off the GUI thread
// (runAsync); errors show in the dialog's banner. `store` must outlive the dialog's
// reads (the engine's store lives as long as the application).
class UsageReportDialog : public QDialog
{
    Q_OBJECT
public:
    UsageReportDialog(MetricStore& store, const QString& machine, QWidget* parent = nullptr);
    ~UsageReportDialog() override;

    // The request the fields describe (period 0 when the period field is invalid).
    UsageReport::Request request() const;
    void setRequest(const UsageReport::Request& request);
    bool isBusy() const { return m_busy; }
    UsageReportModel* model() const { return m_model; }
    ReportChartWidget* chart() const { return m_chart; }
    MessageBanner* banner() const { return m_banner; }

    // Writes the shown report as CSV (QSaveFile). Fails when nothing was run.
    Status saveCsv(const QString& path) const;

public slots:
    void run();
    void saveCsvAs(); // asks for the file

signals:
    void finished(bool ok); // a run ended (ok: the table shows its report)
    void seriesLoaded();    // the machine and metric lists are filled

private:
    QWidget* buildForm();
    void loadSeries();
    void fillMetrics();
    void setBusy(bool busy);
    void showReport(const UsageReport::Request& request, Result<UsageReport::Report> report);

    MetricStore& m_store;
    UsageReportModel* m_model = nullptr;
    ReportChartWidget* m_chart = nullptr;
    MessageBanner* m_banner = nullptr;
    QComboBox* m_machine = nullptr;
    QComboBox* m_metric = nullptr;
    QLineEdit* m_param = nullptr;
    QComboBox* m_statistic = nullptr;
    QComboBox* m_period = nullptr;
    QSpinBox* m_customPeriod = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_state = nullptr;
    QTableView* m_table = nullptr;
    QHash<QString, QStringList> m_metrics; // machine -> its metric keys
    bool m_busy = false;
    int m_generation = 0;
};

} // namespace opsdeck
